import type {Agreement} from '../vocabulary/config-values.js';
import type {PolicyContext} from './context.js';
import {type InlineInput, joinNames, strong} from './inline.js';
import {sayText} from './messages.js';

/**
 * Phrases that several sections and regimes quote from the config. One wording each, so the policy says
 * the same thing the same way wherever it appears.
 */

/** Bold names as prose: **A**, **B** and **C**. */
export function strongNames(names: readonly string[], conjunction = 'and'): InlineInput[] {
  return names.flatMap((name, index) => [
    ...(index === 0 ? [] : [index === names.length - 1 ? ` ${conjunction} ` : ', ']),
    strong(name),
  ]);
}

/** Who hears about incidents: the configured contact and channel, or the security team. */
export function reportTo(context: PolicyContext): string {
  const {contact, channel} = context.config.incidents;
  if (contact && channel) return `${contact} (${channel})`;
  return contact ?? channel ?? 'the security team';
}

/** A role written in lowercase reads as one with an article: "security owner" → "the security owner". */
export function asRole(who: string): string {
  return isRole(who) ? `the ${who}` : who;
}

/** "owned by its engineering manager", but "owned by Jane Doe": a named person takes no possessive. */
export function possessiveRole(who: string): string {
  return isRole(who) ? `its ${who}` : who;
}

/** "security owner" and "CISO" are roles; "Jane Doe" and "security@acme.example" are not. */
function isRole(who: string): boolean {
  if (/^[A-Z]{2,6}$/.test(who)) return true;
  // "Security team", "Privacy Office": a group named by its function reads with an article too.
  if (/^[A-Z][\w&]*(\s[\w&]+)*\s(team|group|office|department|committee|council|board)$/i.test(who))
    return true;
  return /^[a-z]/.test(who) && !/^(the|a|an|its|their)\s|[@#/]/i.test(who);
}

/** Who answers questions about the policy: its owner when one is named, otherwise the security team. */
export function policyContact(context: PolicyContext): string {
  return context.config.owner ? asRole(context.config.owner) : 'the security team';
}

/** "an enterprise data agreement and a BAA", in the policy's language. */
export function agreementsPhrase(context: PolicyContext, agreements: readonly Agreement[]): string {
  return joinNames(agreements.map((agreement) => sayText(context, `common.agreement.${agreement}`)));
}

/** When the AI training has to be done, as a phrase that follows "completed ...". */
export function trainingDeadline(context: PolicyContext): string {
  return context.config.training.before === 'access'
    ? 'before getting access to AI tools'
    : 'before first using an AI tool';
}
