import type {ClientExclusion} from '../engine/enforcement.js';
import type {PolicyFacts} from '../engine/model.js';
import {toClaudeCodePaths} from '../vocabulary/path-pattern.js';
import {claudeCodeHooks} from './agent-hooks.js';
import {excludedPathGroups} from './ignore-file.js';
import {type OwnedJsonEntries, renderOwnedJson} from './json-settings.js';
import type {ExportOptions} from './options.js';

/** The JSON Schema Claude Code's settings are published with; editors validate the file against it. */
export const CLAUDE_SETTINGS_SCHEMA = 'https://json.schemastore.org/claude-code-settings.json';

/**
 * What the export owns in `.claude/settings.json`: entries of arrays, by the array's key path. For every
 * path of a class Claude Code may not receive, anchored at the project root (`/secrets/**`): a `Read` and
 * an `Edit` deny rule (its built-in file tools) and a sandbox `denyRead` path (the commands it runs in its
 * sandbox, when the sandbox is on). Everything else in the file is the user's and is kept; a later export
 * adds another owned array (a hook list, say) by adding a key here.
 */
export function claudeCodeOwnedEntries(
  exclusion: ClientExclusion,
  facts: Pick<PolicyFacts, 'dataClasses'>,
  options: ExportOptions,
): OwnedJsonEntries {
  const paths = [
    ...new Set(
      excludedPathGroups(exclusion, facts).flatMap((group) => group.paths.flatMap(toClaudeCodePaths)),
    ),
  ];
  return {
    'permissions.deny': [...paths.map((path) => `Read(${path})`), ...paths.map((path) => `Edit(${path})`)],
    'sandbox.filesystem.denyRead': paths,
    // The PreToolUse hook that refuses the same paths in shell commands and every file tool.
    'hooks.PreToolUse': claudeCodeHooks(options).PreToolUse as unknown[],
  };
}

/**
 * `.claude/settings.json` as the export writes it into a repository that has none. Into an existing file
 * it merges (`mergeOwnedJson`): JSON has no comments, so the owned entries are listed under one marker key
 * that Claude Code ignores and a re-export reads to replace exactly those.
 */
export function renderClaudeCode(
  exclusion: ClientExclusion,
  facts: Pick<PolicyFacts, 'dataClasses'>,
  options: ExportOptions,
): string {
  return renderOwnedJson(
    {$schema: CLAUDE_SETTINGS_SCHEMA},
    claudeCodeOwnedEntries(exclusion, facts, options),
    options,
    'claude-code',
  );
}
