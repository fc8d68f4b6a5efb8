import {joinNames, paragraph} from '../inline.js';
import {CADENCE_PHRASES} from '../labels.js';
import {asRole, policyContact, reportTo} from '../phrases.js';
import type {Regime} from './regime.js';

const SOURCE = 'ciso-assistant-community iso42001-2023.yaml';

export const iso42001: Regime = {
  id: 'iso42001',
  label: 'ISO/IEC 42001',
  title: 'ISO/IEC 42001 obligations',
  instrument: 'ISO/IEC 42001:2023',
  nature: 'certification',
  canonicalUrl: 'https://www.iso.org/standard/81230.html',
  intro: (context) => [
    paragraph(
      'ISO/IEC 42001 is a certifiable standard for AI management systems, not a law. ',
      `If ${context.config.organization} seeks or holds certification, the controls below are what the auditor expects to find behind its use of AI tools.`,
    ),
  ],
  clauses: [
    {
      id: 'iso42001.policy',
      citation: '5.2; A.2.2',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        return [
          `This document ${w.must} serve as the documented AI policy: approved by top management and available to everyone it applies to.`,
        ];
      },
    },
    {
      id: 'iso42001.alignment',
      citation: 'A.2.3',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        return [
          `The AI policy ${w.must} stay consistent with the information security, privacy and other company policies; where two rules overlap, the stricter one applies.`,
        ];
      },
    },
    {
      id: 'iso42001.review',
      citation: 'A.2.4',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        const {cadence, lastReviewed} = context.config.review;
        return [
          `The AI policy ${w.must} be reviewed at planned intervals, here ${CADENCE_PHRASES[cadence]}`,
          lastReviewed ? ` (last reviewed on ${lastReviewed}).` : '.',
        ];
      },
    },
    {
      id: 'iso42001.roles',
      citation: 'A.3.2',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        const {owner, exceptions, toolReview} = context.config;
        return [
          `Responsibilities for AI ${w.must} be assigned by name or role: `,
          owner ? `${asRole(owner)} owns this policy, ` : '',
          `${asRole(exceptions.approver)} approves exceptions, and new tool requests go to ${toolReview.contact ?? policyContact(context)}.`,
        ];
      },
    },
    {
      id: 'iso42001.concerns',
      citation: 'A.3.3',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        return [
          `Concerns about an AI tool or its output ${w.must} be raised with ${reportTo(context)}. `,
          'Raising one in good faith is never held against anyone.',
        ];
      },
    },
    {
      id: 'iso42001.use',
      citation: 'A.9.2; A.9.3; A.9.4',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        const encouraged = context.config.useCases.encouraged;
        return [
          `Each approved AI tool ${w.must} have a defined intended use and objectives, and using it outside them needs a new review`,
          encouraged.length > 0
            ? `; the intended uses at ${context.config.organization} are: ${encouraged.join('; ')}.`
            : '.',
        ];
      },
    },
    {
      id: 'iso42001.third-party',
      citation: 'A.10.2; A.10.3',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        const vendors = [
          ...new Set(
            context.config.tools.flatMap((tool) => (tool.vendor === undefined ? [] : [tool.vendor])),
          ),
        ];
        return [
          `Responsibilities between ${context.config.organization} and each AI supplier (for data, security and incidents) ${w.must} be allocated in writing, and suppliers are managed through the supplier process`,
          vendors.length > 0 ? `; today that means ${joinNames(vendors)}.` : '.',
        ];
      },
    },
  ],
};
