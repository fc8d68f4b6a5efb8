import type {z} from 'zod';
import {suggest} from './suggest.js';

/** What a zod issue means for the person editing the file: the message and, for near-misses, a suggestion. */
export interface IssueDescription {
  message: string;
  suggestion?: string;
  /** Where inside the issue's value the problem is (a union branch's own path), to locate it exactly. */
  subPath?: PropertyKey[];
}

export function describeIssue(issue: z.core.$ZodIssue, knownKeys: readonly string[]): IssueDescription[] {
  switch (issue.code) {
    case 'invalid_value': {
      const values = issue.values.map(String);
      const input = (issue as {input?: unknown}).input;
      const suggestion = typeof input === 'string' ? suggest(input, values) : undefined;
      return [
        {
          message: `expected one of ${values.join(' | ')}, got ${describeValue(input)}`,
          ...(suggestion && {suggestion}),
        },
      ];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const suggestion = suggest(key, knownKeys);
        const valid = knownKeys.length > 0 ? `; valid keys here: ${knownKeys.join(', ')}` : '';
        return {message: `unknown key "${key}"${valid}`, ...(suggestion && {suggestion})};
      });
    case 'invalid_type': {
      const input = (issue as {input?: unknown}).input;
      if (input === undefined)
        return [{message: `is required: ${withoutPrefix(issue.message, issue.expected)}`}];
      return [{message: `${withoutPrefix(issue.message, issue.expected)}, got ${describeValue(input)}`}];
    }
    case 'invalid_union':
      return [unionDescription(issue)];
    default:
      return [{message: issue.message}];
  }
}

/** zod's default type message is generic; our schema's custom ones already say what is expected. */
function withoutPrefix(message: string, expected: string): string {
  return message.startsWith('Invalid input') ? `expected ${article(expected)}` : message;
}

/** zod's type names, in the words of the YAML file the reader is editing (`describeValue` uses the same). */
const YAML_TYPE_NAMES: Record<string, string> = {array: 'list', object: 'mapping'};

function article(type: string): string {
  const name = YAML_TYPE_NAMES[type] ?? type;
  return /^[aeiou]/.test(name) ? `an ${name}` : `a ${name}`;
}

/** What a union's branches expect, in the reader's words ("a mapping with name and reason"). */
const UNION_SHAPES: Record<string, string> = {object: 'a mapping with name and reason'};

/**
 * Our unions are "one value or a list of them" and "a string or a mapping". When no branch took the value's
 * shape, name the shapes; when one did, describe that branch's own problem, suggestion included.
 */
function unionDescription(issue: z.core.$ZodIssueInvalidUnion): IssueDescription {
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
    return {message: `expected ${expected.join(' or ')}, got ${describeValue(input)}`};
  }
  const inner = matched.find((candidate) => candidate.path.length > 0) ?? matched[0];
  const [description] = describeIssue(inner, []);
  return inner.path.length > 0 ? {...description!, subPath: inner.path} : description!;
}

export function describeValue(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return `${typeof value} ${String(value)}`;
}
