import {INDUSTRY_FRAMING} from '../industry.js';
import {paragraph, strong} from '../inline.js';
import {asRole} from '../phrases.js';
import {REGIMES} from '../regimes/index.js';
import type {SectionBuilder} from './section.js';

export const purposeAndScope: SectionBuilder = ({config, wording}) => {
  const framing = INDUSTRY_FRAMING[config.industry];
  const org = config.organization;
  const approver = asRole(config.exceptions.approver);
  const bindingRegimes = config.compliance.filter((id) => REGIMES[id].nature !== 'framework');
  const postureSentence =
    wording.posture === 'mandatory'
      ? `Following it is a condition of access to ${org}'s systems, data and code. A breach of this policy suspends the person’s access to AI tools until ${approver} restores it, and repeated or deliberate breaches go through the disciplinary process.`
      : `It sets out the practice ${org} expects and the reasons behind it. A departure from this guidance is discussed with the team lead, so that the policy or the tooling can improve.${
          bindingRegimes.length > 0
            ? ' The duties in the sections on law and audit criteria are not guidance: they apply as written, whatever this policy’s posture.'
            : ''
        }`;
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
