import type {DraftBlock} from '../anchors.js';
import {labelledCitation} from '../citations.js';
import type {PolicyContext} from '../context.js';
import {dutySaidIn} from '../duties.js';
import {bulletList, citation, code, heading, type InlineInput} from '../inline.js';
import {say, sayText} from '../messages.js';
import {REGIMES} from '../regimes/index.js';
import {LEGAL_DUTY} from '../wording.js';
import {publishedContentDisclosure} from './regime-section.js';
import type {SectionBuilder} from './section.js';

/**
 * The licence check on copied code, said once: here, where developers look. With ISO/IEC 27001 selected it is
 * its A.5.32 (intellectual property rights) duty, binding and cited; the ISO section keeps only the rule on
 * third-party inputs.
 */
function licenseCheck(context: PolicyContext): InlineInput[] {
  if (!context.config.compliance.includes('iso27001')) return say(context, 'code-review.license');
  const clause = REGIMES.iso27001.clauses.find((candidate) => candidate.id === 'iso27001.ip')!;
  return [
    ...say({...context, wording: LEGAL_DUTY}, 'code-review.license'),
    ' ',
    citation(labelledCitation(sayText(context, 'iso27001.label'), clause.citation, context.locale)),
  ];
}

export const codeReview: SectionBuilder = (context) => {
  const {disclosure} = context.config;
  const rules: InlineInput[][] = [
    dutySaidIn(context, 'code-review', 'code-review'),
    say(context, 'code-review.ownership'),
    licenseCheck(context),
    // Secret scanning is a developer's tool: it sits with code review, not in the data rules clinicians and
    // clerks read.
    say(context, 'code-review.secret-scanning'),
  ];
  const disclosures: InlineInput[][] = [];
  if (disclosure.commitTrailer)
    disclosures.push(say(context, 'code-review.trailer', {trailer: code(disclosure.commitTrailer)}));
  if (disclosure.pullRequests) disclosures.push(say(context, 'code-review.pull-requests'));
  if (disclosure.publishedContent) disclosures.push(publishedContentDisclosure(context));
  if (disclosure.customerFacing) disclosures.push(say(context, 'code-review.customer-facing'));
  const blocks: DraftBlock[] = [bulletList(rules.filter((rule) => rule.length > 0))];
  if (disclosures.length > 0)
    blocks.push(heading(1, sayText(context, 'code-review.disclosure-heading')), bulletList(disclosures));
  return {
    title: sayText(context, 'code-review.title'),
    summary: sayText(context, 'code-review.summary'),
    blocks,
  };
};
