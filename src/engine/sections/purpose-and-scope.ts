import {dutySaidIn} from '../duties.js';
import {paragraph} from '../inline.js';
import {say, sayText} from '../messages.js';
import type {SectionBuilder} from './section.js';

export const purposeAndScope: SectionBuilder = (context) => {
  return {
    title: sayText(context, 'purpose-and-scope.title'),
    summary: sayText(context, 'purpose-and-scope.summary'),
    blocks: [
      paragraph(...say(context, 'purpose-and-scope.scope')),
      paragraph(
        ...say(context, 'purpose-and-scope.stakes'),
        ' ',
        ...dutySaidIn(context, 'sanctions', 'purpose-and-scope'),
      ),
    ],
  };
};
