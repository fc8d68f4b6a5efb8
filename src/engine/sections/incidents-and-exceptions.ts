import {bulletList, heading, paragraph, strong, toInlines} from '../inline.js';
import {CADENCE_MONTHS, CADENCE_PHRASES} from '../labels.js';
import type {Block} from '../model.js';
import {asRole} from '../phrases.js';
import {nextReviewDate} from '../review-dates.js';
import type {SectionBuilder} from './section.js';

export const incidentsAndExceptions: SectionBuilder = ({config, wording}) => {
  const {contact, channel} = config.incidents;
  const where = [contact, channel].filter((value): value is string => value !== undefined);
  const blocks: Block[] = [
    heading(1, 'Reporting an incident'),
    paragraph(
      `Anyone who suspects that data went somewhere it should not have through an AI tool ${wording.must} report it at once`,
      where.length > 0 ? ` to ${where.join(' or ')}` : ' to the security team',
      '. That includes a prompt with a secret in it, an upload to the wrong tool, or an agent that touched data it should not have. ',
      'Fast reporting is what limits the damage, so it is always treated as the right thing to do and never punished; a leaked credential is rotated first and discussed later.',
    ),
    heading(1, 'Exceptions'),
    paragraph(
      `An exception to this policy ${wording.must} be approved in writing by ${asRole(config.exceptions.approver)} and ${wording.must} carry an expiry date. `,
      'An exception that has expired no longer applies, whether or not anyone noticed.',
    ),
  ];
  if (config.exceptions.granted.length > 0) {
    blocks.push({
      type: 'table',
      role: 'generic',
      caption: 'Exceptions currently granted',
      columns: [{label: 'Who'}, {label: 'What it allows'}, {label: 'Approved by'}, {label: 'Expires'}],
      rows: config.exceptions.granted.map((exception) => [
        toInlines([strong(exception.who)]),
        toInlines([exception.what]),
        toInlines([exception.approvedBy ?? config.exceptions.approver]),
        toInlines([exception.expires]),
      ]),
    });
  }
  const {cadence, lastReviewed} = config.review;
  const next = lastReviewed ? nextReviewDate(lastReviewed, CADENCE_MONTHS[cadence]) : null;
  blocks.push(
    heading(1, 'Keeping this policy current'),
    bulletList([
      [
        `This policy is reviewed ${CADENCE_PHRASES[cadence]}`,
        lastReviewed ? `; it was last reviewed on ${lastReviewed} and is next due by ${next}` : '',
        '. AI tools change quickly, and a policy that has fallen behind them starts to read as optional.',
      ],
      [
        `Changes go through a reviewed pull request to the policy file, so every page that shows the policy updates at once.`,
      ],
    ]),
  );
  return {
    title: 'Incidents and exceptions',
    summary:
      'How to report a suspected AI data exposure, how exceptions are granted, and how the policy is kept current.',
    blocks,
  };
};
