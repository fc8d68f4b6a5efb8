import {ids} from '../citations.js';
import type {Regime} from './regime.js';

const AI_100_1 = 'ciso-assistant-community nist-ai-rmf-1.0.yaml';
const AI_600_1 = 'NIST AI 600-1';
const TITLE = 'subcategory text';

export const nistAiRmf: Regime = {
  id: 'nist-ai-rmf',
  nature: 'framework',
  canonicalUrl: 'https://doi.org/10.6028/NIST.AI.100-1',
  clauses: [
    {id: 'nist.legal', citation: [ids('GOVERN 1.1')], status: 'verified', source: AI_100_1, checked: TITLE},
    {
      id: 'nist.review',
      duty: 'policy-review',
      citation: [ids('GOVERN 1.5')],
      status: 'verified',
      source: AI_100_1,
      checked: TITLE,
    },
    {
      id: 'nist.inventory',
      // What to document and keep current (laws, inventory, roles): one sentence with its three subcategories.
      saidWith: 'nist.legal',
      citation: [ids('GOVERN 1.6', 'GV-1.6-001')],
      status: 'verified',
      source: `${AI_100_1}; ${AI_600_1}`,
      checked: 'final July 2024 action ids',
    },
    {
      id: 'nist.roles',
      saidWith: 'nist.legal',
      citation: [ids('GOVERN 2.1')],
      status: 'verified',
      source: AI_100_1,
      checked: TITLE,
    },
    {
      id: 'nist.training',
      duty: 'training',
      citation: [ids('GOVERN 2.2')],
      status: 'verified',
      source: AI_100_1,
      checked: TITLE,
    },
    {
      id: 'nist.third-party',
      duty: 'vendor-review',
      citation: [ids('GOVERN 6.1', 'GV-6.1-007')],
      status: 'verified',
      source: `${AI_100_1}; ${AI_600_1}`,
      checked: TITLE,
    },
    {
      id: 'nist.contingency',
      citation: [ids('GOVERN 6.2')],
      status: 'verified',
      source: AI_100_1,
      checked: TITLE,
    },
    {
      id: 'nist.incidents',
      duty: 'incident-reporting',
      citation: [ids('MANAGE 4.3')],
      status: 'verified',
      source: AI_100_1,
      checked: TITLE,
    },
  ],
};
