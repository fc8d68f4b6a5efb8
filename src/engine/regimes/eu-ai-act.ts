import {sayText} from '../messages.js';
import type {Regime} from './regime.js';

const SOURCE = 'ciso-assistant-community ai-act.yaml';
const OMNIBUS = 'Council press release on the Digital Omnibus, 29 Jun 2026 (reported)';

export const euAiAct: Regime = {
  id: 'eu-ai-act',
  label: 'EU AI Act',
  instrument: 'Regulation (EU) 2024/1689 (Artificial Intelligence Act)',
  nature: 'law',
  canonicalUrl: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
  caveat: true,
  clauses: [
    {
      id: 'euaiact.literacy',
      citation: 'Art. 4; Art. 113(a)',
      status: 'verified',
      source: `${SOURCE}; aiactblog.nl on the Digital Omnibus (reported change)`,
      checked: 'applies from 2 February 2025 (Art. 113(a))',
      slots: (context) => ({
        training: sayText(
          context,
          context.config.training.required ? 'eu-ai-act.literacy-training' : 'eu-ai-act.literacy-no-training',
        ),
      }),
    },
    {
      id: 'euaiact.prohibited',
      citation: 'Art. 5(1)(f)',
      status: 'verified',
      source: `${SOURCE}; ${OMNIBUS}`,
      checked: 'workplace and education institutions, with the medical and safety exception',
    },
    {
      id: 'euaiact.deployer',
      citation: 'Art. 26(1), (2), (5), (6), (7), (11); Art. 3(4)',
      status: 'verified',
      source: `${SOURCE}; ${OMNIBUS}`,
      checked: 'high-risk systems only; applies 2 August 2026 (Art. 113); later dates reported (caveat)',
    },
    {
      id: 'euaiact.transparency',
      citation: 'Art. 50(3), (4)',
      status: 'verified',
      source: `${SOURCE}; epium.com on the Omnibus deal (reported change)`,
      checked: '50(4) keeps "on matters of public interest" and the editorial-responsibility exception',
    },
  ],
};
