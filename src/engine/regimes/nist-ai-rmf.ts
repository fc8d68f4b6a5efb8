import {paragraph} from '../inline.js';
import {asRole, reportTo, strongNames} from '../phrases.js';
import type {Regime} from './regime.js';

const AI_100_1 = 'ciso-assistant-community nist-ai-rmf-1.0.yaml';
const AI_600_1 = 'NIST AI 600-1';

export const nistAiRmf: Regime = {
  id: 'nist-ai-rmf',
  label: 'NIST AI RMF',
  title: 'NIST AI RMF obligations',
  instrument: 'NIST AI 100-1 (AI RMF 1.0) and NIST AI 600-1 (Generative AI Profile)',
  nature: 'framework',
  canonicalUrl: 'https://doi.org/10.6028/NIST.AI.100-1',
  intro: (context) => [
    paragraph(
      'The NIST AI Risk Management Framework and its Generative AI Profile are voluntary guidance, not law. ',
      `${context.config.organization} follows the recommended practices below so that risks from AI tools are governed, measured and handled on purpose.`,
    ),
  ],
  clauses: [
    {
      id: 'nist.legal',
      citation: 'GOVERN 1.1',
      status: 'verified',
      source: AI_100_1,
      sentence: (context) => {
        const w = context.wording;
        return [
          `The legal and regulatory requirements that apply to ${context.config.organization}’s use of AI ${w.must} be identified, documented and kept up to date alongside this policy.`,
        ];
      },
    },
    {
      id: 'nist.review',
      citation: 'GOVERN 1.5',
      status: 'verified',
      source: AI_100_1,
      sentence: (context) => {
        const w = context.wording;
        const {owner, review} = context.config;
        return [
          `Monitoring of AI risk ${w.must} have a named owner and a set frequency`,
          owner
            ? `: ${asRole(owner)}, at each ${review.cadence} review of this policy.`
            : `; here it follows the ${review.cadence} review of this policy.`,
        ];
      },
    },
    {
      id: 'nist.inventory',
      citation: 'GOVERN 1.6; GV-1.6-001',
      status: 'verified',
      source: `${AI_100_1}; ${AI_600_1}`,
      sentence: (context) => {
        const w = context.wording;
        return [
          `An inventory of AI systems, generative AI tools included, ${w.must} be kept current; it starts from the approved tools in this policy: `,
          ...strongNames(context.config.tools.map((tool) => tool.name)),
          '.',
        ];
      },
    },
    {
      id: 'nist.roles',
      citation: 'GOVERN 2.1',
      status: 'verified',
      source: AI_100_1,
      sentence: (context) => {
        const w = context.wording;
        const {owner, exceptions} = context.config;
        return [
          `Roles, responsibilities and lines of communication for AI risk ${w.must} be documented, including who owns this policy`,
          owner ? ` (${asRole(owner)})` : '',
          `, who approves exceptions (${asRole(exceptions.approver)}) and where incidents go (${reportTo(context)}).`,
        ];
      },
    },
    {
      id: 'nist.training',
      citation: 'GOVERN 2.2',
      status: 'verified',
      source: AI_100_1,
      sentence: (context) => {
        const w = context.wording;
        const {training} = context.config;
        return [
          `Staff and partners who use AI tools ${w.must} be trained on AI risk`,
          training.required
            ? `, through ${training.course ?? 'the AI tools training'}${training.refresh ? `, repeated ${training.refresh}` : ''}.`
            : '.',
        ];
      },
    },
    {
      id: 'nist.third-party',
      citation: 'GOVERN 6.1; GV-6.1-007',
      status: 'verified',
      source: `${AI_100_1}; ${AI_600_1}`,
      sentence: (context) => {
        const w = context.wording;
        return [
          `Risks from third-party AI, intellectual property infringement included, ${w.must} be covered by the vendor review, and company data ${w.must} reach only the generative AI providers that the data classification clears for it.`,
        ];
      },
    },
    {
      id: 'nist.contingency',
      citation: 'GOVERN 6.2',
      status: 'verified',
      source: AI_100_1,
      sentence: (context) => {
        const w = context.wording;
        return [
          `Any high-risk process that relies on a third-party AI system ${w.must} have a contingency plan for when that system fails, is withdrawn or changes behaviour.`,
        ];
      },
    },
    {
      id: 'nist.incidents',
      citation: 'MANAGE 4.3',
      status: 'verified',
      source: AI_100_1,
      sentence: (context) => {
        const w = context.wording;
        return [
          `AI incidents and errors ${w.must} be reported to ${reportTo(context)}, and how each one was handled ${w.must} be written down and shared with those affected.`,
        ];
      },
    },
    {
      id: 'nist.genai-aup',
      citation: 'GV-1.4-002; GV-6.1-010; GV-3.2-003',
      status: 'verified',
      source: AI_600_1,
      sentence: (context) => {
        const w = context.wording;
        const prohibited = context.config.useCases.prohibited;
        return [
          `The acceptable-use rules for generative AI ${w.must} be published openly, prohibit illegal use, apply to contractors as well as employees, and define the kinds of request AI applications are to refuse`,
          prohibited.length > 0 ? `; the prohibited uses here include ${prohibited.join('; ')}.` : '.',
        ];
      },
    },
  ],
};
