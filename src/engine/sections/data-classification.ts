import {classRecipientsClaim} from '../claims.js';
import {heading, type InlineInput, paragraph, strong, toInlines} from '../inline.js';
import {DECISION_LABELS, RULE_LABELS} from '../labels.js';
import type {Block, Inline} from '../model.js';
import {policyContact, strongNames} from '../phrases.js';
import type {SectionBuilder} from './section.js';

const cell = (...parts: InlineInput[]): Inline[] => toInlines(parts);

/** The "may go into" cell of a class: the table's answer, not the class rule. */
function recipientsPhrase(tools: string[], unlisted: boolean): InlineInput[] {
  if (tools.length === 0) return [unlisted ? 'Only tools not on the approved list' : 'No AI tool'];
  return [...strongNames(tools), unlisted ? ', and tools not on the list' : ''];
}

export const dataClassification: SectionBuilder = (context) => {
  const {config, wording, table} = context;
  const classes = config.dataClasses;

  const classTable: Block = {
    type: 'table',
    role: 'data-classes',
    caption: 'Data classes and where they may go',
    columns: [{label: 'Data class'}, {label: 'Examples'}, {label: 'Class rule'}, {label: 'May go into'}],
    rows: classes.map((dataClass) => [
      cell(strong(dataClass.name)),
      cell(dataClass.examples.join('; ')),
      cell(RULE_LABELS[dataClass.rule]),
      [classRecipientsClaim(context, dataClass.id, recipientsPhrase)],
    ]),
  };

  const matrixCell = (tool: string | null, classId: string): Inline[] => {
    const decision =
      tool === null
        ? table.unlisted.find((candidate) => candidate.dataClass === classId)!
        : table.decision(tool, classId)!;
    return [
      {
        type: 'decision',
        tool,
        dataClass: classId,
        allowed: decision.allowed,
        reason: decision.reason,
        label: DECISION_LABELS[decision.reason],
      },
    ];
  };
  const matrix: Block = {
    type: 'table',
    role: 'tool-matrix',
    caption: 'Which tool may receive which data class',
    columns: [
      {label: 'Tool'},
      ...classes.map((dataClass) => ({label: dataClass.name, align: 'center' as const})),
    ],
    rows: [
      ...config.tools.map((tool) => [
        cell(strong(tool.name)),
        ...classes.map((dataClass) => matrixCell(tool.name, dataClass.id)),
      ]),
      [cell('Any tool not listed'), ...classes.map((dataClass) => matrixCell(null, dataClass.id))],
    ],
  };

  const closed = classes.filter(
    (dataClass) => table.recipients(dataClass.id).length === 0 && !table.unlistedMayReceive(dataClass.id),
  );
  const blocks: Block[] = [
    paragraph(
      'Most AI incidents are not attacks: they are ordinary pastes of a customer record, a credential or a piece of proprietary code into a prompt. ',
      `These rules decide what may be typed, pasted or uploaded into any AI tool, approved or not, and they ${wording.must} be applied before every prompt.`,
    ),
    classTable,
    heading(1, 'Tool by data class'),
    paragraph(
      'Each cell follows from the class rule, the tool’s agreements, any limit set for the tool, and the rules of the selected regimes; a cell that says no names the rule.',
    ),
    matrix,
  ];
  if (closed.length > 0) {
    blocks.push(
      paragraph(
        'Data in ',
        ...closed.flatMap((dataClass, index) => [
          index === 0 ? '' : index === closed.length - 1 ? ' or ' : ', ',
          classRecipientsClaim(context, dataClass.id, () => [strong(dataClass.name)]),
        ]),
        ` ${wording.mustNot} go into any AI tool: not in a prompt, an uploaded file or an agent’s context.`,
      ),
    );
  }
  blocks.push(
    paragraph(
      `Secrets and credentials ${wording.mustNot} go into any AI tool, whatever class they sit in. `,
      `Automated secret scanning ${wording.must} run in pre-commit hooks and in CI to catch them, and a finding there is handled as an incident.`,
    ),
    paragraph(
      `When unsure which class data belongs to, treat it as the more sensitive one and ask ${policyContact(context)}.`,
    ),
  );

  return {
    title: 'Data classification',
    summary: 'Which classes of data may go into which AI tools, with the tool by class matrix.',
    blocks,
  };
};
