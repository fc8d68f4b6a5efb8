import type {ListItem, PhrasingContent, Root, RootContent} from 'mdast';
import {type EnforcementPlan, EXPORT_TARGET_INFO, mayReceive} from '../engine/enforcement.js';
import type {PolicyDocument} from '../engine/model.js';
import {serializeMarkdown} from '../render/markdown.js';
import type {Inline} from '../vocabulary/document-nodes.js';
import {type ExportOptions, headerLines, oneLine} from './options.js';
import {exportWords} from './words.js';

const text = (value: string): PhrasingContent => ({type: 'text', value});
const paragraph = (...children: PhrasingContent[]): RootContent => ({type: 'paragraph', children});
const heading = (depth: 1 | 2, value: string): RootContent => ({
  type: 'heading',
  depth,
  children: [text(value)],
});
const item = (...children: PhrasingContent[]): ListItem => ({
  type: 'listItem',
  spread: false,
  children: [{type: 'paragraph', children}],
});
const list = (items: ListItem[]): RootContent => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items,
});

/** Values as code spans, comma-separated: inlines for a message's slot. */
function codeList(values: string[]): Inline[] {
  return values.flatMap((value, index): Inline[] => [
    ...(index > 0 ? [{type: 'text', value: ', '} as const] : []),
    {type: 'code', value},
  ]);
}

/**
 * `AGENTS.md`: what a coding agent must not read or send, per data class, from the decision table. It is
 * guidance the agent reads, and says so: the controls are the tool files generated beside it. Built as mdast
 * and serialized like the policy's own Markdown, so config text is escaped, never markup.
 */
export function renderAgentsMd(
  document: PolicyDocument,
  plan: EnforcementPlan,
  options: ExportOptions,
): string {
  return serializeMarkdown(agentsMdTree(document, plan, options));
}

/** `AGENTS.md` as mdast, before serializing. */
export function agentsMdTree(document: PolicyDocument, plan: EnforcementPlan, options: ExportOptions): Root {
  const {facts} = document;
  const words = exportWords(options);
  // An HTML comment ends at the first `-->`; the header never holds one, but the policy path might.
  const header = headerLines('agents-md', options, words.text('export.agents.purpose'))
    .join('\n')
    .replace(/-->/g, '-- >');
  const controls = plan.targets
    .filter((target) => target.generated && EXPORT_TARGET_INFO[target.name].client !== null)
    .flatMap((target) => EXPORT_TARGET_INFO[target.name].files);

  // A tool whose client's file keeps a class out (because another tool of that client may not receive
  // it) is not told it may read the class: the agent is never told more than its file allows.
  const keptOutByFile = (tool: PolicyDocument['facts']['tools'][number], classId: string) =>
    plan.exclusions.some(
      (exclusion) =>
        exclusion.client === tool.client && exclusion.tools.length > 0 && exclusion.classes.includes(classId),
    ) && facts.dataClasses.some((dataClass) => dataClass.id === classId && dataClass.paths.length > 0);
  const classItems = facts.dataClasses.map((dataClass) => {
    const allowed = facts.tools
      .filter((tool) => mayReceive(facts, tool.name, dataClass.id) && !keptOutByFile(tool, dataClass.id))
      .map((tool) => oneLine(tool.name));
    const slots = {
      name: {type: 'strong', children: [{type: 'text', value: oneLine(dataClass.name)}]} as Inline,
      where: dataClass.paths.length > 0 ? [' (', ...codeList(dataClass.paths), ')'] : '',
    };
    return item(
      ...(allowed.length === facts.tools.length
        ? words.say('export.agents.class-any', slots)
        : allowed.length === 0
          ? words.say('export.agents.class-never', slots)
          : words.say('export.agents.class-only', {...slots, tools: words.names(allowed, 'or')})),
    );
  });
  const organization = oneLine(document.header.organization);

  const children: RootContent[] = [
    {type: 'html', value: `<!--\n${header}\n-->`},
    heading(1, words.text('export.agents.title', {organization})),
    paragraph(
      ...(controls.length > 0
        ? words.say('export.agents.intro-controls', {
            organization,
            controls: codeList(controls),
            hooks: {type: 'code', value: '.pre-commit-config.yaml'},
          })
        : words.say('export.agents.intro', {
            organization,
            hooks: {type: 'code', value: '.pre-commit-config.yaml'},
          })),
    ),
    heading(2, words.text('export.agents.classes')),
    list(classItems),
    ...plan.exclusions
      .filter((exclusion) => exclusion.tools.length > 1 && exclusion.classes.length > 0)
      .map((exclusion) =>
        paragraph(
          ...words.say('export.agents.shared-client', {
            tools: words.names(exclusion.tools.map(oneLine), 'and'),
            file:
              EXPORT_TARGET_INFO[exclusion.target].label ??
              EXPORT_TARGET_INFO[exclusion.target].files[0] ??
              '',
          }),
        ),
      ),
    paragraph(...words.say('export.agents.most-sensitive')),
    heading(2, words.text('export.agents.secrets')),
    paragraph(...words.say('export.agents.secrets-text')),
  ];
  if (plan.commitTrailer) {
    const approved = facts.tools.map((tool) => oneLine(tool.name));
    children.push(
      heading(2, words.text('export.agents.commits')),
      paragraph(
        ...words.say('export.agents.commits-text', {
          trailer: {type: 'code', value: oneLine(plan.commitTrailer.template)},
          tools: words.names(approved, 'or'),
        }),
      ),
    );
  }
  if (facts.prohibitedTools.length > 0)
    children.push(
      heading(2, words.text('export.agents.prohibited')),
      paragraph(
        ...words.say('export.agents.prohibited-text', {
          tools: words.names(
            facts.prohibitedTools.map((tool) => oneLine(tool.name)),
            'or',
          ),
        }),
      ),
    );
  return {type: 'root', children};
}
