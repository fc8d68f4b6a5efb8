import type {DraftBlock} from '../anchors.js';
import {paragraph, strong, toInlines} from '../inline.js';
import {say, sayText} from '../messages.js';
import {asRole, reportTo} from '../phrases.js';
import type {SectionBuilder} from './section.js';

export const incidentsAndExceptions: SectionBuilder = (context) => {
  const {config} = context;
  const approver = asRole(context, config.exceptions.approver);
  const label = (id: Parameters<typeof sayText>[1]) => sayText(context, id);
  const blocks: DraftBlock[] = [
    paragraph(...say(context, 'incidents-and-exceptions.report', {contact: reportTo(context)})),
    paragraph(...say(context, 'incidents-and-exceptions.exceptions', {approver})),
  ];
  if (config.exceptions.granted.length > 0) {
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
      rows: config.exceptions.granted.map((exception) => [
        toInlines([strong(exception.who)]),
        toInlines([exception.what]),
        toInlines([exception.approvedBy ?? label('incidents-and-exceptions.approval-not-recorded')]),
        toInlines([exception.expires]),
      ]),
    });
  }
  blocks.push(
    paragraph(
      ...say(context, 'incidents-and-exceptions.review', {
        cadence: sayText(context, `common.cadence.${config.review.cadence}`),
      }),
    ),
  );
  return {
    title: label('incidents-and-exceptions.title'),
    summary: label('incidents-and-exceptions.summary'),
    blocks,
  };
};
