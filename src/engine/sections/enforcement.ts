import {
  type EnforcementFacts,
  EXPORT_TARGET_INFO,
  type ExportTargetName,
  mayReceive,
  planEnforcement,
  type TargetStatus,
} from '../enforcement.js';
import {code, type InlineInput, joinNames, paragraph, toInlines} from '../inline.js';
import type {Block, Inline} from '../model.js';
import type {SectionContent} from './section.js';

const cell = (...parts: InlineInput[]): Inline[] => toInlines(parts);

/** The target's file, or its files joined with "or". */
function files(target: ExportTargetName): InlineInput[] {
  return EXPORT_TARGET_INFO[target].files.flatMap((file, index) => [index > 0 ? ' or ' : '', code(file)]);
}

/** `.cursorignore` (Cursor), for the table: a target with several files by its short label. */
function fileAndReader(target: ExportTargetName): InlineInput[] {
  const info = EXPORT_TARGET_INFO[target];
  return [...(info.label ? [code(info.label)] : files(target)), ` (${info.reader})`];
}

function joinParts(parts: InlineInput[][], separator = '; '): InlineInput[] {
  return parts.flatMap((part, index) => (index > 0 ? [separator, ...part] : part));
}

const DOCUMENTED_ONLY = 'Documented only';

/** "only where installed" → "Only where installed", for a table cell of its own. */
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Our own caveat sentences mark code with backticks; they become code inlines. */
function withCode(text: string): InlineInput[] {
  return text.split('`').map((part, index) => (index % 2 === 1 ? code(part) : part));
}

/**
 * The enforcement section: for each rule that a file can back, which generated file and which tool enforce
 * it, or that it is documented only, and what each file cannot do. Built from the document's facts alone
 * (through `planEnforcement`), so it says exactly what `ai-policy export` writes.
 */
export function enforcement(facts: EnforcementFacts): SectionContent {
  const plan = planEnforcement(facts);
  const generated = new Set(plan.targets.filter((target) => target.generated).map((target) => target.name));
  const rows: Inline[][][] = [];

  for (const dataClass of facts.dataClasses) {
    const refused = facts.tools.filter((tool) => !mayReceive(facts, tool.name, dataClass.id));
    if (refused.length === 0) continue;
    const who =
      refused.length === facts.tools.length ? 'every AI tool' : joinNames(refused.map((tool) => tool.name));
    const by = plan.exclusions.filter(
      (exclusion) => generated.has(exclusion.target) && exclusion.classes.includes(dataClass.id),
    );
    const uncovered = refused.filter((tool) => tool.client === null).map((tool) => tool.name);
    let enforcedBy: InlineInput[][] = by.map((exclusion) => fileAndReader(exclusion.target));
    if (dataClass.paths.length === 0)
      enforcedBy = [[`${DOCUMENTED_ONLY}: the class lists no `, code('paths')]];
    else if (uncovered.length > 0)
      enforcedBy.push([`${DOCUMENTED_ONLY} for ${joinNames(uncovered)} (no `, code('client'), ' set)']);
    if (enforcedBy.length === 0) enforcedBy = [[DOCUMENTED_ONLY]];
    const limits = by.map((exclusion) => {
      const info = EXPORT_TARGET_INFO[exclusion.target];
      return [`${info.reader}: `, ...withCode(info.limit)];
    });
    rows.push([
      cell(`${dataClass.name}: kept out of ${who}`),
      cell(...joinParts(enforcedBy)),
      limits.length > 0 ? cell(...joinParts(limits)) : cell('Relies on people recognising the data'),
    ]);
  }

  const gateway = generated.has('litellm');
  rows.push([
    cell('Only approved tools’ models are reachable through the LLM gateway'),
    gateway
      ? cell(...fileAndReader('litellm'))
      : cell(`${DOCUMENTED_ONLY}: no approved tool lists `, code('models')),
    gateway
      ? cell(...withCode(capitalized(EXPORT_TARGET_INFO.litellm.limit)))
      : cell('Nothing checks which model is called'),
  ]);
  if (facts.prohibitedTools.length > 0) {
    rows.push([
      cell(
        `${joinNames(facts.prohibitedTools.map((tool) => tool.name))} ${facts.prohibitedTools.length === 1 ? 'is' : 'are'} not used`,
      ),
      gateway ? cell(code('litellm/config.yaml'), ' serves none of their models') : cell(DOCUMENTED_ONLY),
      cell('A personal account or a browser tab bypasses every file'),
    ]);
  }
  rows.push([
    cell('Secrets and credentials are caught before they are committed'),
    cell(code('.pre-commit-config.yaml'), ' (gitleaks)'),
    cell(...withCode(capitalized(EXPORT_TARGET_INFO['pre-commit'].limit)), '; known secret formats only'),
  ]);
  if (plan.commitTrailer) {
    const {template, key} = plan.commitTrailer;
    rows.push([
      cell('AI-assisted commits say so with ', code(template), ', naming an approved tool'),
      key
        ? cell(
            code('.pre-commit-config.yaml'),
            ' (commit-msg hook: ',
            code('ai-policy check-commit-msg'),
            ')',
          )
        : cell(`${DOCUMENTED_ONLY}: the trailer has no `, code('Key:'), ' to check'),
      cell('A commit without the trailer passes: no file can tell that AI was used'),
    ]);
  }
  rows.push([
    cell('Coding agents are told which data to leave alone'),
    cell(code('AGENTS.md'), ' (guidance)'),
    cell(...withCode(capitalized(EXPORT_TARGET_INFO['agents-md'].limit))),
  ]);
  rows.push([
    cell('The generated files match this policy'),
    cell(
      code('.pre-commit-config.yaml'),
      ' (',
      code('ai-policy check'),
      ' and ',
      code('ai-policy export --check'),
      ')',
    ),
    cell('Run ', code('ai-policy export --check'), ' in CI as well'),
  ]);

  const table: Block = {
    type: 'table',
    role: 'generic',
    caption: 'What enforces each rule',
    columns: [{label: 'Rule'}, {label: 'Enforced by'}, {label: 'Limits'}],
    rows,
  };

  const fileList: Block = {
    type: 'list',
    ordered: false,
    items: plan.targets
      .filter((target) => target.generated)
      .map((target) => {
        const info = EXPORT_TARGET_INFO[target.name];
        const exclusion = plan.exclusions.find((candidate) => candidate.target === target.name);
        const forTools = exclusion ? `; applies to ${joinNames(exclusion.tools)}` : '';
        return [
          paragraph(
            ...files(target.name),
            ` (read by ${info.reader}${forTools}): `,
            ...withCode(info.caveat),
            ' ',
            {type: 'link', url: info.source, children: [{type: 'text', value: 'Source'}]},
            '.',
          ),
        ];
      }),
  };
  const skipped = plan.targets.filter((target) => !target.generated);

  const blocks: Block[] = [
    paragraph(
      'A written rule changes behaviour only where something checks against it. The files below are generated from this policy with ',
      code('ai-policy export'),
      '. Change the policy, not the files: ',
      code('ai-policy export --check'),
      ' fails when a committed file no longer matches. Each file binds only the tool that reads it, within its limits.',
    ),
    table,
    paragraph('The files, and what each cannot do:'),
    fileList,
  ];
  const notGenerated: Array<[TargetStatus['why'], InlineInput[]]> = [
    ['no-client', ['no approved tool has its ', code('client')]],
    ['nothing-to-exclude', ['the tools of that client may receive every class that lists ', code('paths')]],
    ['no-models', ['no approved tool lists ', code('models')]],
  ];
  const reasons = notGenerated
    .map(([why, because]) => {
      const targets = skipped.filter((target) => target.why === why);
      return targets.length === 0
        ? []
        : [
            ...joinParts(
              targets.map((target) => fileAndReader(target.name)),
              ', ',
            ),
            ', because ',
            ...because,
          ];
    })
    .filter((parts) => parts.length > 0);
  if (reasons.length > 0)
    blocks.push(paragraph('Not generated for this policy: ', ...joinParts(reasons), '.'));
  blocks.push(
    paragraph(
      'Every other rule here, such as human review of AI-generated code, training and incident reporting, is documented only: it holds because people follow it.',
    ),
  );

  return {
    title: 'Enforcement',
    summary:
      'What enforces each rule of the policy: the generated file, the tool that reads it, and its limits.',
    blocks,
  };
}
