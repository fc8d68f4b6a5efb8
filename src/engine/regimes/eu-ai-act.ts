import {annexPoint, article} from '../citations.js';
import type {PolicyContext} from '../context.js';
import type {Regime} from './regime.js';

const SOURCE = 'ciso-assistant-community ai-act.yaml';
const OMNIBUS = 'Council press release on the Digital Omnibus, 29 Jun 2026 (reported)';

/** Industries whose organizations are often bodies governed by public law or providers of public services. */
const PUBLIC_SECTOR_INDUSTRIES: ReadonlySet<string> = new Set(['education', 'government']);

/**
 * Art. 50(4)'s duty to disclose AI-generated text on matters of public interest is the same duty as the
 * policy's own published-content disclosure: with both, it is said once, bound and cited, under "Disclosing
 * AI use", and the Act's transparency bullet leaves it out.
 */
export function publishedTextSaidInDisclosure(context: PolicyContext): boolean {
  return context.config.disclosure.publishedContent && context.config.compliance.includes('eu-ai-act');
}

export const euAiAct: Regime = {
  id: 'eu-ai-act',
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
        'high-risk systems only; Art. 113 applies Art. 26 to Annex III systems from 2 August 2026, a date the 2026 Digital Omnibus is reported (Official Journal not checked) to move to 2 December 2027: the policy states the duty without a date, so it applies now as our own rule, stricter than the law either way; the example follows the industry: Annex III point 5(b) (creditworthiness, fraud detection excluded) for financial services, point 3 for education, point 4 otherwise',
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
      appliesTo: (context) => context.config.industry === 'financial-services',
    },
    {
      // Art. 27(1) binds public bodies and private providers of public services whatever the use: a school or
      // an agency may be either, which the config cannot tell, so the duty is said as a condition.
      id: 'euaiact.fria-public',
      citation: [article(27, {paragraph: [1, 3]})],
      status: 'reported',
      source:
        'secondary sources (FRIA templates and guides naming Art. 27 deployers: bodies governed by public law and private bodies providing public services); EUR-Lex not opened',
      checked:
        'who must assess (bodies governed by public law, private bodies providing public services) before first use, and the notice of results to the market surveillance authority (27(3)); said as a condition for industries that are often public: education and government',
      caveat: 'eu-ai-act.caveat-reported',
      appliesTo: (context) => PUBLIC_SECTOR_INDUSTRIES.has(context.config.industry),
    },
    {
      id: 'euaiact.transparency',
      citation: [article(50, {paragraph: [3, 4]})],
      status: 'verified',
      source: `${SOURCE}; epium.com on the Omnibus deal (reported change)`,
      checked:
        '50(4) keeps "on matters of public interest" and the editorial-responsibility exception; Art. 50 applies from 2 August 2026 (Art. 113), already past, so the policy gives no date; where the config discloses published content, the text duty is said once, bound and cited Art. 50(4), under "Disclosing AI use", and this bullet leaves it out',
      slots: (context) => ({text: publishedTextSaidInDisclosure(context) ? 'no' : 'yes'}),
    },
  ],
};
