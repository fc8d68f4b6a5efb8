import {ENGLISH_LANGUAGE, type PolicyLanguage} from '../engine/context.js';
import {EXPORT_TARGETS} from '../engine/enforcement.js';
import {type MessageId, messageText} from '../engine/messages.js';

/**
 * The usage text's layout. Commands, flags and value forms are code, the same in every language; each
 * description is a message of `messages/<locale>/usage.yml` (`usage.<command>`, `usage.<command>.<flag>`), so
 * `--help` speaks the `--locale` the command line names.
 */
interface CommandUsage {
  command: string;
  /** What follows `ai-policy` on the command's usage line, before `[options]`. */
  arguments: string;
  /**
   * Each flag as typed, with its value form; a flag without a message id is listed without a description,
   * and a message without a flag is a line of its own about the flags that follow.
   */
  options: ReadonlyArray<{flag: string; id?: string}>;
}

const COMMAND_USAGES: readonly CommandUsage[] = [
  {
    command: 'check',
    arguments: '[file]',
    options: [
      {flag: '--today YYYY-MM-DD', id: 'today'},
      {flag: '--strict', id: 'strict'},
      {flag: '--format text|json|github', id: 'format'},
      {flag: '--locale en|fr|de', id: 'locale'},
    ],
  },
  {
    command: 'render',
    arguments: '[file]',
    options: [
      {flag: '--format md|json', id: 'format'},
      {flag: '--section <id>', id: 'section'},
      {flag: '--reviewer', id: 'reviewer'},
      {flag: '--locale en|fr|de', id: 'locale'},
    ],
  },
  {
    command: 'diff',
    arguments: '<base> [<head>]',
    options: [
      {flag: '--format md|json', id: 'format'},
      {flag: '--file <path>', id: 'file'},
      {flag: '--today YYYY-MM-DD', id: 'today'},
      {flag: '--baseline', id: 'baseline'},
      {flag: '--locale en|fr|de', id: 'locale'},
    ],
  },
  {
    command: 'init',
    arguments: '',
    options: [
      {flag: '--file <path>', id: 'file'},
      {flag: '--force', id: 'force'},
      {flag: '--yes', id: 'yes'},
      {flag: '--locale en|fr|de', id: 'locale'},
      {flag: '', id: 'answers'},
      {
        flag: '--organization <name>  --industry <id>  --compliance <id,id|none>  --posture advisory|mandatory',
      },
      {flag: '--tool "<name>[:agreement[:maxDataClass]]"  --owner <text>  --effective-date YYYY-MM-DD'},
      {
        flag: '--public-data <rule>  --internal-data <rule>  --restricted-data <rule>  --cui-data <rule> (defense)',
      },
    ],
  },
  {
    command: 'export',
    arguments: '[file]',
    options: [
      {flag: '--target <name|all>', id: 'target'},
      {flag: '--out <dir>', id: 'out'},
      {flag: '--check', id: 'check'},
      {flag: '--force', id: 'force'},
      {flag: '--locale en|fr|de', id: 'locale'},
    ],
  },
  {
    command: 'decide',
    arguments: '[file]',
    options: [
      {flag: '--tool <name>', id: 'tool'},
      {flag: '--class <id>', id: 'class'},
      {flag: '--path <path>', id: 'path'},
      {flag: '--root <dir>', id: 'root'},
      {flag: '--format text|json', id: 'format'},
    ],
  },
  {command: 'mcp', arguments: '[file]', options: [{flag: '--root <dir>', id: 'root'}]},
  {
    command: 'hook',
    arguments: 'claude-code|cursor',
    options: [
      {flag: '--policy <file>', id: 'policy'},
      {flag: '--tool <name>', id: 'tool'},
      {flag: '--root <dir>', id: 'root'},
    ],
  },
  {
    command: 'check-commit-msg',
    arguments: '<msg-file>',
    options: [{flag: '--policy <file>', id: 'policy'}],
  },
];

/** The commands `ai-policy` knows, in the order the usage text lists them. */
export const COMMANDS: readonly string[] = COMMAND_USAGES.map((usage) => usage.command);

/** Where descriptions start, and the width they wrap at: the terminal's 110 columns at most. */
const DESCRIPTION_COLUMN = 31;
const WIDTH = 110;

/** `text` wrapped at word boundaries into lines that start at the description column. */
function wrapped(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && DESCRIPTION_COLUMN + line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line];
}

/** A left column (a command or a flag) with its description beside it, or below it when it is too wide. */
function entry(left: string, description: string | undefined): string[] {
  if (description === undefined) return [left];
  const [first, ...rest] = wrapped(description);
  const indent = ' '.repeat(DESCRIPTION_COLUMN);
  const head =
    left.length < DESCRIPTION_COLUMN - 1
      ? [`${left.padEnd(DESCRIPTION_COLUMN)}${first}`]
      : [left, indent + first];
  return [...head, ...rest.map((line) => indent + line)];
}

function say(language: PolicyLanguage, id: string, slots: Record<string, string> = {}): string {
  return messageText(language, `usage.${id}` as MessageId, slots);
}

function commandLines(usage: CommandUsage, language: PolicyLanguage): string[] {
  const signature = `  ${usage.command}${usage.arguments ? ` ${usage.arguments}` : ''}`;
  // Command syntax is code: it fills slots, so no language's typography touches it. `oscal`, a document
  // rather than a tool's file, has its own words in the message.
  const slots = {
    targets: EXPORT_TARGETS.join(', '),
    gitShow: 'git show <rev>:<file>',
    revisionPath: '<rev>:<path>',
  };
  return [
    ...entry(signature, say(language, usage.command, slots)),
    ...usage.options.flatMap(({flag, id}) =>
      flag === ''
        ? [`      ${say(language, `${usage.command}.${id}`)}`]
        : entry(
            `      ${flag}`,
            id === undefined ? undefined : say(language, `${usage.command}.${id}`, slots),
          ),
    ),
  ];
}

function closing(language: PolicyLanguage): string[] {
  return [say(language, 'file-default'), say(language, 'version-help')];
}

/** The whole usage text, for `ai-policy --help`, no command, or a malformed command line. */
export function usageText(language: PolicyLanguage = ENGLISH_LANGUAGE): string {
  return [
    say(language, 'heading'),
    '',
    say(language, 'commands'),
    ...COMMAND_USAGES.flatMap((usage) => commandLines(usage, language)),
    '',
    ...closing(language),
    '',
  ].join('\n');
}

/**
 * One command's part of the usage text (its line and its options) and the closing note on `[file]`, for
 * `ai-policy <command> --help`; the whole text for a name that is not a command.
 */
export function commandUsage(command: string, language: PolicyLanguage = ENGLISH_LANGUAGE): string {
  const usage = COMMAND_USAGES.find((candidate) => candidate.command === command);
  if (usage === undefined) return usageText(language);
  const invocation = `${usage.command}${usage.arguments ? ` ${usage.arguments}` : ''}`;
  return [
    say(language, 'command-heading', {command: invocation}),
    '',
    ...commandLines(usage, language),
    '',
    ...closing(language),
    '',
  ].join('\n');
}
