import type {Inline} from '../../vocabulary/document-nodes.js';
import {punctuate} from '../../vocabulary/locale-format.js';
import type {DraftBlock} from '../anchors.js';
import type {PolicyContext} from '../context.js';
import {
  type EnforcementFacts,
  EXPORT_TARGET_INFO,
  type ExportTargetName,
  mayReceive,
  planEnforcement,
  type TargetStatus,
  targetMessage,
} from '../enforcement.js';
import {code, type InlineInput, paragraph, toInlines} from '../inline.js';
import {type MessageId, type Slots, say, sayText} from '../messages.js';
import {joinNames} from '../phrases.js';
import type {SectionContent} from './section.js';

/** The machine facts the sentences quote: commands and config keys, as code. */
const EXPORT = code('ai-policy export');
const EXPORT_CHECK = code('ai-policy export --check');
const PRE_COMMIT_FILE = EXPORT_TARGET_INFO['pre-commit'].files[0]!;
const GATEWAY_FILE = EXPORT_TARGET_INFO.litellm.files[0]!;
const AGENTS_FILE = EXPORT_TARGET_INFO['agents-md'].files[0]!;

function joinParts(parts: InlineInput[][], separator: string): InlineInput[] {
  return parts.flatMap((part, index) => (index > 0 ? [separator, ...part] : part));
}

function listSeparator(context: PolicyContext): string {
  return `${punctuate(';', context.locale)} `;
}

type Strength = 'blocked' | 'hidden' | 'instructed' | 'not-covered';

/**
 * How strongly each tool is held away from each class it may not receive: `blocked` or `hidden` where its
 * client's generated file keeps the class's paths out (by that target's documented strength), `instructed`
 * where only the instructions an agent reads name the class (a tool with a client: AGENTS.md and its
 * instructions files), `not covered` for a tool no file reaches. One row per approved tool that is refused
 * something, one column per such class, and the documentation each verdict rests on.
 */
function strengthBlock(
  context: PolicyContext,
  facts: EnforcementFacts,
  plan: ReturnType<typeof planEnforcement>,
  generated: Set<ExportTargetName>,
  source: string,
): DraftBlock[] {
  const classes = facts.dataClasses.filter((dataClass) =>
    facts.tools.some((tool) => !mayReceive(facts, tool.name, dataClass.id)),
  );
  const tools = facts.tools.filter((tool) =>
    classes.some((dataClass) => !mayReceive(facts, tool.name, dataClass.id)),
  );
  if (classes.length === 0 || tools.length === 0) return [];
  const strength = (
    tool: EnforcementFacts['tools'][number],
    classId: string,
    hasPaths: boolean,
  ): Strength => {
    const exclusion = plan.exclusions.find((candidate) => candidate.client === tool.client);
    if (exclusion && hasPaths && generated.has(exclusion.target) && exclusion.classes.includes(classId))
      return EXPORT_TARGET_INFO[exclusion.target].strength ?? 'hidden';
    return tool.client === null ? 'not-covered' : 'instructed';
  };
  const rows = tools.map((tool): Inline[][] => {
    const target = plan.exclusions.find((candidate) => candidate.client === tool.client)?.target;
    return [
      [{type: 'text', value: tool.name}],
      ...classes.map((dataClass) =>
        toInlines(
          say(
            context,
            mayReceive(facts, tool.name, dataClass.id)
              ? 'enforcement.strength.allowed'
              : `enforcement.strength.${strength(tool, dataClass.id, dataClass.paths.length > 0)}`,
          ),
        ),
      ),
      target
        ? [{type: 'link', url: EXPORT_TARGET_INFO[target].source, children: [{type: 'text', value: source}]}]
        : toInlines(say(context, 'enforcement.strength.no-source')),
    ];
  });
  return [
    paragraph(...say(context, 'enforcement.strength.intro')),
    {
      type: 'table',
      role: 'generic',
      caption: sayText(context, 'enforcement.strength.caption'),
      columns: [
        {label: sayText(context, 'enforcement.strength.column.tool')},
        ...classes.map((dataClass) => ({label: dataClass.name})),
        {label: sayText(context, 'enforcement.strength.column.source')},
      ],
      rows,
    },
  ];
}

/**
 * The enforcement section: for each rule that a file can back, which generated file and which tool enforce
 * it, or that it is documented only, and what each file cannot do. Built from the document's facts alone
 * (through `planEnforcement`), so it says exactly what `ai-policy export` writes; its words are
 * `messages/en/enforcement.yml`.
 */
export function enforcement(context: PolicyContext, facts: EnforcementFacts): SectionContent {
  const cell = (id: MessageId, slots?: Slots): Inline[] => toInlines(say(context, id, slots));
  /** A target's reader, limit or caveat, its commands and file names as code. */
  const about = (target: ExportTargetName, part: 'reader' | 'limit' | 'caveat'): InlineInput[] =>
    say(
      context,
      targetMessage(target, part),
      Object.fromEntries(
        Object.entries(EXPORT_TARGET_INFO[target].terms).map(([slot, term]) => [slot, code(term)]),
      ),
    );
  /** The target's file, or its files: "a or b". */
  const files = (target: ExportTargetName): InlineInput[] =>
    EXPORT_TARGET_INFO[target].files
      .map((file): InlineInput[] => [code(file)])
      .reduce((first, second) => say(context, 'enforcement.files-or', {first, second}));
  /** `.cursorignore` (Cursor), for the table: a target with several files by its short label. */
  const fileAndReader = (target: ExportTargetName): InlineInput[] => {
    const {label} = EXPORT_TARGET_INFO[target];
    return say(context, 'enforcement.file-and-reader', {
      file: label ? code(label) : files(target),
      reader: about(target, 'reader'),
    });
  };

  const plan = planEnforcement(facts);
  const generated = new Set(plan.targets.filter((target) => target.generated).map((target) => target.name));
  const rows: Inline[][][] = [];

  for (const dataClass of facts.dataClasses) {
    const refused = facts.tools.filter((tool) => !mayReceive(facts, tool.name, dataClass.id));
    if (refused.length === 0) continue;
    // A class that lists no paths is in no file, so no file's limits apply to it either.
    const by =
      dataClass.paths.length === 0
        ? []
        : plan.exclusions.filter(
            (exclusion) => generated.has(exclusion.target) && exclusion.classes.includes(dataClass.id),
          );
    const uncovered = refused.filter((tool) => tool.client === null).map((tool) => tool.name);
    let enforcedBy: InlineInput[][] = by.map((exclusion) => fileAndReader(exclusion.target));
    if (dataClass.paths.length === 0)
      enforcedBy = [say(context, 'enforcement.class.no-paths', {paths: code('paths')})];
    else if (uncovered.length > 0)
      enforcedBy.push(
        say(context, 'enforcement.class.no-client', {
          tools: joinNames(context, uncovered),
          client: code('client'),
          // Alone in its cell it starts the cell; after the files, a "; " joins it in lower case.
          first: enforcedBy.length === 0 ? 'yes' : 'no',
        }),
      );
    if (enforcedBy.length === 0) enforcedBy = [say(context, 'enforcement.documented-only')];
    const limits = by.map((exclusion) =>
      say(context, 'enforcement.class.limit', {
        reader: about(exclusion.target, 'reader'),
        limit: about(exclusion.target, 'limit'),
      }),
    );
    rows.push([
      cell('enforcement.class.rule', {
        class: dataClass.name,
        who: refused.length === facts.tools.length ? 'all' : 'some',
        tools: joinNames(
          context,
          refused.map((tool) => tool.name),
        ),
      }),
      toInlines(joinParts(enforcedBy, listSeparator(context))),
      limits.length > 0
        ? toInlines(joinParts(limits, listSeparator(context)))
        : cell('enforcement.class.no-limits'),
    ]);
  }

  const gateway = generated.has('litellm');
  rows.push([
    cell('enforcement.gateway.rule'),
    gateway
      ? toInlines(fileAndReader('litellm'))
      : cell('enforcement.gateway.no-models', {models: code('models')}),
    cell(gateway ? 'enforcement.gateway.limits' : 'enforcement.gateway.no-limits'),
  ]);
  if (facts.prohibitedTools.length > 0) {
    rows.push([
      cell('enforcement.prohibited.rule', {
        tools: joinNames(
          context,
          facts.prohibitedTools.map((tool) => tool.name),
        ),
        count: facts.prohibitedTools.length,
      }),
      gateway
        ? cell('enforcement.prohibited.gateway', {file: code(GATEWAY_FILE)})
        : cell('enforcement.documented-only'),
      cell('enforcement.prohibited.limits'),
    ]);
  }
  rows.push([
    cell('enforcement.secrets.rule'),
    cell('enforcement.secrets.enforced-by', {file: code(PRE_COMMIT_FILE)}),
    cell('enforcement.secrets.limits', {noVerify: code('--no-verify')}),
  ]);
  if (plan.commitTrailer) {
    const {template, key} = plan.commitTrailer;
    rows.push([
      cell('enforcement.trailer.rule', {trailer: code(template)}),
      key
        ? cell('enforcement.trailer.enforced-by', {
            file: code(PRE_COMMIT_FILE),
            command: code('ai-policy check-commit-msg'),
          })
        : cell('enforcement.trailer.no-key', {key: code('Key:')}),
      cell('enforcement.trailer.limits'),
    ]);
  }
  rows.push([
    cell('enforcement.agents.rule'),
    cell('enforcement.agents.enforced-by', {file: code(AGENTS_FILE)}),
    cell('enforcement.agents.limits'),
  ]);
  rows.push([
    cell('enforcement.check.rule'),
    cell('enforcement.check.enforced-by', {
      file: code(PRE_COMMIT_FILE),
      check: code('ai-policy check'),
      exportCheck: EXPORT_CHECK,
    }),
    cell('enforcement.check.limits', {exportCheck: EXPORT_CHECK}),
  ]);

  const table: DraftBlock = {
    type: 'table',
    role: 'generic',
    caption: sayText(context, 'enforcement.table.caption'),
    columns: [
      {label: sayText(context, 'enforcement.column.rule')},
      {label: sayText(context, 'enforcement.column.enforced-by')},
      {label: sayText(context, 'enforcement.column.limits')},
    ],
    rows,
  };

  const source = sayText(context, 'enforcement.source-link');
  const strengthTable = strengthBlock(context, facts, plan, generated, source);
  const fileList: DraftBlock = {
    type: 'list',
    ordered: false,
    items: plan.targets
      .filter((target) => target.generated)
      .map((target) => {
        const exclusion = plan.exclusions.find((candidate) => candidate.target === target.name);
        const slots = {
          files: files(target.name),
          reader: about(target.name, 'reader'),
          caveat: about(target.name, 'caveat'),
          source: {
            type: 'link',
            url: EXPORT_TARGET_INFO[target.name].source,
            children: [{type: 'text', value: source}],
          } satisfies Inline,
        };
        return [
          paragraph(
            ...(exclusion
              ? say(context, 'enforcement.file-for-tools', {
                  ...slots,
                  tools: joinNames(context, exclusion.tools),
                })
              : say(context, 'enforcement.file', slots)),
          ),
        ];
      }),
  };
  const skipped = plan.targets.filter((target) => !target.generated);

  const blocks: DraftBlock[] = [
    paragraph(
      ...joinParts(
        [
          say(context, 'enforcement.intro.checks'),
          say(context, 'enforcement.intro.generated', {export: EXPORT}),
          say(context, 'enforcement.intro.change', {exportCheck: EXPORT_CHECK}),
          say(context, 'enforcement.intro.binds'),
        ],
        ' ',
      ),
    ),
    table,
    ...strengthTable,
    paragraph(...say(context, 'enforcement.files-intro')),
    fileList,
  ];
  // `.noai` is written only where a policy prohibits JetBrains AI; its absence needs no explaining.
  const notGenerated: Array<[Exclude<NonNullable<TargetStatus['why']>, 'not-prohibited'>, Slots]> = [
    ['no-client', {client: code('client')}],
    ['nothing-to-exclude', {paths: code('paths')}],
    ['no-models', {models: code('models')}],
  ];
  const reasons = notGenerated.flatMap(([why, slots]) => {
    const targets = skipped.filter((target) => target.why === why);
    return targets.length === 0
      ? []
      : [
          say(context, `enforcement.not-generated.${why}`, {
            ...slots,
            targets: joinParts(
              targets.map((target) => fileAndReader(target.name)),
              ', ',
            ),
          }),
        ];
  });
  if (reasons.length > 0)
    blocks.push(
      paragraph(
        ...say(context, 'enforcement.not-generated', {reasons: joinParts(reasons, listSeparator(context))}),
      ),
    );
  blocks.push(paragraph(...say(context, 'enforcement.documented-only-rest')));

  return {
    title: sayText(context, 'enforcement.title'),
    summary: sayText(context, 'enforcement.summary'),
    blocks,
  };
}
