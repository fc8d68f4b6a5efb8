import {citationText} from '../engine/citations.js';
import type {PolicyLanguage} from '../engine/context.js';
import {ENGLISH_LANGUAGE} from '../engine/context.js';
import {type MessageId, messageText} from '../engine/messages.js';
import type {ClauseReference, PolicyDocument} from '../engine/model.js';
import {REGIMES} from '../engine/regimes/index.js';

/**
 * Counsel's view: that the text is a generated draft to review before adoption, then for every clause the
 * policy cites, where it comes from, how far it was verified and the caveat that goes with it. The policy
 * text the workforce reads carries none of these notes; a reviewer
 * reads them here (`ai-policy render --reviewer`) or in the JSON download's `regimes[].clauses[]`.
 * The frame is worded in the policy's language (`messages/<locale>/reviewer.yml`), a regime clause's
 * citation in its lawyers' style, and the caveats come translated with the document; each clause's source
 * and what was checked are the verification record and stay as they were written, in English.
 */
export function renderReviewerNotes(
  document: PolicyDocument,
  language: PolicyLanguage = ENGLISH_LANGUAGE,
): string {
  const say = (id: string, slots: Record<string, string> = {}) =>
    messageText(language, `reviewer.${id}` as MessageId, slots);
  const {clauses, duties, sectorClauses} = document.facts;
  if (clauses.length === 0 && sectorClauses.length === 0)
    return `## ${say('heading')}\n\n${document.reviewerNote}\n\n${say('no-regime')}\n`;
  const said = new Map(duties.map((duty) => [duty.id, duty.section]));
  const lines = [`## ${say('heading')}`, '', document.reviewerNote, ''];
  lines.push(say('intro'), '');
  for (const clause of clauses) {
    const duty = clause.duty
      ? {duty: clause.duty, section: said.get(clause.duty) ?? say('no-section')}
      : {duty: 'none', section: ''};
    const {citation, status, source, checked} = clause;
    lines.push(
      `- **${clause.id}** ${say('clause', {citation: localCitation(clause, language) ?? citation, status, source, checked, ...duty})}`,
    );
    if (clause.caveat) lines.push(`  - ${say('caveat', {caveat: clause.caveat})}`);
  }
  // The law a class's categories bring is cited whatever the regimes: it is checked the same way.
  for (const clause of sectorClauses) {
    const {citation, status, source, checked, section, nature} = clause;
    lines.push(
      `- **${clause.id}** ${say('sector-clause', {citation, status, source, checked, section, nature})}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A regime clause's citation as the language's lawyers write it, from its parts; null for English. */
function localCitation(clause: ClauseReference, language: PolicyLanguage): string | null {
  if (language === ENGLISH_LANGUAGE) return null;
  const parts = REGIMES[clause.regime].clauses.find((candidate) => candidate.id === clause.id)?.citation;
  return parts ? citationText(parts, language.locale) : null;
}
