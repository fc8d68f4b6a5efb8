import {paragraph} from '../inline.js';
import {say, sayText} from '../messages.js';
import {asRole} from '../phrases.js';
import {REGIMES} from '../regimes/index.js';
import type {SectionBuilder} from './section.js';

export const purposeAndScope: SectionBuilder = (context) => {
  const {config} = context;
  const lawRegimes = config.compliance.filter((id) => REGIMES[id].nature !== 'framework').length;
  return {
    title: sayText(context, 'purpose-and-scope.title'),
    summary: sayText(context, 'purpose-and-scope.summary'),
    blocks: [
      paragraph(...say(context, 'purpose-and-scope.scope')),
      paragraph(
        ...say(context, 'purpose-and-scope.stakes'),
        ' ',
        ...say(context, 'purpose-and-scope.binding', {
          approver: asRole(context, config.exceptions.approver),
          lawRegimes,
        }),
      ),
    ],
  };
};
