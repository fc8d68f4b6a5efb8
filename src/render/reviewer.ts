import {labelledCitation} from '../engine/citations.js';
import type {PolicyLanguage} from '../engine/context.js';
import {ENGLISH_LANGUAGE} from '../engine/context.js';
import {citedBy, type RegimeDutyId} from '../engine/duties.js';
import {type MessageId, messageText, selectKey} from '../engine/messages.js';
import type {ClauseReference, DutyFacts, PolicyDocument} from '../engine/model.js';
import {REGIMES} from '../engine/regimes/index.js';

/**
 * Counsel's view: that the text is a generated draft to review before adoption, then for every clause the
 * policy cites, where it comes from, how far it was verified and the caveat that goes with it. The policy
 * text the workforce reads carries none of these notes; a reviewer
 * reads them here (`ai-policy render --reviewer`) or in the JSON download's `regimes[].clauses[]`.
 * The frame is worded in the policy's language (`messages/<locale>/reviewer.yml`), a regime clause's
 * citation in its lawyers' style, and the caveats come translated with the document; each clause's source
 * and what was checked are the verification record and stay as they were written, in English, which the
 * frame says next to them so no reader takes them for a translation. A duty is named by its name and a
 * section by its title in the policy's language, never by their ids.
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
  const said = new Map(duties.map((duty) => [duty.id, duty]));
  const titles = new Map(document.sections.map((section) => [section.id, section.title]));
  const inSection = (id: string | null) => {
    const title = id === null ? undefined : titles.get(id);
    return title === undefined ? say('no-section') : say('section', {title});
  };
  const lines = [`## ${say('heading')}`, '', document.reviewerNote, ''];
  lines.push(say('intro'), '');
  for (const clause of clauses) {
    const facts = clause.duty ? said.get(clause.duty) : undefined;
    const duty = clause.duty
      ? {
          duty: dutyName(clause.duty as RegimeDutyId, facts, language),
          section: inSection(facts?.section ?? null),
        }
      : {duty: 'none', section: ''};
    const {status, source, checked} = clause;
    // The clause by its citation, as the policy cites it; its record id last, for whoever edits the record.
    lines.push(
      `- ${say('clause', {citation: labelled(clause, language), status, source, checked, ...duty, id: clause.id})}`,
    );
    if (clause.caveat) lines.push(`  - ${say('caveat', {caveat: clause.caveat})}`);
  }
  // The law a class's categories bring is cited whatever the regimes: it is checked the same way.
  for (const clause of sectorClauses) {
    const {citation, status, source, checked, section, nature} = clause;
    lines.push(
      // An ICU select key has no hyphen: `contractual-standard` is `contractual_standard` in the message.
      `- ${say('sector-clause', {citation, status, source, checked, section: inSection(section), nature: selectKey(nature), id: clause.id})}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A duty as the policy names it where a regime section points to it (`common.duty.*`): training is "AI
 * literacy" only where the EU AI Act (Art. 4) is among its sources, logs are named only under SOC 2 CC7.2.
 */
function dutyName(id: RegimeDutyId, facts: DutyFacts | undefined, language: PolicyLanguage): string {
  return messageText(language, `common.duty.${id}`, {
    literacy: citedBy(facts, 'euaiact.literacy'),
    logging: citedBy(facts, 'soc2.monitoring'),
  });
}

/**
 * A regime clause's citation with its instrument, as the language's lawyers write it and the policy cites it:
 * "HIPAA §164.408", « RGPD, art. 28, § 1 à 3 », „Art. 28 Abs. 1–3 DSGVO“.
 */
function labelled(clause: ClauseReference, language: PolicyLanguage): string {
  const parts = REGIMES[clause.regime].clauses.find((candidate) => candidate.id === clause.id)?.citation;
  const label = messageText(language, `${clause.regime}.label` as MessageId);
  return parts ? labelledCitation(label, parts, language.locale) : `${label} ${clause.citation}`;
}
