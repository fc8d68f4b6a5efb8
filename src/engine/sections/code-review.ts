import type {DraftBlock} from '../anchors.js';
import {dutySaidIn} from '../duties.js';
import {bulletList, code, heading, type InlineInput} from '../inline.js';
import {say, sayText} from '../messages.js';
import {publishedContentDisclosure} from './regime-section.js';
import type {SectionBuilder} from './section.js';

export const codeReview: SectionBuilder = (context) => {
  const {disclosure} = context.config;
  const rules: InlineInput[][] = [
    dutySaidIn(context, 'code-review', 'code-review'),
    say(context, 'code-review.ownership'),
    say(context, 'code-review.license'),
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
