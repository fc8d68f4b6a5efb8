import {INDUSTRY_FRAMING} from '../industry.js';
import {paragraph, strong} from '../inline.js';
import type {SectionBuilder} from './section.js';

export const purposeAndScope: SectionBuilder = ({config, wording}) => {
  const framing = INDUSTRY_FRAMING[config.industry];
  const org = config.organization;
  const postureSentence =
    wording.posture === 'mandatory'
      ? `Following it is a condition of access to ${org}'s systems, data and code. ${wording.consequence}`
      : `It sets out the practice ${org} expects and the reasons behind it. ${wording.consequence}`;
  return {
    title: 'Purpose and scope',
    summary: `Why ${org} has an AI tool usage policy, who it applies to and how binding it is.`,
    blocks: [
      paragraph(
        'This policy applies to everyone who works with ',
        strong(org),
        "'s systems, data or code (employees, contractors and vendors alike) whenever they use an AI assistant, a code generator, a chat tool or an AI feature built into another product, on any device.",
      ),
      paragraph(
        `Its aim is to let people use AI tools productively while protecting ${framing.stakes}. `,
        `The data at risk is ${framing.sensitiveData}; a careless prompt could mean ${framing.harm}.`,
      ),
      paragraph(postureSentence),
    ],
  };
};
