import type {Inline} from '../../vocabulary/document-nodes.js';
import {punctuate} from '../../vocabulary/locale-format.js';
import type {DraftBlock} from '../anchors.js';
import {effectiveRules} from '../decisions.js';
import {heading, type InlineInput, paragraph, strong, toInlines} from '../inline.js';
import {type MessageId, say, sayText} from '../messages.js';
import {effectiveRuleLabel, policyContact, setByMarker} from '../phrases.js';
import {sectorSentences} from '../sector-clauses.js';
import type {SectionBuilder} from './section.js';

const cell = (...parts: InlineInput[]): Inline[] => toInlines(parts);

export const dataClassification: SectionBuilder = (context) => {
  const {config, table} = context;
  const classes = config.dataClasses;
  const label = (id: MessageId) => sayText(context, id);

  // The rule a class really has: its written rule with every hard rule that applies, never the looser one.
  const rules = effectiveRules(config);
  const ruleCell = (index: number) =>
    effectiveRuleLabel(context, rules[index]!, classes[index]!.rule, classes[index]!.id);

  // A column no class fills would be an empty column on every page: leave it out.
  const showExamples = classes.some((dataClass) => dataClass.examples.length > 0);
  const classTable: DraftBlock = {
    type: 'table',
    role: 'data-classes',
    caption: label('data-classification.classes-caption'),
    columns: [
      {label: label('data-classification.column.class')},
      ...(showExamples ? [{label: label('data-classification.column.examples')}] : []),
      {label: label('data-classification.column.rule')},
    ],
    rows: classes.map((dataClass, index) => [
      cell(strong(dataClass.name), ...setByMarker(context, context.provenance?.dataClasses[index])),
      ...(showExamples ? [cell(dataClass.examples.join(`${punctuate(';', context.locale)} `))] : []),
      cell(ruleCell(index)),
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
        label: label(`common.decision.${decision.reason}`),
      },
    ];
  };
  const matrix: DraftBlock = {
    type: 'table',
    role: 'tool-matrix',
    caption: label('data-classification.matrix-caption'),
    columns: [
      {label: label('data-classification.column.tool')},
      ...classes.map((dataClass) => ({label: dataClass.name, align: 'center' as const})),
    ],
    rows: [
      ...config.tools.map((tool) => [
        cell(strong(tool.name)),
        ...classes.map((dataClass) => matrixCell(tool.name, dataClass.id)),
      ]),
      [
        cell(
          sayText(context, 'common.any-tool-not-listed', {
            prohibited: config.prohibitedTools.length > 0 ? 'yes' : 'no',
          }),
        ),
        ...classes.map((dataClass) => matrixCell(null, dataClass.id)),
      ],
    ],
  };

  return {
    title: label('data-classification.title'),
    summary: label('data-classification.summary'),
    blocks: [
      classTable,
      heading(1, label('data-classification.matrix-caption')),
      matrix,
      paragraph(
        // A class that holds credentials already reads "Never" in the table above; say it only when none does.
        ...(classes.some((dataClass) => dataClass.categories.includes('credentials'))
          ? []
          : [...say(context, 'data-classification.credentials'), ' ']),
        ...say(context, 'data-classification.unsure', {contact: policyContact(context)}),
      ),
      // What the law says about the controlled data a class holds: one paragraph per instrument's duty.
      ...sectorSentences(context, 'data-classification').map((sentence) => paragraph(...sentence)),
    ],
  };
};
