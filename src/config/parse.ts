import {LineCounter, parseDocument} from 'yaml';
import {MAX_ALIAS_COUNT, toPlainValue} from './alias-limit.js';
import {checkCrossFieldRules} from './cross-field.js';
import {describeIssue, type IssueDescription} from './describe-issue.js';
import {locatePath} from './locate.js';
import {type ConfigProblem, formatPath, sortProblems} from './problems.js';
import {applyRegimeDefaults} from './regime-defaults.js';
import {type PolicyConfig, policyConfigSchema} from './schema.js';
import {schemaKeysAt} from './schema-keys.js';
import {syntaxErrorOffsets} from './syntax-location.js';

export type ParseResult = {ok: true; config: PolicyConfig} | {ok: false; problems: ConfigProblem[]};

/**
 * Parses and validates a policy config (YAML or JSON: JSON is read as YAML so both get positions).
 * Pure: the caller reads the file. `fileName` only labels the problems.
 */
export function parsePolicyConfig(source: string, fileName: string): ParseResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, {lineCounter, prettyErrors: false, uniqueKeys: true});

  const offsets = syntaxErrorOffsets(source, document.errors);
  const syntaxProblems: ConfigProblem[] = document.errors.map((error, index) => {
    const position = lineCounter.linePos(offsets[index]!);
    return {
      file: fileName,
      line: position.line,
      column: position.col,
      path: '',
      message: syntaxMessage(error.code, error.message),
    };
  });
  if (syntaxProblems.length > 0) return {ok: false, problems: sortProblems(syntaxProblems)};

  const plain = toPlainValue(document);
  if (!plain.ok) {
    const {line, col} = lineCounter.linePos(plain.offset);
    const message = plain.aliasBomb
      ? `too many aliases: expanding this one would take the document past ${MAX_ALIAS_COUNT} aliased values, the pattern of a "billion laughs" attack; write the values out instead`
      : syntaxMessage('', plain.message);
    return {ok: false, problems: [{file: fileName, line, column: col, path: '', message}]};
  }
  const raw = plain.value;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    const what = raw === null || raw === undefined ? 'the file is empty' : 'the top level is not a mapping';
    return documentProblem(
      fileName,
      `expected a mapping of policy settings (organization, effectiveDate, tools, ...), but ${what}`,
    );
  }

  const validation = validatePolicyValue(raw);
  if (validation.ok) return validation;
  return {
    ok: false,
    problems: sortProblems(
      validation.problems.map(({path, target, ...description}) => {
        const position = locatePath(document, lineCounter, path, target);
        return {
          file: fileName,
          line: position.line,
          column: position.column,
          path: formatPath(path),
          ...description,
        };
      }),
    ),
  };
}

/** A config problem before it is placed in a file: what `ai-policy init` checks each answer against. */
export interface ValueProblem extends IssueDescription {
  path: Array<string | number>;
  /** Point at the key (unknown keys) rather than at the value. */
  target: 'key' | 'value';
}

export type ValueValidation = {ok: true; config: PolicyConfig} | {ok: false; problems: ValueProblem[]};

/**
 * Validates a config that is already a JavaScript value: the schema, then the cross-field rules. The one
 * validation behind both a policy file and `ai-policy init`'s answers, so they report the same words.
 */
export function validatePolicyValue(raw: unknown): ValueValidation {
  const problems: ValueProblem[] = [];
  const result = policyConfigSchema.safeParse(raw, {reportInput: true});
  if (!result.success) {
    for (const issue of result.error.issues) {
      const issuePath = issue.path as Array<string | number>;
      const descriptions = describeIssue(issue, schemaKeysAt(policyConfigSchema, issue.path));
      if (issue.code === 'unrecognized_keys') {
        issue.keys.forEach((key, index) => {
          problems.push({path: [...issuePath, key], target: 'key', ...descriptions[index]!});
        });
      } else {
        for (const {subPath, ...description} of descriptions)
          problems.push({
            path: [...issuePath, ...((subPath ?? []) as Array<string | number>)],
            target: 'value',
            ...description,
          });
      }
    }
  }
  for (const problem of checkCrossFieldRules(raw)) {
    problems.push({
      path: problem.path,
      target: problem.target ?? 'value',
      message: problem.message,
      ...(problem.suggestion && {suggestion: problem.suggestion}),
    });
  }

  if (problems.length > 0 || !result.success) return {ok: false, problems};
  return {ok: true, config: applyRegimeDefaults(result.data, raw as Record<string, unknown>)};
}

/** A problem with the file as a whole, located at its start. */
function documentProblem(fileName: string, message: string): ParseResult {
  return {ok: false, problems: [{file: fileName, line: 1, column: 1, path: '', message}]};
}

function syntaxMessage(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'duplicate key: each key may appear once in a mapping';
  // yaml's messages end with a code excerpt; the location already points there.
  return `invalid ${'YAML'}: ${message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`;
}
