import type {PhrasingContent, Root, RootContent} from 'mdast';
import {type ClientExclusion, type ClientTargetName, EXPORT_TARGET_INFO} from '../engine/enforcement.js';
import {joinNames} from '../engine/inline.js';
import type {PolicyFacts} from '../engine/model.js';
import {serializeMarkdown} from '../render/markdown.js';
import {excludedPathGroups} from './ignore-file.js';
import {type ExportOptions, headerLines, oneLine} from './options.js';

const text = (value: string): PhrasingContent => ({type: 'text', value});
const inlineCode = (value: string): PhrasingContent => ({type: 'inlineCode', value});

/**
 * What one client's agent is told about the paths its ignore file or settings keep out: the same classes
 * and paths as that client's exclusion, so the instructions never allow what the file refuses. When
 * several approved tools share the client, the text says the file serves all of them and holds the
 * strictest view. Built as mdast and serialized like the policy's Markdown, so config text stays text.
 */
function instructionsTree(
  target: ClientTargetName,
  exclusion: ClientExclusion,
  facts: Pick<PolicyFacts, 'dataClasses'>,
  options: ExportOptions,
  file: string,
): Root {
  const header = headerLines(
    target,
    options,
    `Instructions for ${exclusion.tools.map(oneLine).join(', ')}: guidance the agent reads, not a control.`,
  )
    .join('\n')
    .replace(/-->/g, '-- >');
  const source = EXPORT_TARGET_INFO[target].fileSources?.[file] ?? EXPORT_TARGET_INFO[target].source;
  const tools = exclusion.tools.map(oneLine);
  const groups = excludedPathGroups(exclusion, facts);
  const children: RootContent[] = [
    {type: 'html', value: `<!--\n${header}\nSource: ${source}\n-->`},
    {type: 'heading', depth: 2, children: [text('Data you must leave alone')]},
    {
      type: 'paragraph',
      children: [
        text(
          tools.length > 1
            ? `These instructions serve ${joinNames(tools, 'and')}, which share one client: they hold what any of them may not receive. `
            : `These instructions serve ${tools[0]}. `,
        ),
        text(
          'Do not open, read, quote, summarize or send the content of these paths, and do not run commands that print it:',
        ),
      ],
    },
    {
      type: 'list',
      ordered: false,
      spread: false,
      children: groups.map((group) => ({
        type: 'listItem',
        spread: false,
        children: [
          {
            type: 'paragraph',
            children: [
              {type: 'strong', children: [text(group.className)]},
              text(': '),
              ...group.paths.flatMap((path, index) => [...(index > 0 ? [text(', ')] : []), inlineCode(path)]),
            ],
          },
        ],
      })),
    },
    {
      type: 'paragraph',
      children: [
        text(
          'When a task seems to need such a file, stop and ask a person. Never print, log or commit credentials.',
        ),
      ],
    },
  ];
  return {type: 'root', children};
}

/** `.github/copilot-instructions.md`: the instructions for the Copilot tools of the policy. */
export function renderCopilotInstructions(
  exclusion: ClientExclusion,
  facts: Pick<PolicyFacts, 'dataClasses'>,
  options: ExportOptions,
  file: string,
): string {
  return serializeMarkdown(instructionsTree('github-copilot', exclusion, facts, options, file));
}

/**
 * A Cursor project rule (`.cursor/rules/ai-policy.mdc`): front matter that applies it to every request
 * (`alwaysApply: true`), then the instructions.
 */
export function renderCursorRule(
  exclusion: ClientExclusion,
  facts: Pick<PolicyFacts, 'dataClasses'>,
  options: ExportOptions,
  file: string,
): string {
  const description = 'The AI policy’s data this agent must not read or send';
  return `---\ndescription: ${description}\nalwaysApply: true\n---\n\n${serializeMarkdown(instructionsTree('cursor', exclusion, facts, options, file))}`;
}
