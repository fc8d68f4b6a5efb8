import {classRecipientsClaim} from '../claims.js';
import {type InlineInput, paragraph, strong} from '../inline.js';
import {strongNames} from '../phrases.js';
import type {Regime} from './regime.js';

const SOURCE = 'ciso-assistant-community pcidss-4_0.yaml (v4.0.1)';

export const pciDss: Regime = {
  id: 'pci-dss',
  label: 'PCI DSS',
  title: 'PCI DSS obligations',
  instrument: 'PCI DSS v4.0.1',
  nature: 'certification',
  canonicalUrl: 'https://www.pcisecuritystandards.org',
  intro: (context) => [
    paragraph(
      'PCI DSS is the card brands’ security standard, binding through merchant and service-provider contracts rather than law, and checked in an annual assessment. ',
      `For ${context.config.organization}, it decides whether card data may come anywhere near an AI tool and how AI-written payment code is reviewed.`,
    ),
  ],
  clauses: [
    {
      id: 'pci.aup',
      citation: '12.2.1',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        return [
          `This policy is the acceptable-use policy for AI tools, so it ${w.must} carry explicit management approval, state the acceptable uses and keep the list of approved products, currently `,
          ...strongNames(context.config.tools.map((tool) => tool.name)),
          '.',
        ];
      },
    },
    {
      id: 'pci.aup-training',
      citation: '12.6.3.2',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        const {training} = context.config;
        return [
          `Security awareness training ${w.must} cover the acceptable use of AI tools as end-user technologies`,
          training.required ? `, through ${training.course ?? 'the AI tools training'}.` : '.',
        ];
      },
    },
    {
      id: 'pci.no-sad',
      citation: '3.3.1',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        return [
          `Sensitive authentication data (full track data, card verification codes, PINs and PIN blocks) ${w.mustNot} go into any AI tool. `,
          `It ${w.mustNot} be kept after authorisation, even encrypted, and that includes prompts, chat histories and tool logs.`,
        ];
      },
    },
    {
      id: 'pci.pan',
      citation: '3.4.1; 3.5.1',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        const classes = context.classesWith('cardholder-data');
        const scope: InlineInput[] =
          classes.length === 0
            ? [`Card numbers (PAN) and all other cardholder data ${w.mustNot} go into any AI tool. `]
            : [
                'Data in ',
                ...classes.flatMap((dataClass, index) => [
                  index === 0 ? '' : index === classes.length - 1 ? ' or ' : ', ',
                  classRecipientsClaim(context, dataClass.id, () => [strong(dataClass.name)]),
                ]),
                `, which ${classes.length === 1 ? 'holds' : 'hold'} cardholder data, ${w.mustNot} go into any AI tool, whatever the class rule says. `,
              ];
        return [
          ...scope,
          `Wherever a PAN is displayed it ${w.must} show at most the BIN and last four digits, and wherever it is stored, AI logs and transcripts included, it ${w.must} be unreadable.`,
        ];
      },
    },
    {
      id: 'pci.tpsp',
      citation: '12.8.1–12.8.5',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        const duties = `be listed, sign a written agreement, pass due diligence, have its PCI DSS status checked at least every 12 months, and have its responsibilities set out in a matrix`;
        return [
          'Because cardholder data never goes into an AI tool, no AI vendor is a service provider for it. ',
          `If that ever changes, the vendor ${w.must} first ${duties}.`,
        ];
      },
    },
    {
      id: 'pci.code-review',
      citation: '6.2.3; 6.2.3.1',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        return [
          `Bespoke and custom code, AI-generated code included, ${w.must} be reviewed before release. `,
          `A manual review ${w.must} be done by someone other than the author and approved by management.`,
        ];
      },
    },
    {
      id: 'pci.policy-review',
      citation: '12.1.2',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        return [
          `The information security policy, this AI policy included, ${w.must} be reviewed at least every 12 months; the ${context.config.review.cadence} review of this policy meets that.`,
        ];
      },
    },
  ],
  caveats: () => [
    [
      'Requirements that PCI DSS v4.0 introduced as future-dated, such as 12.6.3.2, are reported by secondary sources to be mandatory since 31 March 2025; confirm the date with your assessor.',
    ],
  ],
};
