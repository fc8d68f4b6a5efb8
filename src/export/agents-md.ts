import type {ListItem, PhrasingContent, Root, RootContent} from 'mdast';
import {type EnforcementPlan, EXPORT_TARGET_INFO, mayReceive} from '../engine/enforcement.js';
import {joinNames} from '../engine/inline.js';
import type {PolicyDocument} from '../engine/model.js';
import {serializeMarkdown} from '../render/markdown.js';
import {type ExportOptions, headerLines, oneLine} from './options.js';

const text = (value: string): PhrasingContent => ({type: 'text', value});
const inlineCode = (value: string): PhrasingContent => ({type: 'inlineCode', value});
const strong = (value: string): PhrasingContent => ({type: 'strong', children: [text(value)]});
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

function joinCode(values: string[]): PhrasingContent[] {
  return values.flatMap((value, index) => [...(index > 0 ? [text(', ')] : []), inlineCode(value)]);
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
  // An HTML comment ends at the first `-->`; the header never holds one, but the policy path might.
  const header = headerLines('agents-md', options, 'Guidance for coding agents, not a control.')
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
    const where = dataClass.paths.length > 0 ? [text(' ('), ...joinCode(dataClass.paths), text(')')] : [];
    const rule =
      allowed.length === facts.tools.length
        ? ': may go into any approved tool.'
        : allowed.length === 0
          ? ': never read it into an agent’s context, quote it, or send it to any model or tool.'
          : `: only when you run in ${joinNames(allowed, 'or')}; otherwise do not read, quote or send it.`;
    return item(strong(oneLine(dataClass.name)), ...where, text(rule));
  });

  const children: RootContent[] = [
    {type: 'html', value: `<!--\n${header}\n-->`},
    heading(1, `AI policy for coding agents: ${oneLine(document.header.organization)}`),
    paragraph(
      text(
        `This is guidance for AI coding agents working in this repository, taken from ${oneLine(document.header.organization)}’s AI tool usage policy. It is not a control: `,
      ),
      ...(controls.length > 0
        ? [
            ...joinCode(controls),
            text(' and the hooks in '),
            inlineCode('.pre-commit-config.yaml'),
            text(' are.'),
          ]
        : [text('the hooks in '), inlineCode('.pre-commit-config.yaml'), text(' are.')]),
    ),
    heading(2, 'Data classes and where they may go'),
    list(classItems),
    ...plan.exclusions
      .filter((exclusion) => exclusion.tools.length > 1 && exclusion.classes.length > 0)
      .map((exclusion) =>
        paragraph(
          text(
            `${joinNames(exclusion.tools.map(oneLine), 'and')} share one client, so ${EXPORT_TARGET_INFO[exclusion.target].label ?? EXPORT_TARGET_INFO[exclusion.target].files[0]} keeps out, for all of them, what any one of them may not receive; this file tells them no more than that.`,
          ),
        ),
      ),
    paragraph(
      text(
        'A file that matches the paths of several classes belongs to the most sensitive of them. When unsure which class data belongs to, treat it as the more sensitive one and ask.',
      ),
    ),
    heading(2, 'Secrets'),
    paragraph(
      text(
        'Never print, log, commit or send credentials, keys or tokens, even when a task seems to need them; ask a person instead.',
      ),
    ),
  ];
  if (plan.commitTrailer) {
    const approved = facts.tools.map((tool) => oneLine(tool.name));
    children.push(
      heading(2, 'Commits'),
      paragraph(
        text('When you wrote or changed code in a commit, add the trailer '),
        inlineCode(oneLine(plan.commitTrailer.template)),
        text(`, naming the tool you run in: ${joinNames(approved, 'or')}.`),
      ),
    );
  }
  if (facts.prohibitedTools.length > 0)
    children.push(
      heading(2, 'Prohibited tools'),
      paragraph(
        text(
          `Do not send code or data from this repository to ${joinNames(
            facts.prohibitedTools.map((tool) => oneLine(tool.name)),
            'or',
          )}.`,
        ),
      ),
    );
  return {type: 'root', children};
}
