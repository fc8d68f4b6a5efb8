import {type ControlFramework, mapping} from './framework.js';

const CLAUSE = 'the clause cites this control (src/engine/regimes/iso42001.ts)';

/** ISO/IEC 42001:2023 Annex A: ids and titles checked in ciso-assistant-community iso42001-2023.yaml. */
export const iso42001Controls: ControlFramework = {
  id: 'iso42001',
  label: 'ISO/IEC 42001',
  edition: 'ISO/IEC 42001:2023 Annex A',
  regime: 'iso42001',
  voluntary: false,
  source:
    'ciso-assistant-community @ f990d7b1, backend/library/libraries/iso42001-2023.yaml (ref_ids and control titles)',
  oscalSource: 'https://www.iso.org/standard/81230.html',
  scope: [
    ['A.2.2', 'AI policy'],
    ['A.2.3', 'Alignment with other organizational policies'],
    ['A.2.4', 'Review of the AI policy'],
    ['A.3.2', 'AI roles and responsibilities'],
    ['A.3.3', 'Reporting of concerns'],
    ['A.4.4', 'Tooling resources'],
    ['A.5.2', 'AI system impact assessment process'],
    ['A.8.4', 'Communication of incidents'],
    ['A.9.2', 'Processes for responsible use of AI systems'],
    ['A.9.3', 'Objectives for responsible use of AI systems'],
    ['A.9.4', 'Intended use of the AI system'],
    ['A.10.2', 'Allocating responsibilities'],
    ['A.10.3', 'Suppliers'],
  ],
  mappings: [
    mapping('iso42001.policy', 'A.2.2', 'implements', CLAUSE),
    mapping('iso42001.alignment', 'A.2.3', 'implements', CLAUSE),
    mapping('iso42001.review', 'A.2.4', 'implements', CLAUSE),
    mapping('iso42001.roles', 'A.3.2', 'implements', CLAUSE),
    mapping('iso42001.concerns', 'A.3.3', 'implements', CLAUSE),
    mapping('iso42001.use', 'A.9.2', 'implements', CLAUSE),
    mapping('iso42001.use', 'A.9.3', 'implements', CLAUSE),
    mapping(
      'iso42001.use',
      'A.9.4',
      'partially',
      'the clause lists encouraged and prohibited uses of tools the company uses; A.9.4 is about each system’s intended use as documented by its provider',
    ),
    mapping(
      'iso42001.impact',
      'A.5.2',
      'implements',
      'the clause cites 6.1.4 and Annex A.5, whose A.5.2 asks for the impact assessment process',
    ),
    mapping('iso42001.third-party', 'A.10.2', 'implements', CLAUSE),
    mapping('iso42001.third-party', 'A.10.3', 'implements', CLAUSE),
    mapping(
      'org.approved-tools',
      'A.4.4',
      'supports',
      'the approved tool list documents the AI tooling in use; A.4.4 asks for it as a resource of each AI system',
    ),
    mapping(
      'gdpr.dpia',
      'A.5.2',
      'partially',
      'a DPIA assesses impact on individuals for high-risk personal-data processing; A.5.2 asks for a process covering every AI system',
    ),
    mapping(
      'org.incidents',
      'A.8.4',
      'partially',
      'AI incidents are reported internally; A.8.4 is about telling users of the system',
    ),
  ],
};
