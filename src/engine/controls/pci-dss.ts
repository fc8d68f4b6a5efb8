import {type ControlFramework, mapping} from './framework.js';

const CLAUSE = 'the clause cites this requirement (src/engine/regimes/pci-dss.ts)';

/** PCI DSS v4.0.1 requirements: ids checked in ciso-assistant-community pcidss-4_0.yaml (labelled v4.0.1). */
export const pciDssControls: ControlFramework = {
  id: 'pci-dss',
  label: 'PCI DSS',
  edition: 'PCI DSS v4.0.1',
  regime: 'pci-dss',
  voluntary: false,
  source:
    'ciso-assistant-community @ f990d7b1, backend/library/libraries/pcidss-4_0.yaml (requirement numbers; titles are our paraphrase)',
  oscalSource: 'https://www.pcisecuritystandards.org/document_library/',
  // An OSCAL control id must start with a letter.
  oscalControlId: (id) => `req-${id}`,
  scope: [
    ['3.3.1', 'No sensitive authentication data kept after authorization'],
    ['3.4.1', 'PAN masked when displayed'],
    ['3.5.1', 'PAN unreadable wherever stored'],
    ['6.2.3', 'Bespoke software reviewed before release'],
    ['6.2.3.1', 'Manual code reviews by a non-author, approved by management'],
    ['12.1.1', 'Information security policy established and published'],
    ['12.1.2', 'Security policy reviewed at least every 12 months'],
    ['12.2.1', 'Acceptable use policies for end-user technologies'],
    ['12.6.1', 'Security awareness program'],
    ['12.6.3', 'Security awareness training on hire and at least every 12 months'],
    ['12.6.3.2', 'Awareness training on acceptable use of end-user technologies'],
    ['12.8.1', 'List of third-party service providers'],
    ['12.8.2', 'Written agreements with service providers'],
    ['12.8.3', 'Due diligence before engaging a service provider'],
    ['12.8.4', 'Service providers’ PCI DSS status monitored'],
    ['12.8.5', 'Responsibilities shared with each provider recorded'],
    ['12.10.1', 'Incident response plan'],
  ],
  mappings: [
    mapping('pci.aup', '12.2.1', 'implements', CLAUSE),
    mapping(
      'pci.training-yearly',
      '12.6.3',
      'partially',
      'the AI tools training is repeated yearly; 12.6.3 also asks for several methods of communication and a yearly acknowledgement of the security policy',
    ),
    mapping('pci.aup-training', '12.6.3.2', 'implements', CLAUSE),
    mapping(
      'pci.no-sad',
      '3.3.1',
      'partially',
      'keeping SAD out of AI tools covers one path by which it could be kept; 3.3.1 covers every store',
    ),
    mapping(
      'pci.pan',
      '3.4.1',
      'partially',
      'the clause covers PAN shown to and logged by AI tools; 3.4.1 covers every display',
    ),
    mapping(
      'pci.pan',
      '3.5.1',
      'partially',
      'the clause covers PAN in AI logs; 3.5.1 covers every place PAN is stored',
    ),
    mapping('pci.tpsp', '12.8.1', 'implements', CLAUSE),
    mapping('pci.tpsp', '12.8.2', 'implements', CLAUSE),
    mapping('pci.tpsp', '12.8.3', 'implements', CLAUSE),
    mapping('pci.tpsp', '12.8.4', 'implements', CLAUSE),
    mapping('pci.tpsp', '12.8.5', 'implements', CLAUSE),
    mapping('pci.code-review', '6.2.3', 'implements', CLAUSE),
    mapping('pci.code-review', '6.2.3.1', 'implements', CLAUSE),
    mapping('pci.policy-review', '12.1.2', 'implements', CLAUSE),
    mapping('org.review', '12.1.2', 'supports', 'the review cadence; 12.1.2 sets at least yearly'),
    mapping('org.code-review', '6.2.3', 'supports', 'human review of generated code before merge'),
    mapping(
      'org.incidents',
      '12.10.1',
      'partially',
      'the policy gives the reporting channel for AI incidents; 12.10.1 asks for the whole response plan',
    ),
  ],
};
