import {bulletList} from '../inline.js';
import {say, sayText} from '../messages.js';
import {possessiveRole} from '../phrases.js';
import type {SectionBuilder} from './section.js';

export const budgets: SectionBuilder = (context) => {
  const {owner, period, anomalyResponse, tooling} = context.config.budgets;
  return {
    title: sayText(context, 'budgets.title'),
    summary: sayText(context, 'budgets.summary'),
    blocks: [
      bulletList([
        say(context, 'budgets.owner', {period, owner: possessiveRole(context, owner)}),
        say(context, 'budgets.anomalies', {anomalyResponse}),
        tooling ? say(context, 'budgets.tooling', {tooling}) : say(context, 'budgets.tooling-none'),
      ]),
    ],
  };
};
