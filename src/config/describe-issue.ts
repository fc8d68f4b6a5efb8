import type {z} from 'zod';
import type {ConfigProblemCode} from '../diagnostics/config-codes.js';
import type {DiagnosticMessage, DiagnosticPath} from '../diagnostics/diagnostic.js';
import {countOf} from '../diagnostics/text.js';
import {schemaWordsSaid} from './schema-words.js';
import {suggest} from './suggest.js';

/** A schema problem before it is placed in a file: its code, full path, message and suggestion. */
export interface SchemaProblem {
  code: ConfigProblemCode;
  path: DiagnosticPath;
  /** Point at the key (unknown keys) rather than at the value. */
  target: 'key' | 'value';
  message: string;
  suggestion?: string;
  /** `message` as a message of `messages/<locale>/config.yml`; absent for a schema's own English words. */
  say?: DiagnosticMessage;
}

/** zod's type names, in the words of the YAML file the reader is editing (`describeValue` uses the same). */
const YAML_TYPE_NAMES: Record<string, string> = {array: 'list', object: 'mapping'};

function article(type: string): string {
  const name = YAML_TYPE_NAMES[type] ?? type;
  return /^[aeiou]/.test(name) ? `an ${name}` : `a ${name}`;
}

/**
 * The message of every issue whose schema sets none, passed to each parse: so no report depends on the
 * wording of zod's locale, and `describeIssue` adds what the value was without reading the message.
 */
export const schemaErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${article(issue.expected)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(' | ')}`;
    case 'too_small':
      return `expected at least ${countOf(issue.minimum, issue.origin === 'array' ? 'item' : 'character')}`;
    case 'too_big':
      return `expected at most ${countOf(issue.maximum, issue.origin === 'array' ? 'item' : 'character')}`;
    case 'invalid_format':
      return `expected a string in the format ${issue.format}`;
    case 'unrecognized_keys':
      return `unknown keys: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'expected one of the allowed shapes';
    default:
      return 'invalid value';
  }
};

/**
 * `schemaErrorMap`'s words as catalog data (`config.yml`), so a report can say them in another language, or
 * the catalog form of the words a schema field set itself (`schema-words.ts`, or a refinement's `say`).
 */
function expectation(issue: z.core.$ZodIssue): DiagnosticMessage | undefined {
  if (issue.message !== schemaErrorMap(issue as never)) {
    const params =
      issue.code === 'custom' ? (issue.params as {say?: DiagnosticMessage} | undefined) : undefined;
    return params?.say ?? schemaWordsSaid(issue.message);
  }
  switch (issue.code) {
    case 'invalid_type':
      return {id: 'expected', slots: {what: typeMessage(issue.expected)}};
    case 'invalid_value':
      return {id: 'expected-one-of', slots: {values: issue.values.map(String).join(' | ')}};
    case 'too_small':
    case 'too_big':
      return {
        id: issue.code === 'too_small' ? 'expected-at-least' : 'expected-at-most',
        slots: {
          count: Number(issue.code === 'too_small' ? issue.minimum : issue.maximum),
          unit: issue.origin === 'array' ? 'item' : 'character',
        },
      };
    case 'invalid_format':
      return {id: 'expected-format', slots: {format: issue.format}};
    case 'unrecognized_keys':
      return undefined;
    case 'invalid_union':
      return {id: 'expected-allowed-shape'};
    default:
      return {id: 'invalid-value'};
  }
}

/** `article(type)` as catalog data: the English words ride along for a type the catalog does not name. */
function typeMessage(type: string): DiagnosticMessage {
  return {id: 'type', slots: {type, named: article(type)}};
}

/** What a value was, as `describeValue` words it, as catalog data. */
export function valueMessage(value: unknown): DiagnosticMessage {
  const kind =
    value === null
      ? 'empty'
      : Array.isArray(value)
        ? 'list'
        : typeof value === 'object'
          ? 'mapping'
          : typeof value;
  const text =
    kind === 'string'
      ? describeValue(value)
      : ['empty', 'list', 'mapping'].includes(kind)
        ? ''
        : String(value);
  return {id: 'value', slots: {kind, text}};
}

/** "…, got …": what was expected, then what the file holds. */
function gotMessage(expected: DiagnosticMessage | undefined, input: unknown): DiagnosticMessage | undefined {
  return expected && {id: 'got', slots: {expected, value: valueMessage(input)}};
}

/** Our codes for zod's, where the issue alone decides (`invalid_type` is `required` when nothing was written). */
const CODES: Partial<Record<z.core.$ZodIssue['code'], ConfigProblemCode>> = {
  invalid_type: 'invalid-type',
  invalid_value: 'invalid-enum-value',
  unrecognized_keys: 'unknown-key',
  too_small: 'too-small',
  too_big: 'invalid-value',
  invalid_format: 'invalid-format',
};

/**
 * What a zod issue means for the person editing the file, one problem per unknown key: the message, the
 * code and, for near-misses, a suggestion. `keysAt` gives the keys the schema accepts at a path, for
 * "did you mean" on unknown keys.
 */
export function describeIssue(issue: z.core.$ZodIssue, keysAt: KeysAt): SchemaProblem[] {
  const path = issue.path as DiagnosticPath;
  const input = (issue as {input?: unknown}).input;
  switch (issue.code) {
    case 'invalid_value': {
      const suggestion = typeof input === 'string' ? suggest(input, issue.values.map(String)) : undefined;
      return [
        {
          code: 'invalid-enum-value',
          path,
          target: 'value',
          message: `${issue.message}, got ${describeValue(input)}`,
          ...(suggestion && {suggestion}),
          ...withSay(gotMessage(expectation(issue), input)),
        },
      ];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const knownKeys = keysAt(path);
        const suggestion = suggest(key, knownKeys);
        const valid = knownKeys.length > 0 ? `; valid keys here: ${knownKeys.join(', ')}` : '';
        const say: DiagnosticMessage =
          knownKeys.length > 0
            ? {id: 'unknown-key-here', slots: {key, keys: knownKeys.join(', ')}}
            : {id: 'unknown-key', slots: {key}};
        return {
          code: 'unknown-key',
          path: [...path, key],
          target: 'key',
          message: `unknown key "${key}"${valid}`,
          ...(suggestion && {suggestion}),
          say,
        };
      });
    case 'invalid_type':
      return [
        input === undefined
          ? {
              code: 'required',
              path,
              target: 'value',
              message: `is required: ${issue.message}`,
              say: typeProblem(issue, (expected) => ({id: 'required', slots: {expected}}), {
                id: 'required-field',
                slots: {schemaWords: issue.message},
              }),
            }
          : {
              code: 'invalid-type',
              path,
              target: 'value',
              message: `${issue.message}, got ${describeValue(input)}`,
              say: typeProblem(issue, (expected) => gotMessage(expected, input)!, {
                id: 'got-wrong-type',
                slots: {schemaWords: issue.message, value: valueMessage(input)},
              }),
            },
      ];
    case 'invalid_union':
      return [unionProblem(issue, path, keysAt)];
    default: {
      // A custom refinement may name the form to write (the path language does).
      const params =
        issue.code === 'custom' ? (issue.params as {suggestion?: unknown} | undefined) : undefined;
      const suggestion = typeof params?.suggestion === 'string' ? params.suggestion : undefined;
      return [
        {
          code: CODES[issue.code] ?? 'invalid-value',
          path,
          target: 'value',
          message: issue.message,
          ...(suggestion !== undefined && {suggestion}),
          ...withSay(expectation(issue)),
        },
      ];
    }
  }
}

export type KeysAt = (path: DiagnosticPath) => readonly string[];

/** What a union's branches expect, in the reader's words ("a mapping with name and reason"). */
const UNION_SHAPES: Record<string, string> = {object: 'a mapping with name and reason'};

/**
 * Our unions are "one value or a list of them" and "a string or a mapping". When no branch took the value's
 * shape, name the shapes; when one did, describe that branch's own problem, suggestion included.
 */
function unionProblem(
  issue: z.core.$ZodIssueInvalidUnion,
  path: DiagnosticPath,
  keysAt: KeysAt,
): SchemaProblem {
  const shapeMismatches = issue.errors
    .map((branch) => branch.find((inner) => inner.code === 'invalid_type' && inner.path.length === 0))
    .filter((inner): inner is z.core.$ZodIssueInvalidType => inner !== undefined);
  const input = (issue as {input?: unknown}).input;
  // A branch that looked inside the value took its shape; otherwise, one that failed on the value itself.
  const matched =
    issue.errors.find((branch) => branch.some((inner) => inner.path.length > 0)) ??
    issue.errors.find(
      (branch) => !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
    );
  if (shapeMismatches.length === issue.errors.length || !matched?.[0]) {
    const expected = shapeMismatches.map((inner) => UNION_SHAPES[inner.expected] ?? article(inner.expected));
    const shapes = shapeMismatches
      .map(
        (inner): DiagnosticMessage =>
          UNION_SHAPES[inner.expected] ? {id: `shape-${inner.expected}`} : typeMessage(inner.expected),
      )
      .reduce<DiagnosticMessage | undefined>(
        (first, second) => (first ? {id: 'either', slots: {first, second}} : second),
        undefined,
      );
    return {
      code: 'invalid-type',
      path,
      target: 'value',
      message: `expected ${expected.join(' or ')}, got ${describeValue(input)}`,
      ...withSay(gotMessage(shapes && {id: 'expected', slots: {what: shapes}}, input)),
    };
  }
  const inner = matched.find((candidate) => candidate.path.length > 0) ?? matched[0];
  // The branch's paths start at the union's value; the problem's path starts at the top of the file.
  const [problem] = describeIssue(inner, (below) => keysAt([...path, ...below]));
  return {...problem!, path: [...path, ...problem!.path]};
}

function withSay(say: DiagnosticMessage | undefined): {say?: DiagnosticMessage} {
  return say === undefined ? {} : {say};
}

/**
 * A missing or mistyped value's message: with the expectation in the catalog's words, or, where a schema
 * field wrote its own English expectation, one that carries those words for English only (a translation says
 * that the value is missing or of the wrong type; the field path names the field).
 */
function typeProblem(
  issue: z.core.$ZodIssue,
  wrap: (expected: DiagnosticMessage) => DiagnosticMessage,
  schemaWorded: DiagnosticMessage,
): DiagnosticMessage {
  const expected = expectation(issue);
  return expected ? wrap(expected) : schemaWorded;
}

export function describeValue(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return `${typeof value} ${String(value)}`;
}
