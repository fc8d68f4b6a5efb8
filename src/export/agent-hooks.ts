import type {ExportOptions} from './options.js';
import {shellWord} from './options.js';

/**
 * The agent hooks the exports register: `ai-policy hook <client>` run before a tool call, refusing a file
 * the client's tool may not receive (src/cli/hook.ts has the formats and their sources). They run the
 * repository's installed binary directly, not through npx: a hook starts on every tool call, and npx's own
 * start-up would cost more than the answer.
 */

/** The tools whose input names a path or a command, as Claude Code's `matcher` (a regular expression). */
export const CLAUDE_CODE_HOOK_MATCHER = 'Read|Edit|MultiEdit|Write|NotebookEdit|Grep|Glob|Bash';

/**
 * The `hooks` entry of `.claude/settings.json`: one PreToolUse hook for the tools above. Kept to this one
 * function so that however the settings file is assembled (written whole, or merged into a user's), the
 * hook is the same. `$CLAUDE_PROJECT_DIR` is the project root Claude Code gives its hooks.
 */
export function claudeCodeHooks(options: ExportOptions): Record<string, unknown> {
  return {
    PreToolUse: [
      {
        matcher: CLAUDE_CODE_HOOK_MATCHER,
        hooks: [
          {
            type: 'command',
            command: `"$CLAUDE_PROJECT_DIR"/node_modules/.bin/ai-policy hook claude-code --policy ${shellWord(options.policyFile)}`,
          },
        ],
      },
    ],
  };
}

/**
 * `.cursor/hooks.json`: `beforeReadFile` and `beforeShellExecution` run `ai-policy hook cursor`. Cursor runs
 * a project's hooks from the project root. JSON has no comments, so the file carries no header; `ai-policy
 * export --check` notices a hand edit.
 */
export function renderCursorHooks(options: ExportOptions): string {
  const command = `./node_modules/.bin/ai-policy hook cursor --policy ${shellWord(options.policyFile)}`;
  return `${JSON.stringify({version: 1, hooks: {beforeReadFile: [{command}], beforeShellExecution: [{command}]}}, null, 2)}\n`;
}
