import {type Document, LineCounter, parseDocument} from 'yaml';
import type {ConfigProblemCode} from '../diagnostics/config-codes.js';
import {sortDiagnostics} from '../diagnostics/diagnostic.js';
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
    return documentProblem(
      fileName,
      duplicate ? 'yaml-duplicate-key' : 'yaml-syntax',
      duplicate ? 'duplicate key: each key may appear once in a mapping' : syntaxMessage(error.message),
      position,
    );
  });
  if (syntaxProblems.length > 0) return {ok: false, problems: sortDiagnostics(syntaxProblems)};

  const plain = toPlainValue(document);
  if (!plain.ok) {
    const position = lineCounter.linePos(plain.offset);
    const problem = plain.aliasBomb
      ? documentProblem(
          fileName,
          'yaml-alias-limit',
          `too many aliases: expanding this one would take the document past ${MAX_ALIAS_COUNT} aliased values, the pattern of a "billion laughs" attack; write the values out instead`,
          position,
        )
      : documentProblem(fileName, 'yaml-syntax', syntaxMessage(plain.message), position);
    return {ok: false, problems: [problem]};
  }
  const raw = plain.value;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    const what = raw === null || raw === undefined ? 'the file is empty' : 'the top level is not a mapping';
    const message = `expected a mapping of policy settings (organization, effectiveDate, tools, ...), but ${what}`;
    return {ok: false, problems: [documentProblem(fileName, 'not-a-mapping', message)]};
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
  // yaml's messages end with a code excerpt; the location already points there.
  return `invalid ${'YAML'}: ${message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`;
}
