import {inlineText} from '../engine/inline.js';
import {DECISION_REASON_EXPLANATIONS} from '../engine/labels.js';
import type {Inline} from '../vocabulary/document-nodes.js';
import type {ClassRef, PolicyChange} from './model.js';

/**
 * The sentence for one change, as inline text (config strings are only ever `text` and `strong` values, so
 * every renderer escapes them). Plain and posture-neutral: "may now receive", never "must". Codes from the
 * engine (decision reasons, agreements, rules) go through lookups that fall back to the code itself, so a
 * code this module does not know yet still reads sensibly.
 */
export function describeChange(change: PolicyChange): Inline[] {
  switch (change.code) {
    case 'policy-created':
      return [
        t('Policy created for '),
        b(change.organization),
        t(
          `: ${count(change.tools.length, 'approved tool')} (${change.tools.join(', ')}), ${count(change.dataClasses.length, 'data class', 'data classes')}, `,
        ),
        t(
          change.regimes.length > 0
            ? `compliance regimes ${change.regimes.join(', ')}`
            : 'no compliance regime',
        ),
        t(`; posture ${change.posture}.`),
      ];
    case 'policy-deleted':
      return [
        t('The policy file was deleted: '),
        b(change.organization),
        t(' has no AI tool policy in this version.'),
      ];
    case 'decision-flipped':
      return change.allowed
        ? [
            b(change.tool),
            t(' may now receive '),
            b(change.dataClass.name),
            t(` (before: ${reasonLabel(change.previousReason)}).`),
          ]
        : [
            b(change.tool),
            t(' may no longer receive '),
            b(change.dataClass.name),
            t(`: ${reasonLabel(change.reason)}.`),
          ];
    case 'tool-added':
      return [
        t('New approved tool: '),
        b(change.tool),
        t(`, under ${agreementLabel(change.agreement)}`),
        ...(change.maxDataClass ? [t(', with the ceiling '), b(change.maxDataClass.name)] : []),
        t(change.receives.length > 0 ? '. It may receive: ' : '. It may receive no data class.'),
        ...classList(change.receives),
        ...(change.receives.length > 0 ? [t('.')] : []),
      ];
    case 'tool-removed':
      return [b(change.tool), t(' is no longer an approved tool.')];
    case 'tool-renamed':
      return [t('Tool renamed: '), b(change.from), t(' is now '), b(change.to), t('.')];
    case 'tool-agreement-changed':
      return [
        b(change.tool),
        t(`: its agreement changed from ${agreementLabel(change.from)} to ${agreementLabel(change.to)}.`),
      ];
    case 'tool-ceiling-changed':
      return ceilingChange(change);
    case 'tool-prohibited':
      return [
        b(change.tool),
        t(change.reason ? ` is now prohibited: ${change.reason}` : ' is now prohibited.'),
      ];
    case 'tool-unprohibited':
      return [b(change.tool), t(' is no longer on the list of prohibited tools.')];
    case 'unlisted-ceiling-changed':
      return change.to
        ? [
            t('Tools that are not on the list may now receive data up to '),
            b(change.to.name),
            t(wasCeiling(change.from)),
          ]
        : [t('Tools that are not on the list may no longer receive any data'), t(wasCeiling(change.from))];
    case 'class-added':
      return [
        t('New data class: '),
        b(change.dataClass.name),
        t(` (${ruleLabel(change.rule)}). `),
        t(
          change.receivers.length > 0
            ? `It may go into: ${change.receivers.join(', ')}.`
            : 'No approved tool may receive it.',
        ),
      ];
    case 'class-removed':
      return [t('Data class removed: '), b(change.dataClass.name), t('.')];
    case 'class-rule-changed':
      return [
        t('Data class '),
        b(change.dataClass.name),
        t(`: the rule changed from “${ruleLabel(change.from)}” to “${ruleLabel(change.to)}”.`),
      ];
    case 'class-renamed':
      return [t('Data class renamed: '), b(change.from), t(' is now '), b(change.to), t('.')];
    case 'class-categories-changed':
      return [
        t('Data class '),
        b(change.dataClass.name),
        t(
          `: ${[
            change.added.length > 0
              ? `now marked as containing ${change.added.map(categoryLabel).join(', ')}`
              : '',
            change.removed.length > 0
              ? `no longer marked as containing ${change.removed.map(categoryLabel).join(', ')}`
              : '',
          ]
            .filter(Boolean)
            .join('; ')}.`,
        ),
      ];
    case 'classes-reordered':
      return [
        t(
          `The data classes' order of sensitivity changed; least sensitive first, it is now: ${change.to.join(', ')}.`,
        ),
      ];
    case 'regime-added':
      return [t('New compliance regime: '), b(change.label), t(', with its own section and obligations.')];
    case 'regime-removed':
      return [t('Compliance regime removed: '), b(change.label), t('.')];
    case 'posture-changed':
      return [t('Posture changed from '), b(change.from), t(' to '), b(change.to), t('.')];
    case 'industry-changed':
      return [t('Industry changed from '), b(change.from), t(' to '), b(change.to), t('.')];
    case 'effective-date-changed':
      return [t(`Effective date changed from ${change.from} to `), b(change.to), t('.')];
    case 'reviewed':
      if (change.to === null) return [t(`The last-review date was removed (it was ${change.from}).`)];
      return [
        t('Reviewed on '),
        b(change.to),
        t(change.from ? ` (the review before: ${change.from}).` : ' (the first recorded review).'),
      ];
    case 'review-cadence-changed':
      return [t(`Review cadence changed from ${change.from} to `), b(change.to), t('.')];
    case 'exception-granted':
      return [
        t('Exception granted to '),
        b(change.who),
        t(
          `: ${change.what}, until ${change.expires}${change.approvedBy ? `, approved by ${change.approvedBy}` : ''}.`,
        ),
      ];
    case 'exception-removed':
      return [
        t('Exception for '),
        b(change.who),
        t(
          ` removed from the register: ${change.what} (${
            change.expired === true
              ? `expired on ${change.expires}`
              : change.expired === false
                ? `withdrawn before its expiry on ${change.expires}`
                : `expiry ${change.expires}`
          }).`,
        ),
      ];
    case 'exception-expiry-changed':
      return [
        t('Exception for '),
        b(change.who),
        t(` (${change.what}): it now expires on ${change.to} (before: ${change.from}).`),
      ];
    case 'section-added':
      return [t('New section: '), b(change.title), t('.')];
    case 'section-removed':
      return [t('Section removed: '), b(change.title), t('.')];
    case 'section-enabled':
      return [t('Section '), b(change.title), t(' is now part of the policy.')];
    case 'section-disabled':
      return [t('Section '), b(change.title), t(' is no longer part of the policy.')];
    case 'section-renamed':
      return [t('Section renamed: '), b(change.from), t(' is now '), b(change.to), t('.')];
    case 'section-text-changed':
      return [t('The text of the section '), b(change.title), t(' changed.')];
    case 'sections-reordered':
      return [t('The order of the sections changed.')];
    case 'use-case-added':
      return [
        t(change.kind === 'encouraged' ? 'New encouraged use: ' : 'New prohibited use: '),
        b(change.text),
        t('.'),
      ];
    case 'use-case-removed':
      return [
        t(
          change.kind === 'encouraged'
            ? 'No longer listed as an encouraged use: '
            : 'No longer listed as a prohibited use: ',
        ),
        b(change.text),
        t('.'),
      ];
    case 'setting-changed':
      return settingChange(change);
    default:
      return [t(`Changed: ${(change as {code: string}).code}.`)];
  }
}

/** The sentence as plain text, for logs and tests. */
export function describeChangeText(change: PolicyChange): string {
  return inlineText(describeChange(change));
}

const t = (value: string): Inline => ({type: 'text', value});
const b = (value: string): Inline => ({type: 'strong', children: [{type: 'text', value}]});

function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

function classList(classes: ClassRef[]): Inline[] {
  return classes.flatMap((dataClass, index) => [...(index > 0 ? [t('; ')] : []), b(dataClass.name)]);
}

function wasCeiling(from: ClassRef | null): string {
  return from ? ` (before: up to ${from.name}).` : ' (before: none).';
}

function ceilingChange(change: Extract<PolicyChange, {code: 'tool-ceiling-changed'}>): Inline[] {
  const {tool, from, to, direction} = change;
  if (to === null) return [b(tool), t(': its data ceiling was removed (it was '), b(from!.name), t(').')];
  if (from === null) return [b(tool), t(': it now has a data ceiling, '), b(to.name), t('.')];
  const verb = direction === 'raised' ? 'raised' : direction === 'lowered' ? 'lowered' : 'changed';
  return [b(tool), t(`: its data ceiling was ${verb} from `), b(from.name), t(' to '), b(to.name), t('.')];
}

/** An engine reason code in words; an unknown code is shown as it is. */
export function reasonLabel(code: string): string {
  return (DECISION_REASON_EXPLANATIONS as Record<string, string>)[code] ?? code;
}

const AGREEMENT_LABELS: Record<string, string> = {
  none: 'no agreement',
  standard: 'standard terms',
  enterprise: 'an enterprise data agreement',
  baa: 'a business associate agreement (BAA)',
};

export function agreementLabel(codes: readonly string[]): string {
  if (codes.length === 0) return 'no agreement';
  return codes.map((code) => AGREEMENT_LABELS[code] ?? code).join(' and ');
}

const RULE_LABELS: Record<string, string> = {
  'any-approved-tool': 'any approved tool',
  'enterprise-agreement-only': 'approved tools with an enterprise data agreement only',
  'baa-only': 'approved tools covered by a BAA only',
  never: 'never, in any AI tool',
};

export function ruleLabel(code: string): string {
  return RULE_LABELS[code] ?? code;
}

const CATEGORY_LABELS: Record<string, string> = {
  'personal-data': 'personal data',
  'special-category-data': 'special-category personal data',
  phi: 'protected health information (PHI)',
  'cardholder-data': 'cardholder data',
  credentials: 'credentials',
  'source-code': 'source code',
  'customer-data': 'customer data',
  confidential: 'confidential information',
};

function categoryLabel(code: string): string {
  return CATEGORY_LABELS[code] ?? code;
}

/** Names of settings by config path (top level) or by key (a tool's or a class's own keys). */
const SETTING_LABELS: Record<string, string> = {
  organization: 'Organization',
  owner: 'Policy owner',
  'training.required': 'Training required',
  'training.before': 'Training due',
  'training.course': 'Training course',
  'training.refresh': 'Training refresh',
  'disclosure.commitTrailer': 'Commit trailer for AI-assisted work',
  'disclosure.pullRequests': 'Disclosure of AI use in pull requests',
  'disclosure.publishedContent': 'Disclosure of AI use in published content',
  'disclosure.customerFacing': 'Disclosure to customers who talk to an AI',
  'toolReview.turnaround': 'Review turnaround for new tools',
  'toolReview.contact': 'Where to request a tool review',
  'budgets.owner': 'Budget owner',
  'budgets.period': 'Budget period',
  'budgets.anomalyResponse': 'Response time for spending anomalies',
  'budgets.tooling': 'Spend tracking tool',
  'exceptions.approver': 'Exception approver',
  'incidents.contact': 'Incident contact',
  'incidents.channel': 'Incident channel',
  vendor: 'vendor',
  conditions: 'conditions of use',
  url: 'link',
  examples: 'examples',
  reason: 'reason for the prohibition',
  approvedBy: 'approved by',
};

function settingChange(change: Extract<PolicyChange, {code: 'setting-changed'}>): Inline[] {
  const label = SETTING_LABELS[change.subject === null ? change.path : change.key] ?? change.key;
  const subject = change.subject === null ? [t(`${label}: `)] : [b(change.subject), t(`, ${label}: `)];
  const {from, to} = change;
  if (isLongText(from) || isLongText(to)) return [...subject, t('changed.')];
  if (from === null) return [...subject, t(sentence(`set to ${value(to)}`))];
  if (to === null) return [...subject, t(`removed (it was ${value(from)}).`)];
  return [...subject, t(sentence(`changed from ${value(from)} to ${value(to)}`))];
}

/** Ends a sentence with a period unless its last quoted value already ends with one. */
function sentence(text: string): string {
  return /[.!?]”$/.test(text) ? text : `${text}.`;
}

function isLongText(value: unknown): boolean {
  return typeof value === 'string' && (value.length > 160 || value.includes('\n'));
}

function value(setting: unknown): string {
  if (setting === true) return 'yes';
  if (setting === false) return 'no';
  if (Array.isArray(setting)) return setting.length === 0 ? 'none' : setting.map(value).join(', ');
  if (typeof setting === 'string') return `“${setting}”`;
  if (typeof setting === 'number') return String(setting);
  return JSON.stringify(setting);
}
