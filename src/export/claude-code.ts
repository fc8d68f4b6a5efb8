import type {ClientExclusion} from '../engine/enforcement.js';
import type {PolicyFacts} from '../engine/model.js';
import {excludedPathGroups} from './ignore-file.js';
import {claudeReadRules} from './patterns.js';

/** The JSON Schema Claude Code's settings are published with; editors validate the file against it. */
export const CLAUDE_SETTINGS_SCHEMA = 'https://json.schemastore.org/claude-code-settings.json';

/**
 * `.claude/settings.json`: `permissions.deny` with one `Read(...)` rule per excluded path. JSON has no
 * comments and Claude Code checks its settings' keys, so the file carries no header: `ai-policy export
 * --check` is what notices a hand edit, and docs/export.md says the export owns the file.
 */
export function renderClaudeCode(
  exclusion: ClientExclusion,
  facts: Pick<PolicyFacts, 'dataClasses'>,
): string {
  const deny = [
    ...new Set(excludedPathGroups(exclusion, facts).flatMap((group) => group.paths.flatMap(claudeReadRules))),
  ];
  return `${JSON.stringify({$schema: CLAUDE_SETTINGS_SCHEMA, permissions: {deny}}, null, 2)}\n`;
}
