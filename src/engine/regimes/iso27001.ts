import {classRecipientsList} from '../claims.js';
import {paragraph, strong} from '../inline.js';
import {asRole, trainingDeadline} from '../phrases.js';
import type {Regime} from './regime.js';

const SOURCE = 'ciso-assistant-community iso27001-2022.yaml';

export const iso27001: Regime = {
  id: 'iso27001',
  label: 'ISO/IEC 27001',
  title: 'ISO/IEC 27001 obligations',
  instrument: 'ISO/IEC 27001:2022',
  nature: 'certification',
  canonicalUrl: 'https://www.iso.org/standard/27001',
  intro: (context) => [
    paragraph(
      'ISO/IEC 27001 is a certifiable standard for information security management systems (ISMS), not a law. ',
      `For ${context.config.organization}, this policy is part of the ISMS, and the Annex A controls below are what the certification auditor expects to see applied to AI tools.`,
    ),
  ],
  clauses: [
    {
      id: 'iso27001.policy',
      citation: 'A.5.1',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        return [
          `This policy ${w.must} sit in the ISMS document set as a topic-specific policy under the information security policy, approved by management and communicated to everyone it covers.`,
        ];
      },
    },
    {
      id: 'iso27001.acceptable-use',
      citation: 'A.5.10',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        return [
          'The approved tools, data rules and prohibited uses in this policy are the acceptable-use rules for AI tools. ',
          `Any other use ${w.isProhibited} unless ${asRole(context.config.exceptions.approver)} approves an exception.`,
        ];
      },
    },
    {
      id: 'iso27001.classification',
      citation: 'A.5.12; A.5.13',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        const classes = context.config.dataClasses;
        const most = classes[classes.length - 1];
        return [
          `What goes into an AI tool ${w.must} follow the information’s classification and label, using the data classes of this policy`,
          ...(most
            ? [
                `; information that is not labelled yet ${w.must} be treated as `,
                strong(most.name),
                ' until someone classifies it.',
              ]
            : ['.']),
        ];
      },
    },
    {
      id: 'iso27001.transfer',
      citation: 'A.5.14',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        return [
          `Prompts, uploads and shared files are information transfers to the AI vendor, so they ${w.must} follow the transfer rules: each data class goes only into the tools the data classification clears for it.`,
        ];
      },
    },
    {
      id: 'iso27001.suppliers',
      citation: 'A.5.19; A.5.20; A.5.21; A.5.22',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        return [
          `AI suppliers ${w.must} be vetted before approval and have their security obligations written into the agreement. `,
          `Their service ${w.must} then be monitored for changes to terms, sub-processors and the underlying models they depend on.`,
        ];
      },
    },
    {
      id: 'iso27001.cloud',
      citation: 'A.5.23',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        return [
          `Hosted AI tools ${w.must} be managed as cloud services: company-administered accounts, retention settings checked at onboarding, and an exit plan that covers deleting our data.`,
        ];
      },
    },
    {
      id: 'iso27001.ip',
      citation: 'A.5.32',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        return [
          `Inputs ${w.mustNot} include third-party material we have no right to share. `,
          `Output that appears to come from an identifiable source ${w.must} have its licence checked before it ships.`,
        ];
      },
    },
    {
      id: 'iso27001.pii',
      citation: 'A.5.34',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        const personal = context.classesWith('personal-data');
        const rule = `Privacy laws and contracts apply to prompts and outputs as to any other processing of personally identifiable information`;
        if (personal.length === 0)
          return [`${rule}, and it ${w.must} go only into the tools cleared for its data class.`];
        return [`${rule}: `, ...classRecipientsList(context, personal, w), '.'];
      },
    },
    {
      id: 'iso27001.training',
      citation: 'A.6.3',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        const {training} = context.config;
        const when = trainingDeadline(context);
        return [
          `Security awareness training ${w.must} cover this policy`,
          training.required
            ? `; at ${context.config.organization} that means ${training.course ?? 'the AI tools training'}, completed ${when}${training.refresh ? ` and repeated ${training.refresh}` : ''}.`
            : '.',
        ];
      },
    },
    {
      id: 'iso27001.discipline',
      citation: 'A.6.4',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        return [
          `Serious or repeated violations of this policy ${w.must} go through the formal disciplinary process.`,
        ];
      },
    },
    {
      id: 'iso27001.dlp',
      citation: 'A.8.12',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        return [
          `Data leakage prevention ${w.must} cover AI endpoints: secret scanning before commit and in CI, and network or browser controls that keep each data class out of the AI services not cleared for it.`,
        ];
      },
    },
    {
      id: 'iso27001.sdlc',
      citation: 'A.8.25; A.8.28; A.8.32',
      status: 'verified',
      source: SOURCE,
      sentence: (context) => {
        const w = context.wording;
        return [
          `AI-generated code ${w.must} be reviewed by a person, meet the secure coding standard and pass change management like any other code.`,
        ];
      },
    },
  ],
};
