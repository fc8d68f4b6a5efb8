import {classRecipientsList} from '../claims.js';
import type {PolicyContext} from '../context.js';
import {paragraph} from '../inline.js';
import {reportTo, strongNames} from '../phrases.js';
import type {Regime} from './regime.js';

const SOURCE = 'ciso-assistant-community gdpr.yaml';

/** Classes that hold personal data of either kind, in config order. */
function personalDataClasses(context: PolicyContext) {
  return context.config.dataClasses.filter(
    (dataClass) =>
      dataClass.categories.includes('personal-data') ||
      dataClass.categories.includes('special-category-data'),
  );
}

export const gdpr: Regime = {
  id: 'gdpr',
  label: 'GDPR',
  title: 'GDPR obligations',
  instrument: 'Regulation (EU) 2016/679 (General Data Protection Regulation)',
  nature: 'law',
  canonicalUrl: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  intro: (context) => [
    paragraph(
      'The GDPR is the EU law on personal data. ',
      `It applies whenever personal data goes into an AI tool used at ${context.config.organization}, and the vendor behind the tool then usually processes that data on ${context.config.organization}’s behalf.`,
    ),
  ],
  clauses: [
    {
      id: 'gdpr.processor',
      citation: 'Art. 28(1)–(3)',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        const rule = `Personal data ${w.must} reach an AI vendor only under an Art. 28 data-processing agreement that binds the vendor to our instructions, confidentiality, security, approval of sub-processors, deletion at the end of the service, and audits. In this policy that is a tool with an enterprise data agreement; a BAA alone is not one. `;
        const personal = personalDataClasses(context);
        if (personal.length === 0)
          return [
            rule,
            `No data class is marked as holding personal data, so personal data ${w.mustNot} go into any AI tool.`,
          ];
        return [rule, ...classRecipientsList(context, personal, w), '.'];
      },
    },
    {
      id: 'gdpr.lawful-basis',
      citation: 'Art. 6; Art. 9',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        const special = context.classesWith('special-category-data').map((dataClass) => dataClass.name);
        return [
          `Personal data ${w.mustNot} go into an AI tool until the processing has a documented lawful basis under Art. 6. `,
          ...(special.length === 0
            ? ['Special-category data (health, biometrics, beliefs and the like)']
            : ['Special-category data, such as ', ...strongNames(special), ',']),
          ` ${w.must} go in only when one of the conditions in Art. 9(2) applies.`,
        ];
      },
    },
    {
      id: 'gdpr.minimisation',
      citation: 'Art. 5(1)(b), (c)',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        return [
          `A prompt ${w.must} contain only the personal data its task needs; remove or pseudonymise the rest. `,
          `Personal data collected for one purpose ${w.mustNot} be fed to an AI tool for an unrelated one.`,
        ];
      },
    },
    {
      id: 'gdpr.dpia',
      citation: 'Art. 35(1), (3)',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        return [
          `A data protection impact assessment ${w.must} be completed before any AI use likely to put people’s rights at high risk, such as automated profiling with significant effects, large-scale special-category data or systematic monitoring of public areas.`,
        ];
      },
    },
    {
      id: 'gdpr.ropa',
      citation: 'Art. 30',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        return [
          `Each AI tool that handles personal data ${w.must} have an entry in the records of processing activities, stating the purpose, the categories of data and people, the vendor and any transfer abroad.`,
        ];
      },
    },
    {
      id: 'gdpr.transfers',
      citation: 'Arts. 44–46',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        return [
          `If an AI vendor processes personal data outside the EEA, the transfer ${w.must} rest on an adequacy decision or appropriate safeguards such as standard contractual clauses. `,
          `The vendor’s processing regions ${w.must} also match any promise about data location that ${context.config.organization} has made to its customers.`,
        ];
      },
    },
    {
      id: 'gdpr.automated',
      citation: 'Art. 22',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        return [
          `AI output ${w.mustNot} be the only basis for a decision with legal or similarly significant effects on a person, such as hiring or refusing a contract, unless an Art. 22(2) exception applies and the person can get a human to review it.`,
        ];
      },
    },
    {
      id: 'gdpr.security',
      citation: 'Art. 32',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        return [
          `AI processing of personal data ${w.must} be protected by measures that fit the risk: company-managed accounts, encryption in transit, and the vendor’s retention and model-training settings set to the most restrictive option available.`,
        ];
      },
    },
    {
      id: 'gdpr.breach',
      citation: 'Art. 33(1), (2), (5)',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        const organization = context.config.organization;
        return [
          `A personal data breach involving an AI tool ${w.must} be reported at once to ${reportTo(context)} and documented, whether or not it is notified. `,
          `As controller, ${organization} notifies the supervisory authority within 72 hours of becoming aware of it where feasible; as processor, ${organization} tells the controller without undue delay.`,
        ];
      },
    },
  ],
};
