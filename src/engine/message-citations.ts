import {annexPoint, article, type Citation, cfr, citationText} from './citations.js';
import type {MessageId} from './messages.js';

/**
 * The citations a message names inside its sentence ("unless {article} allows it"), by message and slot.
 * They are parts like a clause's citation, so each language writes them its own way (« art. 22, § 2 »,
 * „Art. 22 Abs. 2“); `formatMessage` fills these slots, so no catalog writes a citation in English style.
 */
const MESSAGE_CITATIONS: Partial<Record<MessageId, Readonly<Record<string, Citation>>>> = {
  'approved-tools.automated-decisions': {article: [article(22, {paragraph: [2]})]},
  'gdpr.processor': {article: [article(28)]},
  'gdpr.processor-no-class': {article: [article(28)]},
  'gdpr.processor-closed': {article: [article(28)]},
  'gdpr.lawful-basis': {article: [article(9, {paragraph: [2]})]},
  'hipaa.caveat': {section: [cfr('164.410')]},
  'eu-ai-act.caveat': {marking: [article(50, {paragraph: [2]})], ban: [article(5)]},
  'eu-ai-act.deployer': {
    credit: [annexPoint('III', 5, ['b'])],
    education: [annexPoint('III', 3)],
    employment: [annexPoint('III', 4)],
  },
};

/** The citation slots of a message, written for `locale`; null for a message that names none. */
export function citationSlots(id: MessageId, locale: string): Record<string, string> | null {
  const cited = MESSAGE_CITATIONS[id];
  if (cited === undefined) return null;
  return Object.fromEntries(
    Object.entries(cited).map(([slot, citation]) => [slot, citationText(citation, locale)]),
  );
}
