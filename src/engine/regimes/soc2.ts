import {ids} from '../citations.js';
import {matrixLink} from '../phrases.js';
import type {Regime} from './regime.js';

const SOURCE = 'ciso-assistant-community soc2_2017_with_rev_2022.yaml';

export const soc2: Regime = {
  id: 'soc2',
  nature: 'attestation',
  canonicalUrl:
    'https://www.aicpa-cima.com/resources/download/2017-trust-services-criteria-with-revised-points-of-focus-2022',
  clauses: [
    {
      id: 'soc2.vendor-risk',
      duty: 'vendor-review',
      citation: [ids('CC9.2')],
      status: 'verified',
      source: SOURCE,
      checked:
        'CC9.2 and its point of focus on confidentiality commitments; the yearly review is the reference’s cadence, a company commitment',
    },
    {
      id: 'soc2.access',
      duty: 'accounts',
      citation: [ids('CC6.1', 'CC6.2', 'CC6.3')],
      status: 'verified',
      source: SOURCE,
      checked: 'CC6.1–6.3 are access criteria: provisioning, removal and role changes, not usage logs',
    },
    {
      id: 'soc2.monitoring',
      duty: 'accounts',
      citation: [ids('CC7.2')],
      status: 'partially',
      source: SOURCE,
      checked:
        'CC7.2 (monitoring system components for anomalies) is the nearest criterion; the retention period is the company’s evidence-retention schedule',
    },
    {
      id: 'soc2.transmission',
      duty: 'accounts',
      citation: [ids('CC6.7')],
      status: 'verified',
      source: SOURCE,
      checked: 'CC6.7 title',
    },
    {
      id: 'soc2.change',
      duty: 'code-review',
      citation: [ids('CC8.1')],
      status: 'verified',
      source: SOURCE,
      checked: 'CC8.1 title',
    },
    {
      id: 'soc2.confidential',
      citation: [ids('C1.1')],
      status: 'verified',
      source: SOURCE,
      checked: 'C1.1 applies only when Confidentiality is in the audit scope; the sentence says so',
      // Which tools may take confidential data is the matrix's to say; the sentence links to it.
      slots: (context) => ({matrix: matrixLink(context)}),
    },
    {
      id: 'soc2.communicate',
      duty: 'policy-review',
      citation: [ids('CC2.2')],
      status: 'verified',
      source: SOURCE,
      checked: 'CC2.2 (COSO Principle 14)',
    },
    {
      id: 'soc2.policies',
      duty: 'policy-review',
      citation: [ids('CC5.3')],
      status: 'verified',
      source: SOURCE,
      checked: 'CC5.3 (COSO Principle 12)',
    },
  ],
};
