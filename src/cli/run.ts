import {PolicyConfigError} from '../config/problems.js';
import {suggest} from '../config/suggest.js';
import {formatDiagnosticReport} from '../diagnostics/text.js';
import {configReportWords} from '../i18n/config-report.js';
import {localizePolicy} from '../i18n/localized-policy.js';
import {renderSectionMarkdown} from '../render/markdown.js';
import {renderReviewerNotes} from '../render/reviewer.js';
import {loadPolicy} from '../store/policy-store.js';
import {
  hintSlot,
  parseCommandArgs,
  parseLocale,
  parseToday,
  requestedLanguage,
  resolvePolicyFile,
  UsageError,
} from './args.js';
import {CHECK_FORMATS, checkPolicyFile} from './check.js';
import type {CliIo} from './io.js';
import {COMMANDS, commandUsage, usageText} from './usage.js';
import {packageVersion} from './version.js';

/** Runs one CLI invocation and returns its exit code. Never throws for user errors. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  // Help and usage errors speak the `--locale` the line names, before any command has parsed it.
  const language = requestedLanguage(argv);
  // `ai-policy diff --help` asks for help, whatever the command's own flags: answered before any of them
  // parses its arguments (and a flag after `--` is an argument, not a request for help).
  const flags = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (
    command !== undefined &&
    COMMANDS.includes(command) &&
    (flags.includes('--help') || flags.includes('-h'))
  ) {
    io.stdout.write(commandUsage(command, language));
    return 0;
  }
  try {
    switch (command) {
      case 'check':
        return await check(rest, io);
      case 'render':
        return await render(rest, io);
      case 'init':
        // Each command's own modules load when it runs: `check` starts without the wizard or the exporters.
        return await (await import('./init.js')).runInit(rest, io);
      case 'export':
        return await (await import('./export.js')).runExport(rest, io);
      case 'check-commit-msg':
        return await (await import('./check-commit-msg.js')).runCheckCommitMsg(rest, io);
      case 'diff':
        return await (await import('./diff.js')).runDiff(rest, io);
      case 'decide':
        return await (await import('./decide.js')).runDecide(rest, io);
      // Loaded on demand: the MCP SDK is large, and no other command needs it.
      case 'mcp':
        return await (await import('./mcp.js')).runMcp(rest, io);
      case 'hook':
        return await (await import('./hook.js')).runHook(rest, io);
      case '--version':
      case '-v':
      case 'version':
        io.stdout.write(`${await packageVersion()}\n`);
        return 0;
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.stdout.write(usageText(language));
        return command === undefined ? 1 : 0;
      default: {
        const hint = hintSlot(suggest(command, [...COMMANDS, 'help', 'version']));
        const error = new UsageError({id: 'unknown-command', slots: {command, hint}});
        io.stderr.write(`ai-policy: ${error.say(language)}\n\n${usageText(language)}`);
        return 1;
      }
    }
  } catch (error) {
    if (error instanceof PolicyConfigError) {
      // Said in the command line's `--locale`, like its usage errors; English is the error's own message.
      const words = configReportWords(language);
      io.stderr.write(`${formatDiagnosticReport(error.problems, words)}\n`);
      return 1;
    }
    if (error instanceof UsageError) {
      io.stderr.write(
        `ai-policy: ${error.say(language)}\n${error.showUsage ? `\n${usageText(language)}` : ''}`,
      );
      return 1;
    }
    throw error;
  }
}

async function check(args: string[], io: CliIo): Promise<number> {
  const {values, positionals} = parseCommandArgs(args, {
    today: {type: 'string'},
    strict: {type: 'boolean'},
    format: {type: 'string', default: 'text'},
    locale: {type: 'string'},
  });
  const language = parseLocale(values.locale);
  const format = CHECK_FORMATS.find((name) => name === values.format);
  if (!format) {
    const hint = hintSlot(suggest(values.format, CHECK_FORMATS));
    throw new UsageError({
      id: 'format',
      slots: {choices: CHECK_FORMATS.join(', '), value: values.format, hint},
    });
  }
  const today = parseToday(values.today);
  const file = resolvePolicyFile(positionals, io.cwd);
  const {lines, errors, findings} = await checkPolicyFile(file, io.cwd, today, format, language);
  for (const line of lines) io.stdout.write(`${line}\n`);
  return errors > 0 || (values.strict && findings > 0) ? 1 : 0;
}

async function render(args: string[], io: CliIo): Promise<number> {
  const {values, positionals} = parseCommandArgs(args, {
    format: {type: 'string', default: 'md'},
    section: {type: 'string'},
    reviewer: {type: 'boolean', default: false},
    locale: {type: 'string'},
  });
  const language = parseLocale(values.locale);
  if (values.format !== 'md' && values.format !== 'json')
    throw new UsageError({id: 'format', slots: {choices: 'md, json', value: values.format, hint: 'none'}});
  const policy = localizePolicy(await loadPolicy(resolvePolicyFile(positionals, io.cwd)), language);
  if (values.section !== undefined) {
    if (values.format === 'json') throw new UsageError({id: 'section-json'});
    const ids = policy.document.sections.map((section) => section.id);
    if (!ids.includes(values.section)) {
      const hint = hintSlot(suggest(values.section, ids));
      throw new UsageError({
        id: 'unknown-section',
        slots: {section: values.section, sections: ids.join(', '), hint},
      });
    }
    io.stdout.write(renderSectionMarkdown(policy.document, values.section));
    return 0;
  }
  if (values.reviewer && values.format === 'json') throw new UsageError({id: 'reviewer-json'});
  io.stdout.write(values.format === 'json' ? policy.json : policy.markdown);
  // Counsel's notes follow the policy, under their own heading, never inside it.
  if (values.reviewer) io.stdout.write(`\n${renderReviewerNotes(policy.document, language)}`);
  return 0;
}
