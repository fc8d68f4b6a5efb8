import * as prompts from '@clack/prompts';
import {checkAnswer} from '../config/answers.js';
import type {ReportWords} from '../diagnostics/text.js';
import type {PolicyLanguage} from '../engine/context.js';
import {type MessageId, messageText, type Slots} from '../engine/messages.js';
import {REGIMES} from '../engine/regimes/index.js';
import {configReportWords} from '../i18n/config-report.js';
import {
  AGREEMENTS,
  DATA_CLASS_RULES,
  INDUSTRY_IDS,
  POSTURES,
  REGIME_IDS,
} from '../vocabulary/config-values.js';
import {
  configFromAnswers,
  INIT_DEFAULTS,
  type InitAnswers,
  type InitClassId,
  initDataClasses,
  parseToolSpec,
  type ToolAnswer,
} from './init-answers.js';
import {printable} from './init-summary.js';
import type {CliIo} from './io.js';

/** Ctrl-C or Escape in a prompt: the run stops and nothing is written. */
export class WizardCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/**
 * The interactive `init`: one prompt per answer, in the reference generator's order. Every typed answer is
 * checked the moment Enter is pressed by the config validation itself (`checkAnswer`), and a rejected one
 * stays on screen with the reason under it, to be corrected rather than retyped. Where the config has an
 * enumeration the answer is a choice, so it cannot be misspelt. Answers already given as flags are shown,
 * not asked.
 */
export async function askInitAnswers(
  given: InitAnswers,
  io: CliIo,
  language: PolicyLanguage,
): Promise<InitAnswers> {
  const common = {input: io.stdin, output: io.stdout};
  const t = (id: MessageId, slots?: Slots) => messageText(language, id, slots);
  const words = configReportWords(language);
  const answers: InitAnswers = {...given, rules: {...given.rules}};
  const fromFlag = (step: string, value: string, flag: string) =>
    prompts.log.step(t('cli.init.from-flag', {step, value: printable(value), flag}), common);

  prompts.intro(t('cli.init.intro'), common);

  if (answers.organization === undefined) {
    answers.organization = await ask(
      prompts.text({
        ...common,
        message: t('cli.init.organization'),
        placeholder: 'Acme Corp',
        validate: (value) =>
          reject(
            checkAnswer(configFromAnswers({...answers, organization: value ?? ''}), ['organization'], words),
          ),
      }),
    );
  }

  const industryStep = t('cli.init.step.industry');
  if (answers.industry === undefined) {
    answers.industry = await ask(
      prompts.select({
        ...common,
        message: t('cli.init.ask.industry', {step: industryStep}),
        initialValue: INIT_DEFAULTS.industry,
        options: INDUSTRY_IDS.map((id) => ({value: id, label: t(`common.industry.${id}`)})),
      }),
    );
  } else fromFlag(industryStep, answers.industry, 'industry');

  const complianceStep = t('cli.init.step.compliance');
  if (answers.compliance === undefined) {
    answers.compliance = await ask(
      prompts.multiselect({
        ...common,
        message: t('cli.init.ask.compliance', {step: complianceStep}),
        required: false,
        options: REGIME_IDS.map((id) => ({
          value: id,
          label: t(`${id}.label`),
          hint: t(`cli.init.nature.${REGIMES[id].nature}`),
        })),
      }),
    );
  } else fromFlag(complianceStep, answers.compliance.join(', ') || 'none', 'compliance');

  const toolsStep = t('cli.init.step.tools');
  if (answers.tools === undefined || answers.tools.length === 0) {
    prompts.log.step(t('cli.init.ask.tools', {step: toolsStep}), common);
    answers.tools = [];
    for (;;) {
      const tool = await askTool(answers, common, t, words);
      if (tool === undefined) break;
      answers.tools.push(tool);
    }
  } else fromFlag(toolsStep, answers.tools.map((tool) => tool.name).join(', '), 'tool');

  // The industry, answered above, decides the classes: a defense contractor is offered its CUI class.
  const dataClasses = initDataClasses(answers.industry);
  for (const [index, dataClass] of dataClasses.entries()) {
    const step = t('cli.init.step.data', {index: index + 1, count: dataClasses.length});
    const rules = answers.rules as Partial<Record<InitClassId, string>>;
    const flagged = rules[dataClass.id];
    if (flagged !== undefined) {
      fromFlag(step, `${dataClass.name}: ${flagged}`, dataClass.flag);
      continue;
    }
    rules[dataClass.id] = await ask(
      prompts.select({
        ...common,
        message: t('cli.init.ask.data', {step, name: dataClass.name}),
        initialValue: dataClass.defaultRule,
        options: DATA_CLASS_RULES.map((rule) => ({value: rule, label: t(`common.rule.${rule}`)})),
      }),
    );
  }

  const postureStep = t('cli.init.step.posture');
  if (answers.posture === undefined) {
    answers.posture = await ask(
      prompts.select({
        ...common,
        message: t('cli.init.ask.posture', {step: postureStep}),
        initialValue: INIT_DEFAULTS.posture,
        options: POSTURES.map((posture) => ({
          value: posture,
          label: t(`cli.init.posture.${posture}`),
          // The statement names the organization, asked in step 1.
          hint: t(`common.posture-statement.${posture}`, {
            organization: answers.organization ?? '',
          }),
        })),
      }),
    );
  } else fromFlag(postureStep, answers.posture, 'posture');

  if (answers.owner === undefined) {
    answers.owner = await ask(
      prompts.text({
        ...common,
        message: t('cli.init.owner'),
        placeholder: t('cli.init.owner-placeholder'),
        validate: (value) =>
          reject(checkAnswer(configFromAnswers({...answers, owner: value ?? ''}), ['owner'], words)),
      }),
    );
  }
  return answers;
}

/** Asks the summary's question: write the file or not. */
export async function confirmWrite(
  summary: string[],
  file: string,
  io: CliIo,
  language: PolicyLanguage,
): Promise<boolean> {
  const common = {input: io.stdin, output: io.stdout};
  prompts.note(summary.join('\n'), messageText(language, 'cli.init.summary'), common);
  return ask(
    prompts.confirm({
      ...common,
      message: messageText(language, 'cli.init.confirm', {file}),
      initialValue: true,
    }),
  );
}

type Common = {input: CliIo['stdin']; output: CliIo['stdout']};

/**
 * One tool: a name (or the `--tool` shorthand `name:agreement[:ceiling]`, checked as a whole), then, for
 * a bare name, its agreement and optional ceiling as choices. Undefined when the name is left empty.
 */
async function askTool(
  answers: InitAnswers,
  common: Common,
  t: (id: MessageId, slots?: Slots) => string,
  words: ReportWords,
): Promise<ToolAnswer | undefined> {
  const tools = answers.tools ?? [];
  const index = tools.length;
  const spec = await ask(
    prompts.text({
      ...common,
      message: t('cli.init.tool.name', {index: index + 1}),
      placeholder: index === 0 ? 'GitHub Copilot' : t('cli.init.tool.done-placeholder'),
      validate: (value) => {
        const typed = value?.trim() ?? '';
        // An empty first answer is judged as "no tools": the config says why that is not allowed.
        if (typed === '')
          return index === 0
            ? reject(checkAnswer(configFromAnswers({...answers, tools: []}), ['tools'], words))
            : undefined;
        const draft = configFromAnswers({...answers, tools: [...tools, parseToolSpec(typed)]});
        return reject(checkAnswer(draft, ['tools', index], words));
      },
    }),
  );
  if (spec.trim() === '') return undefined;
  const tool = parseToolSpec(spec);
  if (tool.agreement !== undefined) return tool;

  const agreement = await ask(
    prompts.select({
      ...common,
      message: t('cli.init.tool.agreement', {tool: printable(tool.name)}),
      initialValue: 'standard',
      options: AGREEMENTS.map((id) => ({value: id, label: id, hint: t(`common.agreement.${id}`)})),
    }),
  );
  const ceiling = await ask(
    prompts.select<string>({
      ...common,
      message: t('cli.init.tool.ceiling', {tool: printable(tool.name)}),
      initialValue: '',
      options: [
        {value: '', label: t('cli.init.tool.no-ceiling')},
        ...initDataClasses(answers.industry).map((dataClass) => ({
          value: dataClass.id,
          label: t('cli.init.tool.at-most', {name: dataClass.name}),
        })),
      ],
    }),
  );
  return {name: tool.name, agreement, ...(ceiling ? {maxDataClass: ceiling} : {})};
}

/** A prompt's answer, or `WizardCancelled` when the user pressed Ctrl-C or Escape. */
async function ask<T>(answer: Promise<T>): Promise<Exclude<T, symbol>> {
  const value = await answer;
  if (prompts.isCancel(value)) throw new WizardCancelled();
  return value as Exclude<T, symbol>;
}

/** A rejected answer's reason for the prompt to show, or undefined to accept it. */
function reject(problems: ReturnType<typeof checkAnswer>): string | undefined {
  if (problems.length === 0) return undefined;
  return problems
    .map((problem) => (problem.within ? `${problem.within}: ${problem.text}` : problem.text))
    .join('; ');
}
