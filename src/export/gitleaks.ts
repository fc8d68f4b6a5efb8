import {GITLEAKS_CONFIG_FILE} from '../engine/enforcement.js';
import type {PolicyFacts} from '../engine/model.js';
import {pathPatternRegex} from '../vocabulary/path-pattern.js';
import {commentLines, type ExportOptions, headerLines, oneLine} from './options.js';

const SOURCE = 'https://github.com/gitleaks/gitleaks#configuration';

/** A TOML literal string (`'...'`) when the text allows one, else a basic string with escapes. */
function tomlString(value: string): string {
  if (!value.includes("'") && ![...value].some((char) => char < ' ')) return `'${value}'`;
  return JSON.stringify(value);
}

/**
 * The classes whose files must never be committed: those that hold credentials, or that no tool may
 * receive. Their paths become gitleaks path rules.
 */
export function committedNever(facts: Pick<PolicyFacts, 'dataClasses'>) {
  return facts.dataClasses.filter(
    (dataClass) =>
      dataClass.paths.length > 0 &&
      (dataClass.categories.includes('credentials') || dataClass.rule === 'never'),
  );
}

/**
 * `.gitleaks.toml`: gitleaks' default rules (`[extend] useDefault`), plus one path rule per class that
 * must never be committed: a staged file at one of the class's paths is a finding, whatever it holds. The
 * paths are the path language's regex, which Go's RE2 reads as JavaScript and Python do.
 */
export function renderGitleaksConfig(
  facts: Pick<PolicyFacts, 'dataClasses'>,
  options: ExportOptions,
): string {
  const header = commentLines([
    ...headerLines(
      'pre-commit',
      options,
      "Gitleaks' default rules, and the paths of the classes that must never be committed.",
    ),
    `Source: ${SOURCE}`,
  ]);
  const rules = committedNever(facts).map((dataClass) =>
    [
      '[[rules]]',
      `id = ${tomlString(`ai-policy-${dataClass.id}`)}`,
      `description = ${tomlString(`A file of class ${oneLine(dataClass.name)}, which must never be committed`)}`,
      `path = ${tomlString(`(?:${dataClass.paths.map(pathPatternRegex).join('|')})`)}`,
    ].join('\n'),
  );
  return `${header}\n\ntitle = 'ai-policy'\n\n[extend]\nuseDefault = true\n${rules.map((rule) => `\n${rule}\n`).join('')}`;
}

export {GITLEAKS_CONFIG_FILE};
