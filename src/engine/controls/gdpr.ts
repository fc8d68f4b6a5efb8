import {type ControlFramework, mapping} from './framework.js';

const CLAUSE = 'the clause cites this article (src/engine/regimes/gdpr.ts)';

/** GDPR articles on processing personal data with AI tools; ids checked in ciso-assistant-community gdpr.yaml. */
export const gdprControls: ControlFramework = {
  id: 'gdpr',
  label: 'GDPR',
  edition: 'Regulation (EU) 2016/679',
  regime: 'gdpr',
  voluntary: false,
  source:
    'ciso-assistant-community @ f990d7b1, backend/library/libraries/gdpr.yaml (article numbers and titles)',
  oscalSource: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  oscalControlId: (id) => id.toLowerCase().replace('art. ', 'art-'),
  scope: [
    ['Art. 5', 'Principles relating to processing of personal data'],
    ['Art. 6', 'Lawfulness of processing'],
    ['Art. 9', 'Processing of special categories of personal data'],
    ['Art. 13', 'Information where personal data are collected from the data subject'],
    ['Art. 14', 'Information where personal data have not been obtained from the data subject'],
    ['Art. 22', 'Automated individual decision-making'],
    ['Art. 25', 'Data protection by design and by default'],
    ['Art. 28', 'Processor'],
    ['Art. 30', 'Records of processing activities'],
    ['Art. 32', 'Security of processing'],
    ['Art. 33', 'Notification of a breach to the supervisory authority'],
    ['Art. 34', 'Communication of a personal data breach to the data subject'],
    ['Art. 35', 'Data protection impact assessment'],
    ['Art. 44', 'General principle for transfers'],
    ['Art. 45', 'Transfers on the basis of an adequacy decision'],
    ['Art. 46', 'Transfers subject to appropriate safeguards'],
  ],
  mappings: [
    mapping('gdpr.processor', 'Art. 28', 'implements', `${CLAUSE}; paragraphs (1)–(3)`),
    mapping('gdpr.lawful-basis', 'Art. 6', 'implements', CLAUSE),
    mapping('gdpr.lawful-basis', 'Art. 9', 'implements', CLAUSE),
    mapping(
      'gdpr.minimisation',
      'Art. 5',
      'partially',
      'the clause covers purpose limitation and minimisation, Art. 5(1)(b) and (c); the other principles are not restated',
    ),
    mapping('gdpr.dpia', 'Art. 35', 'implements', `${CLAUSE}; paragraphs (1) and (3)`),
    mapping('gdpr.ropa', 'Art. 30', 'implements', CLAUSE),
    mapping('gdpr.transfers', 'Art. 44', 'implements', CLAUSE),
    mapping('gdpr.transfers', 'Art. 45', 'implements', CLAUSE),
    mapping('gdpr.transfers', 'Art. 46', 'implements', CLAUSE),
    mapping('gdpr.automated', 'Art. 22', 'implements', CLAUSE),
    mapping('gdpr.security', 'Art. 32', 'implements', CLAUSE),
    mapping('gdpr.breach', 'Art. 33', 'implements', `${CLAUSE}; paragraphs (1), (2), (5)`),
    mapping('gdpr.incidents', 'Art. 33', 'implements', `${CLAUSE}; paragraphs (1), (5)`),
    mapping('gdpr.breach-people', 'Art. 34', 'implements', `${CLAUSE}; paragraph (1)`),
    mapping(
      'gdpr.notices',
      'Art. 13',
      'partially',
      'the clause covers naming the recipients, Art. 13(1)(e); the other notice contents are not restated',
    ),
    mapping(
      'gdpr.notices',
      'Art. 14',
      'partially',
      'the clause covers naming the recipients, Art. 14(1)(e); the other notice contents are not restated',
    ),
    mapping(
      'org.data-classification',
      'Art. 25',
      'partially',
      'the class rules keep personal data out of tools by default; design of the company’s own systems is outside the policy',
    ),
  ],
};
