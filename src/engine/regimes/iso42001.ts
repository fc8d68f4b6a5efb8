import {annexA, isoClause} from '../citations.js';
import type {Regime} from './regime.js';

const SOURCE = 'ciso-assistant-community iso42001-2023.yaml';
const TITLE = 'control title';

export const iso42001: Regime = {
  id: 'iso42001',
  nature: 'certification',
  canonicalUrl: 'https://www.iso.org/standard/81230.html',
  clauses: [
    {
      id: 'iso42001.policy',
      duty: 'policy-review',
      citation: [isoClause('5.2'), annexA('A.2.2')],
      status: 'verified',
      source: SOURCE,
      checked: TITLE,
    },
    {
      id: 'iso42001.alignment',
      citation: [annexA('A.2.3')],
      status: 'verified',
      source: SOURCE,
      checked: TITLE,
    },
    {
      id: 'iso42001.review',
      duty: 'policy-review',
      citation: [annexA('A.2.4')],
      status: 'verified',
      source: SOURCE,
      checked: TITLE,
    },
    {
      id: 'iso42001.roles',
      // Both are things this policy does for the AI management system: one sentence, both controls cited.
      saidWith: 'iso42001.alignment',
      citation: [annexA('A.3.2')],
      status: 'verified',
      source: SOURCE,
      checked: TITLE,
    },
    {
      id: 'iso42001.concerns',
      duty: 'incident-reporting',
      citation: [annexA('A.3.3')],
      status: 'verified',
      source: SOURCE,
      checked: TITLE,
    },
    {
      id: 'iso42001.impact',
      citation: [isoClause('6.1.4'), annexA('A.5')],
      status: 'reported',
      source:
        'secondary summaries of ISO/IEC 42001:2023 (clause 6.1.4 and Annex A group A.5, assessing impacts of AI systems); the standard was not opened',
      checked:
        'that an impact assessment on individuals, groups and society is required and documented; control numbers inside A.5 are not cited',
      caveat: 'iso42001.caveat-reported',
    },
    {
      id: 'iso42001.use',
      citation: [annexA('A.9.2', 'A.9.3', 'A.9.4')],
      status: 'verified',
      source: SOURCE,
      checked: 'A.9.4: use according to the documented intended use, not a closed list of uses',
    },
    {
      id: 'iso42001.third-party',
      duty: 'vendor-review',
      citation: [annexA('A.10.2', 'A.10.3')],
      status: 'verified',
      source: SOURCE,
      checked: TITLE,
    },
  ],
};
