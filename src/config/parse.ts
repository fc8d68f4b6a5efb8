import {type Document, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit} from 'yaml';
import type {ConfigProblemCode} from '../diagnostics/config-codes.js';
import {type DiagnosticMessage, sortDiagnostics} from '../diagnostics/diagnostic.js';
import type {PathLocator} from '../diagnostics/findings.js';
import {locatePath} from '../diagnostics/locate.js';
import {MAX_ALIAS_COUNT, toPlainValue} from './alias-limit.js';
import {checkCrossFieldRules} from './cross-field.js';
import {describeIssue, type SchemaProblem, schemaErrorMap} from './describe-issue.js';
import type {ConfigProblem} from './problems.js';
import {applyRegimeDefaults} from './regime-defaults.js';
import {type PolicyConfig, policyConfigSchema} from './schema.js';
import {schemaKeysAt} from './schema-keys.js';
import {syntaxErrorOffsets} from './syntax-location.js';

export type ParseResult =
  /** `locate` answers from this parse's positions, so findings are located without parsing again. */
  {ok: true; config: PolicyConfig; locate: PathLocator} | {ok: false; problems: ConfigProblem[]};

/**
 * Parses and validates a policy config (YAML or JSON: JSON is read as YAML so both get positions).
 * Pure: the caller reads the file. `fileName` only labels the problems.
 */
export function parsePolicyConfig(source: string, fileName: string): ParseResult {
  const parsed = parsePolicyYaml(source, fileName);
  if (!parsed.ok) return parsed;
  return validateParsedYaml(parsed, fileName);
}

/** A policy file read as YAML, before validation: its mapping of settings and where each one sits. */
export type YamlParseResult =
  | {ok: true; raw: Record<string, unknown>; document: Document; lineCounter: LineCounter}
  | {ok: false; problems: ConfigProblem[]};

/**
 * The first half of `parsePolicyConfig`: the YAML with positions, every syntax problem located, and a
 * mapping at the top. `extends` resolution reads each file of a chain through it, so a baseline and an
 * overlay get the same checks as a single file before they are merged and validated as one.
 */
export function parsePolicyYaml(source: string, fileName: string): YamlParseResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, {lineCounter, prettyErrors: false, uniqueKeys: true});

  const offsets = syntaxErrorOffsets(source, document.errors);
  const syntaxProblems: ConfigProblem[] = document.errors.map((error, index) => {
    const position = lineCounter.linePos(offsets[index]!);
    const duplicate = error.code === 'DUPLICATE_KEY';
    return {
      ...documentProblem(
        fileName,
        duplicate ? 'yaml-duplicate-key' : 'yaml-syntax',
        duplicate ? 'duplicate key: each key may appear once in a mapping' : syntaxMessage(error.message),
        position,
      ),
      say: duplicate ? {id: 'yaml-duplicate-key'} : syntaxSay(error.message, error.code),
    };
  });
  if (syntaxProblems.length > 0) return {ok: false, problems: sortDiagnostics(syntaxProblems)};

  const tagProblems = explicitTags(document, source)
    .filter(({tag}) => !ALLOWED_TAGS.has(tag))
    .map(
      ({tag, offset, path}): ConfigProblem => ({
        ...documentProblem(
          fileName,
          'yaml-tag',
          `the tag ${shortTag(tag)} is not allowed: a policy holds plain text, numbers, true/false, lists and mappings; remove the tag and write the value plainly (a date as 2026-06-15)`,
          lineCounter.linePos(offset),
        ),
        path,
        say: {id: 'yaml-tag', slots: {tag: shortTag(tag)}},
      }),
    );
  if (tagProblems.length > 0) return {ok: false, problems: sortDiagnostics(tagProblems)};

  const plain = toPlainValue(document);
  if (!plain.ok) {
    const position = lineCounter.linePos(plain.offset);
    const problem: ConfigProblem = plain.aliasBomb
      ? {
          ...documentProblem(
            fileName,
            'yaml-alias-limit',
            `too many aliases: expanding this one would take the document past ${MAX_ALIAS_COUNT} aliased values, the pattern of a "billion laughs" attack; write the values out instead`,
            position,
          ),
          say: {id: 'yaml-alias-limit', slots: {limit: MAX_ALIAS_COUNT}},
        }
      : {
          ...documentProblem(fileName, 'yaml-syntax', syntaxMessage(plain.message), position),
          say: syntaxSay(plain.message, 'other'),
        };
    return {ok: false, problems: [problem]};
  }
  const raw = plain.value;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    const what = raw === null || raw === undefined ? 'the file is empty' : 'the top level is not a mapping';
    const message = `expected a mapping of policy settings (organization, effectiveDate, tools, ...), but ${what}`;
    const say = {id: 'not-a-mapping', slots: {file: raw === null || raw === undefined ? 'empty' : 'other'}};
    return {ok: false, problems: [{...documentProblem(fileName, 'not-a-mapping', message), say}]};
  }
  return {ok: true, raw: raw as Record<string, unknown>, document, lineCounter};
}

/** The second half of `parsePolicyConfig`: validates a file read by `parsePolicyYaml`, problems located in it. */
export function validateParsedYaml(
  {raw, document, lineCounter}: Extract<YamlParseResult, {ok: true}>,
  fileName: string,
): ParseResult {
  const validation = validatePolicyValue(raw);
  if (validation.ok)
    return {ok: true, config: validation.config, locate: (path) => locatePath(document, lineCounter, path)};
  return {
    ok: false,
    problems: sortDiagnostics(
      validation.problems.map(({target, ...problem}): ConfigProblem => {
        const position = locatePath(document, lineCounter, problem.path, target);
        return {
          ...problem,
          severity: 'error',
          file: fileName,
          line: position.line,
          column: position.column,
        };
      }),
    ),
  };
}

/** A config problem before it is placed in a file: what `ai-policy init` checks each answer against. */
export type ValueProblem = SchemaProblem;

export type ValueValidation = {ok: true; config: PolicyConfig} | {ok: false; problems: ValueProblem[]};

/**
 * Validates a config that is already a JavaScript value: the schema, then the cross-field rules. The one
 * validation behind both a policy file and `ai-policy init`'s answers, so they report the same words.
 */
export function validatePolicyValue(raw: unknown): ValueValidation {
  const problems: ValueProblem[] = [];
  const result = policyConfigSchema.safeParse(raw, {reportInput: true, error: schemaErrorMap});
  if (!result.success) {
    const keysAt = (path: ReadonlyArray<PropertyKey>) => schemaKeysAt(policyConfigSchema, path);
    for (const issue of result.error.issues) problems.push(...describeIssue(issue, keysAt));
  }
  for (const {target, ...problem} of checkCrossFieldRules(raw))
    problems.push({...problem, target: target ?? 'value'});

  if (problems.length > 0 || !result.success) return {ok: false, problems};
  // `extends` and `remove` say how files merge, not what the policy is: no validated config carries them,
  // so a file read on its own (the builder's draft, a history entry) means what its merged twin means.
  const {extends: _baselines, remove: _removed, ...config} = result.data;
  return {ok: true, config: applyRegimeDefaults(config, raw as Record<string, unknown>)};
}

/**
 * Explicit tags that only restate what a plain value already is. Any other (`!!binary`, `!!timestamp`,
 * `!!set`, a custom `!tag`) would turn a value into something the schema does not describe (bytes, a Date,
 * a Set) or be silently dropped, so it is refused where it is written.
 */
const ALLOWED_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((name) => `tag:yaml.org,2002:${name}`),
);

function explicitTags(
  document: Document,
  source: string,
): Array<{tag: string; offset: number; path: Array<string | number>}> {
  const tags: Array<{tag: string; offset: number; path: Array<string | number>}> = [];
  // Every tag YAML writes starts with `!` (`!!binary`, `!local`, `!<verbatim>`): without one, none to find.
  if (!source.includes('!')) return tags;
  visit(document, (_, node, ancestors) => {
    // The parser sets `tag` only on nodes whose source carries one.
    if (!isNode(node) || node.tag === undefined) return;
    const chain = [...ancestors, node];
    const path: Array<string | number> = [];
    chain.forEach((ancestor, index) => {
      const child = chain[index + 1];
      if (isSeq(ancestor) && child !== undefined) path.push(ancestor.items.indexOf(child as never));
      else if (isPair(ancestor) && child === ancestor.value)
        path.push(isScalar(ancestor.key) ? String(ancestor.key.value) : String(ancestor.key));
    });
    tags.push({tag: node.tag, offset: node.range?.[0] ?? 0, path});
  });
  return tags;
}

/** `tag:yaml.org,2002:binary` → `!!binary`, as the file spells it. */
function shortTag(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}

/** A problem with the file as a whole (no field path), located where the parser says or at its start. */
function documentProblem(
  fileName: string,
  code: ConfigProblemCode,
  message: string,
  {line, col}: {line: number; col: number} = {line: 1, col: 1},
): ConfigProblem {
  return {code, severity: 'error', path: [], file: fileName, line, column: col, message};
}

function syntaxMessage(message: string): string {
  return `invalid ${'YAML'}: ${syntaxDetail(message)}`;
}

/** yaml's messages end with a code excerpt; the location already points there. */
function syntaxDetail(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * A syntax problem as catalog data. English quotes the parser, which speaks only English; a translation
 * names the kind of mistake from the parser's error code instead.
 */
function syntaxSay(message: string, parserCode: string): DiagnosticMessage {
  return {id: 'yaml-syntax', slots: {detail: syntaxDetail(message), parserCode}};
}
