import {classRecipientsList} from '../claims.js';
import type {PolicyContext} from '../context.js';
import {paragraph} from '../inline.js';
import {reportTo, trainingDeadline} from '../phrases.js';
import type {Regime} from './regime.js';

const NIST_800_66 = 'ciso-assistant-community nist-sp-800-66-rev2.yaml';
const LII = '45 CFR 164.308 (LII)';

/** Whether any tool may receive PHI at all: the minimum-necessary rule only speaks to tools that may. */
function phiReachesATool(context: PolicyContext): boolean {
  return context.classesWith('phi').some((dataClass) => context.table.recipients(dataClass.id).length > 0);
}

export const hipaa: Regime = {
  id: 'hipaa',
  label: 'HIPAA',
  title: 'HIPAA obligations',
  instrument: '45 CFR Parts 160 and 164 (HIPAA Privacy, Security and Breach Notification Rules)',
  nature: 'law',
  canonicalUrl: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164',
  intro: (context) => [
    paragraph(
      'HIPAA is US federal law protecting health information. ',
      `Whenever an AI tool at ${context.config.organization} handles protected health information (PHI), its vendor acts as a business associate and the rules below apply to every prompt, upload and log.`,
    ),
  ],
  clauses: [
    {
      id: 'hipaa.baa',
      citation: '§164.502(e); §164.504(e); §164.308(b)(1), (b)(3); §164.314(a)',
      status: 'verified',
      source: `Bricker Graydon copies of 45 CFR 164.502(e), 164.504(e), 164.314; ${NIST_800_66}`,
      sentence: (context) => {
        const w = context.wording;
        const phi = context.classesWith('phi');
        const rule = `PHI ${w.must} go only into AI tools whose vendor has signed a business associate agreement (BAA) with ${context.config.organization}, and only as far as its data class allows`;
        if (phi.length === 0)
          return [
            `${rule}. No data class is marked as holding PHI, so PHI ${w.mustNot} go into any AI tool.`,
          ];
        return [`${rule}: `, ...classRecipientsList(context, phi, w), '.'];
      },
    },
    {
      id: 'hipaa.min-necessary',
      citation: '§164.502(b); §164.514(d)',
      status: 'partially',
      source: 'HHS Privacy Rule preamble, section 164.502(b) (ASPE)',
      appliesTo: phiReachesATool,
      sentence: (context) => {
        const w = context.wording;
        return [
          `Even in a tool covered by a BAA, a prompt ${w.must} carry only the minimum PHI the task needs: the relevant fields, not the whole record or export.`,
        ];
      },
    },
    {
      id: 'hipaa.deid',
      citation: '§164.514(a)–(b)',
      status: 'verified',
      source: '45 CFR 164.514 (2006 CFR, GPO)',
      sentence: (context) => {
        const w = context.wording;
        return [
          `Health data ${w.must} be de-identified, by the Safe Harbor method or by an expert determination, before it goes into an AI tool without a BAA. `,
          'Removing names alone does not make data de-identified.',
        ];
      },
    },
    {
      id: 'hipaa.risk-analysis',
      citation: '§164.308(a)(1)(ii)(A)',
      status: 'verified',
      source: LII,
      sentence: (context) => {
        const w = context.wording;
        return [
          `Every AI tool that creates, receives, stores or transmits electronic PHI ${w.must} be included in the security risk analysis before it touches ePHI, and again when the way it is used changes.`,
        ];
      },
    },
    {
      id: 'hipaa.sanctions',
      citation: '§164.308(a)(1)(ii)(C)',
      status: 'verified',
      source: LII,
      sentence: (context) => {
        const w = context.wording;
        return [
          `A workforce member who breaks these rules with PHI ${w.must} be sanctioned under the workforce sanctions policy.`,
        ];
      },
    },
    {
      id: 'hipaa.training',
      citation: '§164.308(a)(5)(i)',
      status: 'verified',
      source: NIST_800_66,
      sentence: (context) => {
        const w = context.wording;
        const {training} = context.config;
        const when = trainingDeadline(context);
        const base = `Security awareness training ${w.must} cover these AI rules for the whole workforce, managers included`;
        if (!training.required) return [`${base}.`];
        return [
          `${base}: at ${context.config.organization} that is ${training.course ?? 'the AI tools training'}, completed ${when}`,
          training.refresh ? ` and repeated ${training.refresh}.` : '.',
        ];
      },
    },
    {
      id: 'hipaa.incidents',
      citation: '§164.308(a)(6)',
      status: 'verified',
      source: NIST_800_66,
      sentence: (context) => {
        const w = context.wording;
        return [
          `A suspected security incident involving an AI tool, such as PHI pasted into a tool without a BAA, ${w.must} be reported at once to ${reportTo(context)} and handled under the incident response procedure.`,
        ];
      },
    },
    {
      id: 'hipaa.breach',
      citation: '§§164.400–414; §164.404(b); §164.410',
      status: 'partially',
      source: 'Bricker Graydon copy of 45 CFR 164.404(b)',
      sentence: (context) => {
        const w = context.wording;
        return [
          `If PHI exposed through an AI tool amounts to a breach, the affected individuals ${w.must} be notified without unreasonable delay and no later than 60 calendar days after it is discovered. `,
          `Where ${context.config.organization} acts as a business associate, it ${w.must} notify the covered entity within 60 days of discovery.`,
        ];
      },
    },
  ],
  caveats: () => [
    [
      'The 60-day notice duty of business associates (§164.410) was checked against a secondary copy of the rule only; confirm it in the eCFR before relying on it.',
    ],
  ],
};
