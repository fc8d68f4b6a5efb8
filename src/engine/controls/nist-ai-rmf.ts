import {type ControlFramework, mapping} from './framework.js';

const CLAUSE = 'the clause cites this subcategory (src/engine/regimes/nist-ai-rmf.ts)';

/** NIST AI RMF 1.0 subcategories: ids and texts checked in ciso-assistant-community nist-ai-rmf-1.0.yaml. */
export const nistAiRmfControls: ControlFramework = {
  id: 'nist-ai-rmf',
  label: 'NIST AI RMF',
  edition: 'NIST AI 100-1 (AI RMF 1.0)',
  regime: 'nist-ai-rmf',
  voluntary: true,
  source:
    'ciso-assistant-community @ f990d7b1, backend/library/libraries/nist-ai-rmf-1.0.yaml (subcategory ids and texts; titles shortened in our words); Generative AI Profile action ids (GV-…) from NIST AI 600-1, July 2024',
  oscalSource: 'https://doi.org/10.6028/NIST.AI.100-1',
  // NIST publishes no OSCAL catalog of the AI RMF; the OSCAL form is the subcategory in lower case, with a
  // hyphen for the space, since an OSCAL control id cannot hold a space.
  oscalControlId: (id) => id.toLowerCase().replace(' ', '-'),
  scope: [
    ['GOVERN 1.1', 'Legal and regulatory requirements on AI are understood and documented'],
    ['GOVERN 1.2', 'Trustworthy AI characteristics are built into policies'],
    ['GOVERN 1.4', 'Risk management set by transparent policies and controls'],
    ['GOVERN 1.5', 'Ongoing monitoring and periodic review are planned'],
    ['GOVERN 1.6', 'AI systems are inventoried'],
    ['GOVERN 2.1', 'Roles, responsibilities and lines of communication'],
    ['GOVERN 2.2', 'AI risk management training'],
    ['GOVERN 3.2', 'Roles for human-AI configurations and oversight'],
    ['GOVERN 4.3', 'Incident identification and information sharing'],
    ['GOVERN 6.1', 'Third-party AI risk policies'],
    ['GOVERN 6.2', 'Contingency for third-party failures'],
    ['MANAGE 4.3', 'Incidents and errors are communicated and tracked'],
  ],
  mappings: [
    mapping('nist.legal', 'GOVERN 1.1', 'implements', CLAUSE),
    mapping('nist.review', 'GOVERN 1.5', 'implements', CLAUSE),
    mapping('nist.inventory', 'GOVERN 1.6', 'implements', `${CLAUSE}; GV-1.6-001`),
    mapping('nist.roles', 'GOVERN 2.1', 'implements', CLAUSE),
    mapping('nist.training', 'GOVERN 2.2', 'implements', CLAUSE),
    mapping('nist.third-party', 'GOVERN 6.1', 'implements', `${CLAUSE}; GV-6.1-007`),
    mapping('nist.contingency', 'GOVERN 6.2', 'implements', CLAUSE),
    mapping('nist.incidents', 'MANAGE 4.3', 'implements', CLAUSE),
    mapping(
      'org.code-review',
      'GOVERN 3.2',
      'partially',
      'a person reviews and owns every generated change; GOVERN 3.2 asks for roles across all human-AI configurations',
    ),
    mapping(
      'org.incidents',
      'GOVERN 4.3',
      'partially',
      'the policy enables identification and reporting of incidents; AI testing and external information sharing are not in it',
    ),
  ],
};
