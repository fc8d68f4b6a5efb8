import {bulletList, note, paragraph} from '../inline.js';
import {possessiveRole} from '../phrases.js';
import type {SectionBuilder} from './section.js';

const PERIOD_ADJECTIVES = {monthly: 'monthly', quarterly: 'quarterly', annual: 'annual'} as const;

export const budgets: SectionBuilder = ({config, wording}) => {
  const {owner, period, anomalyResponse, tooling} = config.budgets;
  return {
    title: 'Budgets and cost accountability',
    summary: `Who owns AI spend, how it is tracked, and how fast anomalies are investigated.`,
    blocks: [
      bulletList([
        [
          `Every team has a ${PERIOD_ADJECTIVES[period]} budget for AI tools and API usage, owned by ${possessiveRole(owner)}.`,
        ],
        [
          `Spend ${wording.must} be attributable per person and per project, so a cost can be traced to the work that caused it.`,
        ],
        [
          `Unusual spend (a runaway agent loop, a retry storm, a leaked API key) ${wording.must} be investigated within ${anomalyResponse} of being noticed.`,
        ],
      ]),
      tooling
        ? paragraph(`Spend is tracked and capped with ${tooling}.`)
        : paragraph(
            `Spend tracking and caps are set up in each provider's console until a central tool takes over.`,
          ),
      note(
        'info',
        'A written policy cannot stop a runaway bill. Budgets only hold when tooling tracks usage and enforces hard caps automatically; this section says who is accountable, not what is technically prevented.',
      ),
    ],
  };
};
