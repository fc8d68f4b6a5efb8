import {type ControlFramework, mapping} from './framework.js';

const CLAUSE = 'the clause cites this section (src/engine/regimes/hipaa.ts)';

/**
 * HIPAA sections, in the form CFR citations use without the § sign. Security Rule ids checked in
 * ciso-assistant-community nist-sp-800-66-rev2.yaml; Privacy and Breach rules as the clause records say.
 */
export const hipaaControls: ControlFramework = {
  id: 'hipaa',
  label: 'HIPAA',
  edition: '45 CFR Parts 160 and 164',
  regime: 'hipaa',
  voluntary: false,
  source:
    'ciso-assistant-community @ f990d7b1, backend/library/libraries/nist-sp-800-66-rev2.yaml (Security Rule sections); Privacy and Breach Notification sections as recorded in shared/reference/regime-clauses.md (BG, LII)',
  oscalSource: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164',
  // An OSCAL control id must start with a letter and holds no parentheses.
  oscalControlId: (id) => `sec-${id.replaceAll('(', '.').replaceAll(')', '').toLowerCase()}`,
  scope: [
    ['164.308(a)(1)(ii)(A)', 'Risk analysis'],
    ['164.308(a)(1)(ii)(C)', 'Sanction policy'],
    ['164.308(a)(5)', 'Security awareness and training'],
    ['164.308(a)(6)', 'Security incident procedures'],
    ['164.308(b)(1)', 'Business associate contracts'],
    ['164.312(b)', 'Audit controls'],
    ['164.316(b)(2)', 'Documentation, retention and updates'],
    ['164.314(a)', 'Business associate contract requirements'],
    ['164.404', 'Notification to individuals'],
    ['164.406', 'Notification to the media'],
    ['164.408', 'Notification to the Secretary'],
    ['164.410', 'Notification by a business associate'],
    ['164.502(b)', 'Minimum necessary'],
    ['164.502(e)', 'Disclosures to business associates'],
    ['164.504(e)', 'Business associate contract content'],
    ['164.514(a)', 'De-identification'],
    ['164.514(d)', 'Minimum necessary requirements'],
    ['164.530(e)', 'Sanctions (Privacy Rule)'],
  ],
  mappings: [
    mapping('hipaa.baa', '164.502(e)', 'implements', CLAUSE),
    mapping('hipaa.baa', '164.504(e)', 'implements', CLAUSE),
    mapping('hipaa.baa', '164.308(b)(1)', 'implements', CLAUSE),
    mapping('hipaa.baa', '164.314(a)', 'implements', CLAUSE),
    mapping(
      'hipaa.min-necessary',
      '164.502(b)',
      'implements',
      `${CLAUSE}; the clause is marked partially (secondary copies)`,
    ),
    mapping(
      'hipaa.min-necessary',
      '164.514(d)',
      'implements',
      `${CLAUSE}; the clause is marked partially (secondary copies)`,
    ),
    mapping('hipaa.deid', '164.514(a)', 'implements', `${CLAUSE}; with (b), the two methods`),
    mapping(
      'hipaa.risk-analysis',
      '164.308(a)(1)(ii)(A)',
      'partially',
      'the clause brings AI tools into the risk analysis; the analysis itself covers all ePHI',
    ),
    mapping('hipaa.sanctions', '164.308(a)(1)(ii)(C)', 'implements', CLAUSE),
    mapping('hipaa.sanctions', '164.530(e)', 'implements', `${CLAUSE}; 164.530(e) from secondary copies`),
    mapping(
      'hipaa.documentation',
      '164.316(b)(2)',
      'partially',
      'the clause keeps the AI policy six years and reviews it; (b)(2) covers every Security Rule document',
    ),
    mapping(
      'hipaa.training',
      '164.308(a)(5)',
      'partially',
      'the clause adds AI rules to the awareness programme; (a)(5)(ii) also names reminders, malware, log-in monitoring and passwords',
    ),
    mapping('hipaa.incidents', '164.308(a)(6)', 'implements', CLAUSE),
    mapping('hipaa.breach', '164.404', 'implements', `${CLAUSE}; 164.404(b) verified`),
    mapping('hipaa.breach-associates', '164.410', 'implements', `${CLAUSE}; 164.410 from a secondary copy`),
    mapping('hipaa.breach-media', '164.406', 'implements', `${CLAUSE}; from secondary copies`),
    mapping('hipaa.breach-hhs', '164.408', 'implements', `${CLAUSE}; from secondary copies`),
  ],
};
