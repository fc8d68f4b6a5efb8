import {classesForUnlistedTools} from '../decisions.js';
import {heading, type InlineInput, paragraph, strong, toInlines} from '../inline.js';
import {RULE_LABELS} from '../labels.js';
import type {Block, Inline, ToolClassDecision} from '../model.js';
import type {SectionBuilder} from './section.js';

const DECISION_LABELS: Record<ToolClassDecision['reason'], string> = {
  allowed: 'Allowed',
  'class-never': 'No: never in AI tools',
  'agreement-too-weak': 'No: agreement does not cover it',
  'above-tool-ceiling': 'No: above this tool’s limit',
  'tool-prohibited': 'No: tool is prohibited',
  'unlisted-ceiling': 'No: unlisted tools',
};

const cell = (...parts: InlineInput[]): Inline[] => toInlines(parts);

export const dataClassification: SectionBuilder = (context) => {
  const {config, wording} = context;
  const classes = config.dataClasses;
  const unlisted = new Set(classesForUnlistedTools(config));

  const classTable: Block = {
    type: 'table',
    role: 'data-classes',
    caption: 'Data classes and where they may go',
    columns: [{label: 'Data class'}, {label: 'Examples'}, {label: 'May go into'}],
    rows: classes.map((dataClass) => [
      cell(strong(dataClass.name)),
      cell(dataClass.examples.join('; ')),
      cell(RULE_LABELS[dataClass.rule]),
    ]),
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
        ...classes.map((dataClass) => {
          const decision = context.decisions.find(
            (d) => d.tool === tool.name && d.dataClass === dataClass.id,
          )!;
          return cell(DECISION_LABELS[decision.reason]);
        }),
      ]),
      [
        cell('Any tool not listed'),
        ...classes.map((dataClass) =>
          cell(unlisted.has(dataClass.id) ? DECISION_LABELS.allowed : DECISION_LABELS['unlisted-ceiling']),
        ),
      ],
    ],
  };

  const never = classes.filter((dataClass) => dataClass.rule === 'never');
  const blocks: Block[] = [
    paragraph(
      'Most AI incidents are not attacks: they are ordinary pastes of a customer record, a credential or a piece of proprietary code into a prompt. ',
      `These rules decide what may be typed, pasted or uploaded into any AI tool, approved or not, and they ${wording.must} be applied before every prompt.`,
    ),
    classTable,
    heading(1, 'Tool by data class'),
    paragraph('Each cell follows from the class rule, the tool’s agreement and any limit set for the tool.'),
    matrix,
  ];
  if (never.length > 0) {
    blocks.push(
      paragraph(
        'Data in the class ',
        ...never.flatMap((dataClass, index) => [index > 0 ? ' or the class ' : '', strong(dataClass.name)]),
        ` ${wording.mustNot} go into an AI prompt, an uploaded file or an agent’s context. `,
        `Secrets and credentials are also caught by automated secret scanning in pre-commit hooks and in CI, and a finding there ${wording.must} be treated as an incident.`,
      ),
    );
  } else {
    blocks.push(
      paragraph(
        `Secrets and credentials ${wording.must} be kept out of prompts; automated secret scanning in pre-commit hooks and in CI backs this up.`,
      ),
    );
  }
  blocks.push(
    paragraph(
      `When unsure which class data belongs to, treat it as the more sensitive one and ask the policy owner.`,
    ),
  );

  return {
    title: 'Data classification',
    summary: 'Which classes of data may go into which AI tools, with the tool by class matrix.',
    blocks,
  };
};
