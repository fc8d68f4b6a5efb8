import {type ControlFramework, mapping} from './framework.js';

const CLAUSE = 'the clause cites this criterion (src/engine/regimes/soc2.ts)';

/** SOC 2: ids checked in ciso-assistant-community soc2_2017_with_rev_2022.yaml; titles are our paraphrase. */
export const soc2Controls: ControlFramework = {
  id: 'soc2',
  label: 'SOC 2',
  edition: 'Trust Services Criteria 2017 (revised points of focus 2022)',
  regime: 'soc2',
  voluntary: false,
  source:
    'ciso-assistant-community @ f990d7b1, backend/library/libraries/soc2_2017_with_rev_2022.yaml (ref_ids; AICPA titles are licensed, so the titles here are our own short paraphrase)',
  oscalSource:
    'https://www.aicpa-cima.com/resources/download/2017-trust-services-criteria-with-revised-points-of-focus-2022',
  scope: [
    ['CC2.2', 'Internal communication of objectives and responsibilities'],
    ['CC2.3', 'Communication with external parties'],
    ['CC5.2', 'General controls over technology'],
    ['CC5.3', 'Policies and procedures'],
    ['CC6.1', 'Logical access security'],
    ['CC6.2', 'User registration and removal'],
    ['CC6.3', 'Role-based access changes'],
    ['CC6.7', 'Restricted transmission and movement of information'],
    ['CC7.2', 'Monitoring for anomalies'],
    ['CC7.3', 'Evaluation of security events'],
    ['CC7.4', 'Incident response'],
    ['CC8.1', 'Change management'],
    ['CC9.2', 'Vendor and business-partner risk'],
    ['C1.1', 'Identification of confidential information'],
  ],
  mappings: [
    mapping('soc2.vendor-risk', 'CC9.2', 'implements', CLAUSE),
    mapping('soc2.access', 'CC6.1', 'implements', CLAUSE),
    mapping('soc2.access', 'CC6.2', 'implements', CLAUSE),
    mapping('soc2.access', 'CC6.3', 'implements', CLAUSE),
    mapping(
      'soc2.monitoring',
      'CC7.2',
      'partially',
      'the clause keeps usage records of AI tools; CC7.2 asks for monitoring of every system component, and the clause itself is marked partially',
    ),
    mapping('soc2.transmission', 'CC6.7', 'implements', CLAUSE),
    mapping('soc2.change', 'CC8.1', 'implements', CLAUSE),
    mapping('soc2.confidential', 'C1.1', 'implements', `${CLAUSE}; only when Confidentiality is in scope`),
    mapping('soc2.communicate', 'CC2.2', 'implements', CLAUSE),
    mapping('soc2.policies', 'CC5.3', 'implements', CLAUSE),
    mapping(
      'org.approved-tools',
      'CC9.2',
      'supports',
      'the review of a new tool before first use is evidence of vendor assessment',
    ),
    mapping('org.code-review', 'CC8.1', 'supports', 'human review before merge is part of change approval'),
    mapping(
      'org.incidents',
      'CC7.3',
      'partially',
      'fast reporting feeds the evaluation of events; the evaluation itself is the security team’s process',
    ),
    mapping(
      'org.incidents',
      'CC7.4',
      'partially',
      'the policy asks for reporting and blameless handling; the incident response programme is outside it',
    ),
    mapping('org.review', 'CC5.3', 'supports', 'a review cadence is the periodic reassessment CC5.3 expects'),
  ],
};
