import type {PolicyContext} from './context.js';
import {type InlineInput, strong} from './inline.js';

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
  return /^[a-z]/.test(who) && !/^(the|a|an)\s|[@#/]/i.test(who) ? `the ${who}` : who;
}

/** When the AI training has to be done, as a phrase that follows "completed ...". */
export function trainingDeadline(context: PolicyContext): string {
  return context.config.training.before === 'access'
    ? 'before getting access to AI tools'
    : 'before first using an AI tool';
}
