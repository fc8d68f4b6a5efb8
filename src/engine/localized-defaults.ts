import {DEFAULT_DATA_CLASSES, type PolicyConfig} from '../config/schema.js';
import type {PolicyLanguage} from './context.js';
import {inlineText, toInlines} from './inline.js';
import {formatMessage, type MessageId, selectKey} from './messages.js';

/**
 * The config's defaults are words too: a policy that keeps the default data classes, turnaround or
 * approver reads them in its own language. A value the config wrote itself is a name and stays as written;
 * a default is recognized by being exactly the English default. English policies go through it too, for the
 * defaults that follow the industry.
 */
/**
 * The defaults that read the same whatever the industry, by config path: the diff and the history name an
 * unchanged default in the reader's language too, as the policy does.
 */
export const FIXED_DEFAULTS: Readonly<Record<string, {english: string; id: MessageId}>> = {
  'toolReview.turnaround': {english: 'one week', id: 'common.default.turnaround'},
  'budgets.anomalyResponse': {english: 'one business day', id: 'common.default.anomaly-response'},
  'exceptions.approver': {english: 'security owner', id: 'common.default.approver'},
};

/**
 * Who approves exceptions: the config's approver, or, when it kept the default, the policy's owner if it names
 * one (a role the header defines, not a "security owner" the policy never introduces). The diff reads it too,
 * so a change names the approver each side's page named.
 */
export function exceptionApprover(config: Pick<PolicyConfig, 'exceptions' | 'owner'>): string {
  const {approver} = config.exceptions;
  return approver === FIXED_DEFAULTS['exceptions.approver']!.english && config.owner
    ? config.owner
    : approver;
}

export function withLocalizedDefaults(config: PolicyConfig, language: PolicyLanguage): PolicyConfig {
  // Plain text: a default is a value in the config, which holds strings, never marked-up words.
  // Some defaults depend on the industry: a hospital's budget holder is not an engineering manager.
  const industry = selectKey(config.industry);
  const say = (id: MessageId) =>
    inlineText(toInlines(formatMessage(language.catalog, language.locale, id, {industry})));
  const keep = (value: string, path: string) => {
    const fallback = FIXED_DEFAULTS[path]!;
    return value === fallback.english ? say(fallback.id) : value;
  };
  const dataClasses = config.dataClasses.map((dataClass) => {
    const fallback = DEFAULT_DATA_CLASSES.find((candidate) => candidate.id === dataClass.id);
    if (!fallback || fallback.name !== dataClass.name) return dataClass;
    const prefix = `common.default-class.${dataClass.id}`;
    const sameExamples = (fallback.examples ?? []).join('\n') === dataClass.examples.join('\n');
    return {
      ...dataClass,
      name: say(`${prefix}.name` as MessageId),
      examples: sameExamples ? say(`${prefix}.examples` as MessageId).split(/\s?; /) : dataClass.examples,
    };
  });
  return {
    ...config,
    dataClasses,
    toolReview: {
      ...config.toolReview,
      turnaround: keep(config.toolReview.turnaround, 'toolReview.turnaround'),
    },
    budgets: {
      ...config.budgets,
      owner:
        config.budgets.owner === 'engineering manager'
          ? say('common.default.budget-owner')
          : config.budgets.owner,
      anomalyResponse: keep(config.budgets.anomalyResponse, 'budgets.anomalyResponse'),
    },
    exceptions: {
      ...config.exceptions,
      approver: keep(exceptionApprover(config), 'exceptions.approver'),
    },
  };
}
