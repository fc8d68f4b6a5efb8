import type {Readable, Writable} from 'node:stream';

/** The process surface the CLI touches, injectable so tests drive it without spawning. */
export interface CliIo {
  cwd: string;
  stdout: Writable & {isTTY?: boolean};
  stderr: Writable;
  stdin: Readable & {isTTY?: boolean};
}

export const USAGE = `Usage: ai-policy <command> [options]

Commands:
  check [file]                 Validate the policy and print lint findings. Exit 1 on errors.
      --today YYYY-MM-DD       Judge review dates and expiries against this date (default: today).
      --strict                 Also exit 1 when there are lint findings.
      --format text|json|github
                               Print lines (default), a JSON array of diagnostics, or GitHub
                               Actions annotations that show on the pull request's lines.
      --locale en|fr|de        The language of the verdict line (default: en).
  render [file]                Print the policy.
      --format md|json         Output format (default: md).
      --section <id>           Print one section only (md).
      --reviewer               Add counsel's notes: each clause's source, status and caveat (md).
      --locale en|fr|de        The policy's language (default: en).
  diff <base> [<head>]         What changes in meaning between two versions of the policy. Each side is a
                               file, a git revision of the policy file (git show <rev>:<file>) or
                               <rev>:<path>; <head> defaults to the working file. Exit 1 if a side is invalid.
      --format md|json         Output format (default: md, for a pull-request comment).
      --file <path>            The policy file whose revisions are compared (default: as below).
      --today YYYY-MM-DD       Judge whether a removed exception had expired against this date.
      --baseline               Instead of two sides: what the policy file ([file] after the flag) adds to
                               the baselines it extends.
      --locale en|fr|de        The language of the sentences and headings (md; default: en).
  init                         Write a new ai-policy.yml: asks the five steps in a terminal.
      --file <path>            Where to write (default: ai-policy.yml).
      --force                  Overwrite an existing file.
      --yes                    Do not ask; take flags and defaults (for scripts and CI).
      --locale en|fr|de        The language of the questions and the summary (default: en).
      --organization <name>  --industry <id>  --compliance <id,id|none>  --posture advisory|mandatory
      --tool "<name>[:agreement[:maxDataClass]]" (repeatable)  --owner <text>  --effective-date YYYY-MM-DD
      --public-data <rule>  --internal-data <rule>  --restricted-data <rule>  --cui-data <rule> (defense)
  export [file]                Write the files AI tools, gateways and hooks read (the repository root).
      --target <name|all>      cursor, gemini-code-assist, jetbrains-ai, windsurf, github-copilot,
                               claude-code, cursor-hooks, cline, aider, jetbrains-noai, litellm,
                               pre-commit, github-actions, agents-md, or all (repeatable);
                               oscal (ai-policy.oscal.json, an OSCAL component definition) only when named.
      --out <dir>              Where to write (default: the current folder).
      --check                  Write nothing; exit 1 when a file is missing or differs from the policy.
      --force                  Replace a file the export cannot merge into (it never does otherwise).
      --locale en|fr|de        The language of AGENTS.md, the Copilot instructions and the Cursor rule.
  decide [file]                May this tool receive this data? Exit 0 when allowed, 2 when refused.
      --tool <name>            The AI tool, as the policy names it (others get the "other tools" row).
      --class <id>             Ask about a data class, or:
      --path <path>            ask about a file (repeatable); its classes come from dataClasses[].paths.
      --root <dir>             The repository root the paths are relative to (default: the current folder).
      --format text|json       One line per answer (default), or the answers as JSON.
  mcp [file]                   Serve the policy to AI agents over MCP (stdio): decide, get_policy_section,
                               list_approved_tools.
      --root <dir>             The repository root paths are relative to (default: the current folder).
  hook claude-code|cursor      An agent hook: reads the client's JSON on stdin and refuses a file tool call or
                               shell command that touches a path the client's tool may not receive.
      --policy <file>          The policy file, relative to the repository root (default: as for [file]).
      --tool <name>            Answer for this tool (default: the approved tool with that client).
      --root <dir>             The repository root (default: from the client, else the current folder).
  check-commit-msg <msg-file>  Exit 1 when an AI disclosure trailer names a tool that is not approved.
      --policy <file>          The policy file (default: as for [file]).

[file] defaults to ai-policy.yml, ai-policy.yaml or ai-policy.json in the current folder.
ai-policy --version (or -v) prints the version; --help this text.
`;

/**
 * One command's part of the usage text (its line and its options) and the closing note on `[file]`, for
 * `ai-policy <command> --help`; the whole text for a name that is not a command.
 */
export function commandUsage(command: string): string {
  const lines = USAGE.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`  ${command} `) || line === `  ${command}`);
  if (start === -1) return USAGE;
  const next = lines.findIndex((line, index) => index > start && !line.startsWith('   '));
  const closing = lines.slice(lines.findIndex((line) => line.startsWith('[file] defaults')));
  return [
    `Usage: ai-policy ${lines[start]!.trim().split(/\s{2,}/)[0]} [options]`,
    '',
    ...lines.slice(start, next),
    '',
    ...closing,
  ].join('\n');
}
