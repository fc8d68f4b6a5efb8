import type {ClientExclusion} from '../engine/enforcement.js';
import type {PolicyFacts} from '../engine/model.js';
import {claudeCodeHooks} from './agent-hooks.js';
import {excludedPathGroups} from './ignore-file.js';
import type {ExportOptions} from './options.js';
import {claudeReadRules} from './patterns.js';

/** The JSON Schema Claude Code's settings are published with; editors validate the file against it. */
export const CLAUDE_SETTINGS_SCHEMA = 'https://json.schemastore.org/claude-code-settings.json';

/**
 * `.claude/settings.json`: `permissions.deny` with one `Read(...)` rule per excluded path, and the
 * PreToolUse hook that refuses the same paths in shell commands and every file tool. JSON has no
 * comments and Claude Code checks its settings' keys, so the file carries no header: `ai-policy export
 * --check` is what notices a hand edit, and docs/export.md says the export owns the file.
 */
export function renderClaudeCode(
  exclusion: ClientExclusion,
  facts: Pick<PolicyFacts, 'dataClasses'>,
  options: ExportOptions,
): string {
  const deny = [
    ...new Set(excludedPathGroups(exclusion, facts).flatMap((group) => group.paths.flatMap(claudeReadRules))),
  ];
  return `${JSON.stringify({$schema: CLAUDE_SETTINGS_SCHEMA, permissions: {deny}, hooks: claudeCodeHooks(options)}, null, 2)}\n`;
}
