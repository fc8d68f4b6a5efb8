import {paragraph} from '../inline.js';
import {trainingDeadline} from '../phrases.js';
import type {Regime} from './regime.js';

const SOURCE = 'ciso-assistant-community ai-act.yaml';
const OMNIBUS = 'Council press release on the Digital Omnibus, 29 Jun 2026 (reported)';

export const euAiAct: Regime = {
  id: 'eu-ai-act',
  label: 'EU AI Act',
  title: 'EU AI Act obligations',
  instrument: 'Regulation (EU) 2024/1689 (Artificial Intelligence Act)',
  nature: 'law',
  canonicalUrl: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
  intro: (context) => [
    paragraph(
      'The EU AI Act is the EU regulation on artificial intelligence. ',
      `When ${context.config.organization} uses an AI system under its own authority it is a deployer (Art. 3(4)), and the duties below apply from the dates given in each rule.`,
    ),
  ],
  clauses: [
    {
      id: 'euaiact.literacy',
      citation: 'Art. 4; Art. 113(a)',
      status: 'verified',
      source: `${SOURCE}; aiactblog.nl on the Digital Omnibus (reported change)`,
      sentence: (context) => {
        const w = context.wording;
        const {training} = context.config;
        const when = trainingDeadline(context);
        return [
          `Since 2 February 2025, everyone who uses or runs AI systems for ${context.config.organization} ${w.must} have enough AI literacy for their role, including the tools’ limits and risks. `,
          training.required
            ? `Here that means completing ${training.course ?? 'the AI tools training'} ${when}${training.refresh ? ` and repeating it ${training.refresh}` : ''}.`
            : `No AI training is configured in this policy, so team leads ${w.must} make sure their people understand the tools before use.`,
        ];
      },
    },
    {
      id: 'euaiact.prohibited',
      citation: 'Art. 5(1)(f)',
      status: 'verified',
      source: `${SOURCE}; ${OMNIBUS}`,
      sentence: (context) => {
        const w = context.wording;
        return [
          `Since 2 February 2025, AI ${w.mustNot} be used for any practice banned by Art. 5, and in particular not to infer the emotions of employees at work; only medical or safety uses are exempt.`,
        ];
      },
    },
    {
      id: 'euaiact.deployer',
      citation: 'Art. 26(1), (2), (5), (6), (7), (11); Art. 3(4)',
      status: 'verified',
      source: `${SOURCE}; ${OMNIBUS}`,
      sentence: (context) => {
        const w = context.wording;
        return [
          `From 2 August 2026, a high-risk AI system, such as one that screens candidates or evaluates staff (Annex III point 4), ${w.must} be used according to the provider’s instructions and under competent human oversight, be monitored, have its logs kept for at least six months, and be announced beforehand to workers’ representatives and the workers concerned; people it helps make decisions about ${w.must} be told. `,
          'Everyday coding and chat assistants are not high-risk on their own.',
        ];
      },
    },
    {
      id: 'euaiact.transparency',
      citation: 'Art. 50(3), (4)',
      status: 'verified',
      source: `${SOURCE}; epium.com on the Omnibus deal (reported change)`,
      sentence: (context) => {
        const w = context.wording;
        return [
          `From 2 August 2026, deepfakes ${w.must} be labelled as AI-generated, and AI-generated text published to inform the public ${w.must} be disclosed unless a person has reviewed it and takes editorial responsibility. `,
          `People ${w.must} be told when emotion recognition or biometric categorisation is used on them.`,
        ];
      },
    },
  ],
  caveats: (context) => [
    [
      'Reported, not verified: the Digital Omnibus on AI moves the Art. 26 high-risk deployer duties to 2 December 2027 for Annex III uses and 2 August 2028 for Annex I products. ',
      'The Council approved it on 29 June 2026, but its publication in the Official Journal has not been verified; check the Official Journal before relying on the later dates.',
    ],
    [
      'Reported, not verified: the Omnibus adds an Art. 5 ban on generating non-consensual intimate content or child sexual abuse material, applying from 2 December 2026. ',
      'Check the Official Journal for the final text.',
    ],
    [
      `Reported, not verified: providers get a grace period until 2 December 2026 for the Art. 50(2) duty to mark AI-generated content. That duty falls on providers, not on ${context.config.organization} as a deployer; check the Official Journal for the final text.`,
    ],
    [
      'Reported, not verified: the Omnibus softens the wording of the Art. 4 AI literacy duty. ',
      'Until the amended text appears in the Official Journal, apply Art. 4 as written.',
    ],
  ],
};
