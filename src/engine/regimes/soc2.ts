import {classRecipientsList} from '../claims.js';
import type {PolicyContext} from '../context.js';
import {paragraph} from '../inline.js';
import {asRole, trainingDeadline} from '../phrases.js';
import type {Regime} from './regime.js';

const SOURCE = 'ciso-assistant-community soc2_2017_with_rev_2022.yaml';

/** Where new tools are requested, when the config says so. */
function requestPath(context: PolicyContext): string {
  const {contact, turnaround} = context.config.toolReview;
  return contact ? ` Requests go to ${contact}, with a target turnaround of ${turnaround}.` : '';
}

export const soc2: Regime = {
  id: 'soc2',
  label: 'SOC 2',
  title: 'SOC 2 obligations',
  instrument: 'AICPA Trust Services Criteria (2017, revised points of focus 2022)',
  nature: 'certification',
  canonicalUrl:
    'https://www.aicpa-cima.com/resources/download/2017-trust-services-criteria-with-revised-points-of-focus-2022',
  intro: (context) => [
    paragraph(
      `SOC 2 is an audit against the AICPA Trust Services Criteria, not a law: the controls below are what the auditor expects to see operating at ${context.config.organization}. `,
      'For AI tools, that means treating each provider as a vendor, each account as an access grant and each AI-assisted change as a change.',
    ),
  ],
  clauses: [
    {
      id: 'soc2.vendor-risk',
      citation: 'CC9.2',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        return [
          `Before an AI tool is approved, its vendor ${w.must} go through the vendor risk assessment, and the contract ${w.must} commit the vendor to keeping what we send it confidential.`,
          requestPath(context),
        ];
      },
    },
    {
      id: 'soc2.access',
      citation: 'CC6.1; CC6.2; CC6.3',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        return [
          `AI tool accounts ${w.must} be approved before they are created, limited to what the person’s role needs, and removed as soon as the person changes role or leaves. `,
          `Each grant, change and removal ${w.must} leave a record, and the tools’ admin usage logs are kept so the auditor can trace who used which tool.`,
        ];
      },
    },
    {
      id: 'soc2.transmission',
      citation: 'CC6.7',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        return [
          `Confidential data ${w.must} reach an AI tool only through the approved tool’s encrypted, company-managed channel (its official client, its API or our gateway). `,
          `It ${w.mustNot} travel through personal accounts, personal API keys or unapproved browser extensions.`,
        ];
      },
    },
    {
      id: 'soc2.change',
      citation: 'CC8.1',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        return [
          `Changes written with AI help ${w.must} go through the same change approval and testing as any other change before they reach production.`,
        ];
      },
    },
    {
      id: 'soc2.confidential',
      citation: 'C1.1',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        const classes = context.classesWith('confidential');
        if (classes.length === 0)
          return [
            `Where Confidentiality is in the audit scope, confidential information is identified through the data classes of this policy, and it ${w.mustNot} enter any AI tool that is not cleared for its class.`,
          ];
        return [
          `Where Confidentiality is in the audit scope, confidential information ${w.mustNot} enter an AI tool that is not cleared for its class: `,
          ...classRecipientsList(context, classes, w),
          '.',
        ];
      },
    },
    {
      id: 'soc2.communicate',
      citation: 'CC2.2',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        const {training} = context.config;
        const when = trainingDeadline(context);
        return [
          `Everyone who uses AI tools ${w.must} be told about this policy and their part in it when they get access and whenever the policy changes`,
          training.required
            ? `, and ${w.must} complete ${training.course ?? 'the AI tools training'} ${when}.`
            : '.',
        ];
      },
    },
    {
      id: 'soc2.policies',
      citation: 'CC5.3',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        const {owner, review} = context.config;
        return [
          `The AI procedures in this policy ${w.must} stay written down here and be reassessed at each ${review.cadence} review`,
          owner ? ` by ${asRole(owner)}.` : '.',
        ];
      },
    },
  ],
};
