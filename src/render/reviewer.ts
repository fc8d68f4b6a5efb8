import type {PolicyDocument} from '../engine/model.js';

/**
 * Counsel's view: that the text is a generated draft to review before adoption, then for every clause the
 * policy cites, where it comes from, how far it was verified and the caveat that goes with it. The policy
 * text the workforce reads carries none of these notes; a reviewer
 * reads them here (`ai-policy render --reviewer`) or in the JSON download's `regimes[].clauses[]`.
 */
export function renderReviewerNotes(document: PolicyDocument): string {
  const {clauses, duties, sectorClauses} = document.facts;
  if (clauses.length === 0 && sectorClauses.length === 0)
    return `## Reviewer notes\n\n${document.reviewerNote}\n\nNo regime is selected: the policy cites no clause.\n`;
  const said = new Map(duties.map((duty) => [duty.id, duty.section]));
  const lines = ['## Reviewer notes', '', document.reviewerNote, ''];
  lines.push(
    'Not part of the policy: how each cited clause was verified. Check every clause not marked verified against its official text before adoption.',
    '',
  );
  for (const clause of clauses) {
    const where = clause.duty
      ? ` Said once as the duty "${clause.duty}", in ${said.get(clause.duty) ?? 'no section'}.`
      : '';
    lines.push(
      `- **${clause.id}** (${clause.citation}): ${clause.status}. Source: ${clause.source}. Checked: ${clause.checked}.${where}`,
    );
    if (clause.caveat) lines.push(`  - Caveat: ${clause.caveat}`);
  }
  // The law a class's categories bring is cited whatever the regimes: it is checked the same way.
  for (const clause of sectorClauses) {
    lines.push(
      `- **${clause.id}** (${clause.citation}): ${clause.status}. Source: ${clause.source}. Checked: ${clause.checked}. Said in ${clause.section}, binding (${clause.nature}).`,
    );
  }
  return `${lines.join('\n')}\n`;
}
