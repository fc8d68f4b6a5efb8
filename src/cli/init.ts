import {existsSync} from 'node:fs';
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import * as prompts from '@clack/prompts';
import {checkAnswer} from '../config/answers.js';
import {parsePolicyConfig} from '../config/parse.js';
import {policyFileText} from '../config/policy-file-text.js';
import {PolicyConfigError} from '../config/problems.js';
import {buildPolicyDocument} from '../engine/build.js';
import type {PolicyLanguage} from '../engine/context.js';
import {type MessageId, messageText, type Slots} from '../engine/messages.js';
import {configReportWords} from '../i18n/config-report.js';
import {punctuate} from '../vocabulary/locale-format.js';
import {parseCommandArgs, parseLocale, UsageError} from './args.js';
import {checkPolicyFile} from './check.js';
import {
  ALL_INIT_DATA_CLASSES,
  configFromAnswers,
  INIT_DEFAULTS,
  INIT_INDUSTRY_CLASSES,
  type InitAnswers,
  initDataClasses,
  parseToolSpec,
} from './init-answers.js';
import {summaryLines} from './init-summary.js';
import {askInitAnswers, confirmWrite, WizardCancelled} from './init-wizard.js';
import type {CliIo} from './io.js';
import {readSiteConfigFacts, siteConfigAdvice} from './site-config.js';

/** The exit code of a run stopped with Ctrl-C: 128 + SIGINT, what shells report for an interrupted command. */
const EXIT_CANCELLED = 130;

const INIT_OPTIONS = {
  file: {type: 'string', default: 'ai-policy.yml'},
  force: {type: 'boolean', default: false},
  yes: {type: 'boolean', default: false},
  organization: {type: 'string'},
  industry: {type: 'string'},
  compliance: {type: 'string'},
  posture: {type: 'string'},
  tool: {type: 'string', multiple: true},
  'effective-date': {type: 'string'},
  owner: {type: 'string'},
  'public-data': {type: 'string'},
  'internal-data': {type: 'string'},
  'restricted-data': {type: 'string'},
  'cui-data': {type: 'string'},
  locale: {type: 'string'},
} as const;

type InitFlags = ReturnType<typeof parseCommandArgs<typeof INIT_OPTIONS>>['values'];

/**
 * `ai-policy init`: the reference generator's five steps (industry, compliance, tools, data rules,
 * posture), asked in a terminal or taken from flags with `--yes`. Each answer is checked by the config
 * validation as it comes in; the whole file is validated again before it is written, then checked as
 * `ai-policy check` would, so `init` cannot write a file that `check` rejects.
 */
export async function runInit(args: string[], io: CliIo): Promise<number> {
  const {values} = parseCommandArgs(args, INIT_OPTIONS);
  const language = parseLocale(values.locale);
  const t = (id: MessageId, slots?: Slots) => messageText(language, id, slots);
  const target = path.resolve(io.cwd, values.file);
  if (existsSync(target) && !values.force) {
    io.stderr.write(`ai-policy: ${t('usage.error.init-exists', {file: values.file})}\n`);
    return 1;
  }
  const today = new Date().toISOString().slice(0, 10);
  const given = answersFromFlags(values, today);
  rejectBadFlags(given, values, language);

  let answers = given;
  const interactive = !values.yes;
  if (interactive) {
    if (!io.stdin.isTTY || !io.stdout.isTTY)
      throw new UsageError({
        id: 'init-not-a-terminal',
        // The flags and the tool's form are code, the same in every language; the lines break where they did.
        slots: {
          which: io.stdin.isTTY ? 'stdout' : io.stdout.isTTY ? 'stdin' : 'both',
          toolTail: '[:agreement[:maxDataClass]]',
          flags:
            '--industry, --compliance, --posture, --public-data, --internal-data, --restricted-data, --cui-data',
          br: '\n',
        },
      });
    try {
      answers = await askInitAnswers(given, io, language);
    } catch (error) {
      if (!(error instanceof WizardCancelled)) throw error;
      prompts.cancel(t('cli.init.cancelled'), {output: io.stdout});
      return EXIT_CANCELLED;
    }
  } else {
    if (!answers.organization) throw new UsageError({id: 'init-organization'});
    if (!answers.tools?.length)
      throw new UsageError({id: 'init-tool', slots: {example: '--tool "Name:agreement"'}});
    answers = {...INIT_DEFAULTS, ...answers};
  }

  // The answers were checked one by one; the file is validated again as a whole, as it will be read.
  const text = policyFileText(configFromAnswers(answers));
  const parsed = parsePolicyConfig(text, values.file);
  if (!parsed.ok) throw new PolicyConfigError(parsed.problems);
  const summary = summaryLines(buildPolicyDocument(parsed.config, language), language);

  if (interactive) {
    let write: boolean | WizardCancelled;
    try {
      write = await confirmWrite(summary, values.file, io, language);
    } catch (error) {
      if (!(error instanceof WizardCancelled)) throw error;
      write = error;
    }
    if (write !== true) {
      // Every question is answered by now: keep the answers, as a command that writes the file.
      const cancelled = write instanceof WizardCancelled;
      prompts.cancel(t('cli.init.not-written', {cancelled: cancelled ? 'yes' : 'no'}), {output: io.stdout});
      // Plain, outside the frame, to be copied whole.
      io.stdout.write(`${equivalentCommand(answers, values.file)}\n`);
      return cancelled ? EXIT_CANCELLED : 1;
    }
  } else {
    io.stdout.write(`${summary.join('\n')}\n\n`);
  }

  try {
    await mkdir(path.dirname(target), {recursive: true});
    await writeFile(target, text);
  } catch (error) {
    // A read-only folder or a path through a file: the system's reason, not a stack trace.
    throw new UsageError({
      id: 'init-cannot-write',
      slots: {file: values.file, detail: (error as Error).message},
    });
  }
  const {lines: checkLines} = await checkPolicyFile(target, io.cwd, today, 'text', language);
  const advice = siteConfigAdvice(readSiteConfigFacts(io.cwd), path.relative(io.cwd, target), language);
  const next = t('cli.init.next', {complete: advice.complete ? 'yes' : 'no', file: values.file});
  if (interactive) {
    prompts.log.success(t('cli.init.wrote', {file: values.file}), {output: io.stdout});
    prompts.log.message(checkLines, {output: io.stdout});
    prompts.outro(next, {output: io.stdout});
  } else {
    io.stdout.write(`${t('cli.init.wrote', {file: values.file})}\n${checkLines.join('\n')}\n${next}\n`);
  }
  // Plain lines after the prompts' frame, so they copy without its border characters.
  io.stdout.write(`\n${advice.lines.join('\n')}\n`);
  return 0;
}

function answersFromFlags(values: InitFlags, today: string): InitAnswers {
  const rules: NonNullable<InitAnswers['rules']> = {};
  for (const dataClass of ALL_INIT_DATA_CLASSES) {
    const rule = values[dataClass.flag];
    if (rule !== undefined) rules[dataClass.id] = rule;
  }
  return {
    effectiveDate: values['effective-date'] ?? today,
    ...(values.organization !== undefined && {organization: values.organization}),
    ...(values.industry !== undefined && {industry: values.industry}),
    ...(values.compliance !== undefined && {
      compliance:
        values.compliance.trim() === 'none'
          ? []
          : values.compliance
              .split(',')
              .map((id) => id.trim())
              .filter(Boolean),
    }),
    ...(values.posture !== undefined && {posture: values.posture}),
    ...(values.tool !== undefined && {tools: values.tool.map(parseToolSpec)}),
    ...(values.owner !== undefined && {owner: values.owner}),
    rules,
  };
}

/**
 * Checks every flag with the config validation (the words of `ai-policy check`, "did you mean" included)
 * before anything is asked or written, and reports all bad flags at once.
 */
function rejectBadFlags(given: InitAnswers, values: InitFlags, language: PolicyLanguage): void {
  const words = configReportWords(language);
  const draft = configFromAnswers(given);
  // Only flags that were passed: a question not answered yet is not a bad flag.
  const passed: Array<[flag: string, value: unknown, answerPath: Array<string | number>]> = [
    ['--organization', values.organization, ['organization']],
    ['--industry', values.industry, ['industry']],
    ['--compliance', values.compliance, ['compliance']],
    ['--posture', values.posture, ['posture']],
    ['--effective-date', values['effective-date'], ['effectiveDate']],
    ['--owner', values.owner, ['owner']],
    ...(values.tool ?? []).map((spec, index): [string, unknown, Array<string | number>] => [
      `--tool ${JSON.stringify(spec)}`,
      spec,
      ['tools', index],
    ]),
    ...initDataClasses(given.industry).map((dataClass, index): [string, unknown, Array<string | number>] => [
      `--${dataClass.flag}`,
      values[dataClass.flag],
      ['dataClasses', index, 'rule'],
    ]),
  ];
  const lines = passed
    .filter(([, value]) => value !== undefined)
    .flatMap(([flag, , answerPath]) =>
      checkAnswer(draft, answerPath, words).map(
        (problem) =>
          `${flag}${problem.within ? ` (${problem.within})` : ''}${punctuate(':', language.locale)} ${problem.text}`,
      ),
    );
  // A rule for a class the industry does not bring would be dropped without a word: refused instead.
  const offered = new Set(initDataClasses(given.industry).map((dataClass) => dataClass.id));
  for (const dataClass of INIT_INDUSTRY_CLASSES)
    if (values[dataClass.flag] !== undefined && !offered.has(dataClass.id))
      lines.push(
        messageText(language, 'usage.error.init-class-industry', {
          flag: `--${dataClass.flag}`,
          dataClass: dataClass.id,
          industries: new Intl.ListFormat(language.locale, {type: 'disjunction'}).format(
            dataClass.industries,
          ),
          given: given.industry ?? 'none',
        }),
      );
  // One line per problem, each with the prefix `runCli` puts before the first.
  if (lines.length > 0) throw new UsageError(lines.join('\nai-policy: '));
}

/** The answers as an `init --yes` command line, so declining to write loses nothing typed. */
function equivalentCommand(answers: InitAnswers, file: string): string {
  const words = ['npx', 'ai-policy', 'init', '--yes'];
  const add = (flag: string, value: string | undefined) => {
    if (value !== undefined && value !== '') words.push(flag, shellQuote(value));
  };
  if (file !== 'ai-policy.yml') add('--file', file);
  add('--organization', answers.organization);
  add('--industry', answers.industry);
  add('--compliance', answers.compliance?.join(',') || 'none');
  add('--posture', answers.posture);
  for (const tool of answers.tools ?? [])
    add('--tool', [tool.name, tool.agreement ?? 'standard', tool.maxDataClass].filter(Boolean).join(':'));
  for (const dataClass of initDataClasses(answers.industry)) {
    const rule = answers.rules?.[dataClass.id];
    if (rule !== undefined && rule !== dataClass.defaultRule) add(`--${dataClass.flag}`, rule);
  }
  add('--owner', answers.owner?.trim());
  add('--effective-date', answers.effectiveDate);
  return words.join(' ');
}

function shellQuote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}
