import {formatDate} from '../../vocabulary/locale-format.js';
import type {DraftBlock} from '../anchors.js';
import {dutySaidIn, reviewCadenceApart} from '../duties.js';
import {paragraph, strong, toInlines} from '../inline.js';
import {say, sayText} from '../messages.js';
import {waivedHardRule} from '../register.js';
import {sectorSentences} from '../sector-clauses.js';
import type {SectionBuilder} from './section.js';

const SECTION = 'incidents-and-exceptions';

export const incidentsAndExceptions: SectionBuilder = (context) => {
  const {config} = context;
  const label = (id: Parameters<typeof sayText>[1]) => sayText(context, id);
  const blocks: DraftBlock[] = [
    paragraph(...dutySaidIn(context, 'incident-reporting', SECTION)),
    ...sectorSentences(context, SECTION).map((sentence) => paragraph(...sentence)),
    paragraph(...dutySaidIn(context, 'exceptions', SECTION)),
  ].filter((block) => block.children.length > 0);
  // A row that ended before the policy took effect is not part of it, and a row that would waive a hard rule
  // cannot be: the page leaves both off, and `check` says why (the JSON keeps every row). A later row shows
  // its expiry date, never "current".
  const granted = config.exceptions.granted.filter(
    (exception) => exception.expires >= config.effectiveDate && waivedHardRule(context, exception) === null,
  );
  if (granted.length > 0) {
    blocks.push({
      type: 'table',
      role: 'generic',
      caption: label('incidents-and-exceptions.register-caption'),
      columns: [
        {label: label('incidents-and-exceptions.column.who')},
        {label: label('incidents-and-exceptions.column.what')},
        {label: label('incidents-and-exceptions.column.approved-by')},
        {label: label('incidents-and-exceptions.column.expires')},
      ],
      rows: granted.map((exception) => [
        toInlines([strong(exception.who)]),
        toInlines([exception.what]),
        toInlines([exception.approvedBy ?? label('incidents-and-exceptions.approval-not-recorded')]),
        toInlines([formatDate(exception.expires, context.locale, 'numeric')]),
      ]),
    });
  }
  const review = dutySaidIn(context, 'policy-review', SECTION);
  if (review.length > 0) blocks.push(paragraph(...review));
  // The organization's own cadence, where a law's review duty says "must": a paragraph of its own, in the
  // posture's voice, so the law's citation does not cover it.
  if (review.length > 0 && reviewCadenceApart(context)) {
    blocks.push(
      paragraph(
        ...say(context, 'incidents-and-exceptions.review-cadence', {
          cadence: sayText(context, `common.cadence.${config.review.cadence}`),
        }),
      ),
    );
  }
  return {
    title: label('incidents-and-exceptions.title'),
    summary: label('incidents-and-exceptions.summary'),
    blocks,
  };
};
