import type {Agreement, DataClassRule} from '../vocabulary/config-values.js';
import type {PolicyContext} from './context.js';
import type {EffectiveRule} from './decisions.js';
import {type InlineInput, strong} from './inline.js';
import {say, sayText} from './messages.js';

/**
 * Phrases that several sections and regimes quote from the config. One wording each, so the policy says
 * the same thing the same way wherever it appears; the words are messages, so they follow the locale.
 */

/** Names as prose in the policy's language: "A", "A and B", "A, B and C". */
export function joinNames(context: PolicyContext, names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  const separator = sayText(context, 'common.list-separator');
  return sayText(context, 'common.list-and', {
    head: names.slice(0, -1).join(separator),
    last: names.at(-1)!,
  });
}

/** Phrases as prose, each kept as written (a link stays a link): A, B and C. */
export function joinInlines(context: PolicyContext, phrases: readonly InlineInput[][]): InlineInput[] {
  if (phrases.length <= 1) return phrases[0] ?? [];
  const separator = sayText(context, 'common.list-separator');
  const head = phrases
    .slice(0, -1)
    .flatMap((phrase, index) => [...(index === 0 ? [] : [separator]), ...phrase]);
  return say(context, 'common.list-and', {head, last: phrases.at(-1)!});
}

/** Bold names as prose: **A**, **B** and **C**. */
export function strongNames(context: PolicyContext, names: readonly string[]): InlineInput[] {
  if (names.length <= 1) return names.map((name) => strong(name));
  const separator = sayText(context, 'common.list-separator');
  const head = names
    .slice(0, -1)
    .flatMap((name, index) => [...(index === 0 ? [] : [separator]), strong(name)]);
  return say(context, 'common.list-and', {head, last: [strong(names.at(-1)!)]});
}

/** Who hears about incidents: the configured contact and channel, or the security team. */
export function reportTo(context: PolicyContext): string {
  const {contact, channel} = context.config.incidents;
  if (contact && channel) return `${contact} (${channel})`;
  return contact ?? channel ?? sayText(context, 'common.security-team');
}

/** A role written in lowercase reads as one with an article: "security owner" → "the security owner". */
export function asRole(context: PolicyContext, who: string): string {
  return isRole(who) ? sayText(context, 'common.role', {role: who}) : who;
}

/** "owned by its engineering manager", but "owned by Jane Doe": a named person takes no possessive. */
export function possessiveRole(context: PolicyContext, who: string): string {
  return isRole(who) ? sayText(context, 'common.role-possessive', {role: who}) : who;
}

/** "security owner" and "CISO" are roles; "Jane Doe" and "security@acme.example" are not. */
function isRole(who: string): boolean {
  if (/^[A-Z]{2,6}$/.test(who)) return true;
  // "Security team", "Privacy Office", "Data Protection Officer": a group or office named by its function
  // reads with an article too.
  if (/^[A-Z][\w&]*(\s[\w&]+)*\s(team|group|office|officer|department|committee|council|board)$/i.test(who))
    return true;
  return /^[a-z]/.test(who) && !/^(the|a|an|its|their)\s|[@#/]/i.test(who);
}

/** Who answers questions about the policy: its owner when one is named, otherwise the security team. */
export function policyContact(context: PolicyContext): string {
  return context.config.owner
    ? asRole(context, context.config.owner)
    : sayText(context, 'common.security-team');
}

/** "an enterprise data agreement and a BAA", in the policy's language. */
export function agreementsPhrase(context: PolicyContext, agreements: readonly Agreement[]): string {
  return joinNames(
    context,
    agreements.map((agreement) => sayText(context, `common.agreement.${agreement}`)),
  );
}

/**
 * The small "(set by <baseline>)" after a tool or class that a baseline (`extends`) set, so a reader of a
 * team's handbook sees which rules are the organization's and which the team's own. Nothing otherwise.
 */
export function setByMarker(context: PolicyContext, baseline: string | null | undefined): InlineInput[] {
  return baseline ? [' ', sayText(context, 'common.set-by', {baseline})] : [];
}

/** "Enterprise agreement and BAA (HIPAA, GDPR)": a class's effective rule, with the rules that tightened it. */
export function effectiveRuleLabel(
  context: PolicyContext,
  rule: EffectiveRule,
  written: DataClassRule,
  classId: string,
): string {
  // A class the matrix's "Other tools" row opens goes to any tool not prohibited, listed or not: "Any
  // approved tool" would say less than the matrix beside it.
  if (!rule.never && rule.requires.length === 0 && context.table.unlistedMayReceive(classId))
    return sayText(context, 'common.effective-rule-any-tool', {
      prohibited: context.config.prohibitedTools.length > 0 ? 'yes' : 'no',
    });
  const selfHosted = context.config.tools.some((tool) => tool.agreement.includes('self-hosted'));
  // A rule no hard rule changed reads as the config wrote it.
  if (rule.tightenedBy.length === 0 && !(selfHosted && rule.requires.length > 0))
    return sayText(context, `common.rule.${written}`);
  const requires =
    rule.requires.length === 0 ? 'none' : rule.requires.length === 1 ? rule.requires[0]! : 'both';
  return sayText(context, 'common.effective-rule', {
    never: rule.never ? 'yes' : 'no',
    requires,
    selfHosted: selfHosted && rule.requires.length > 0 ? 'yes' : 'no',
    by:
      rule.tightenedBy.length === 0
        ? ''
        : sayText(context, 'common.effective-rule-by', {
            rules: joinNames(
              context,
              rule.tightenedBy.map((reason) => sayText(context, `common.rule-by.${reason}`)),
            ),
          }),
  });
}

/**
 * "the matrix", linked to the data classification section that shows it, for sentences that send a reader
 * there instead of restating its cells; plain words when that section is switched off.
 */
export function matrixLink(context: PolicyContext): InlineInput {
  const words = sayText(context, 'common.matrix-link');
  if (context.config.sections.disable.includes('data-classification')) return words;
  return {type: 'link', url: '#data-classification', children: [{type: 'text', value: words}]};
}
