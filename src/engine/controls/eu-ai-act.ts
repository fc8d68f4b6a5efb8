import {type ControlFramework, mapping} from './framework.js';

const CLAUSE = 'the clause cites this article (src/engine/regimes/eu-ai-act.ts)';

/** EU AI Act articles that bind an organization deploying AI tools; ids checked in ciso-assistant-community ai-act.yaml. */
export const euAiActControls: ControlFramework = {
  id: 'eu-ai-act',
  label: 'EU AI Act',
  edition: 'Regulation (EU) 2024/1689',
  regime: 'eu-ai-act',
  voluntary: false,
  source:
    'ciso-assistant-community @ f990d7b1, backend/library/libraries/ai-act.yaml (article numbers and titles)',
  oscalSource: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
  oscalControlId: (id) => id.toLowerCase().replace('art. ', 'art-'),
  scope: [
    ['Art. 4', 'AI literacy'],
    ['Art. 5', 'Prohibited AI practices'],
    ['Art. 26', 'Obligations of deployers of high-risk AI systems'],
    ['Art. 27', 'Fundamental rights impact assessment for high-risk AI systems'],
    ['Art. 50', 'Transparency obligations for certain AI systems'],
  ],
  mappings: [
    mapping('euaiact.literacy', 'Art. 4', 'implements', CLAUSE),
    mapping('euaiact.fria', 'Art. 27', 'implements', `${CLAUSE}; paragraphs (1) and (3)`),
    mapping('euaiact.fria-public', 'Art. 27', 'implements', `${CLAUSE}; paragraphs (1) and (3)`),
    mapping(
      'euaiact.prohibited',
      'Art. 5',
      'partially',
      'the clause names Art. 5(1)(f), emotion recognition at work, and forbids the other practices in one phrase without listing them',
    ),
    mapping(
      'euaiact.deployer',
      'Art. 26',
      'implements',
      `${CLAUSE}; paragraphs (1), (2), (5), (6), (7), (11)`,
    ),
    mapping(
      'euaiact.oversight',
      'Art. 26',
      'partially',
      'the clause cites Art. 26(2) on the decisions the organization reserves to a person; the rest of Art. 26 is the deployer clause',
    ),
    mapping(
      'euaiact.transparency',
      'Art. 50',
      'partially',
      'the clause covers the deployer duties of Art. 50(3) and (4); (1), (2) bind providers',
    ),
  ],
};
