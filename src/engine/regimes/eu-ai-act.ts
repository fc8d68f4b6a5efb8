import {annexPoint, article} from '../citations.js';
import type {Regime} from './regime.js';

const SOURCE = 'ciso-assistant-community ai-act.yaml';
const OMNIBUS = 'Council press release on the Digital Omnibus, 29 Jun 2026 (reported)';

export const euAiAct: Regime = {
  id: 'eu-ai-act',
  instrument: 'Regulation (EU) 2024/1689 (Artificial Intelligence Act)',
  nature: 'law',
  canonicalUrl: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
  clauses: [
    {
      id: 'euaiact.literacy',
      duty: 'training',
      citation: [article(4)],
      status: 'verified',
      source: `${SOURCE}; aiactblog.nl on the Digital Omnibus (reported change)`,
      checked:
        'applies from 2 February 2025 (Art. 113(a), a start date recorded here, not cited as a source of the duty); "to their best extent" kept',
      caveat: 'eu-ai-act.caveat',
    },
    {
      id: 'euaiact.prohibited',
      duty: 'prohibited-practices',
      citation: [article(5, {paragraph: [1]})],
      status: 'partially',
      source: `${SOURCE}; ${OMNIBUS}`,
      checked:
        '5(1)(f) verified: workplace and education institutions, with the medical and safety exception; the other points of 5(1) are named by their subject only, from secondary summaries',
      caveat: 'eu-ai-act.caveat',
    },
    {
      id: 'euaiact.deployer',
      citation: [article(26, {paragraph: [1, 2, 5, 6, 7, 11]}), article(3, {point: [4]})],
      status: 'verified',
      source: `${SOURCE}; ${OMNIBUS}`,
      checked:
        'high-risk systems only; applies 2 August 2026 (Art. 113); later dates reported (caveat); the example follows the industry: Annex III point 5(b) (creditworthiness, fraud detection excluded) for financial services, point 3 for education, point 4 otherwise',
      caveat: 'eu-ai-act.caveat',
    },
    {
      // A decision the organization reserves to a person is, where a high-risk system supports it (credit
      // scoring, Annex III point 5(b)), the human oversight Art. 26(2) asks of deployers: cited on that
      // one sentence, not restated here.
      id: 'euaiact.oversight',
      duty: 'automated-decisions',
      appliesTo: (context) => context.config.useCases.humanDecisions.length > 0,
      citation: [article(26, {paragraph: [2]})],
      status: 'verified',
      source: SOURCE,
      checked:
        'Art. 26(2): deployers assign human oversight to natural persons with the competence, training and authority it needs; cited only where the organization reserves decisions to a person',
    },
    {
      id: 'euaiact.fria',
      citation: [article(27, {paragraph: [1, 3]}), annexPoint('III', 5, ['b'])],
      status: 'reported',
      source:
        'secondary sources (FRIA templates and guides naming Art. 27 deployers: public bodies, providers of public services, Annex III 5(b) and (c)); EUR-Lex not opened',
      checked:
        "who must assess (public bodies, providers of public services, deployers of 5(b) and (c) systems) and the notice of results to the market surveillance authority; a bank is named for 5(b) (credit scoring) only, since 5(c) (life and health insurance pricing) is an insurer's business and the industry list has no insurance value",
      caveat: 'eu-ai-act.caveat-reported',
      appliesTo: (context) => ['financial-services', 'government'].includes(context.config.industry),
    },
    {
      id: 'euaiact.transparency',
      citation: [article(50, {paragraph: [3, 4]})],
      status: 'verified',
      source: `${SOURCE}; epium.com on the Omnibus deal (reported change)`,
      checked: '50(4) keeps "on matters of public interest" and the editorial-responsibility exception',
    },
  ],
};
