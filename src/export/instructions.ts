import type {PhrasingContent, Root, RootContent} from 'mdast';
import {type ClientExclusion, type ClientTargetName, EXPORT_TARGET_INFO} from '../engine/enforcement.js';
import type {PolicyFacts} from '../engine/model.js';
import {serializeMarkdown} from '../render/markdown.js';
import type {Inline} from '../vocabulary/document-nodes.js';
import {excludedPathGroups} from './ignore-file.js';
import {type ExportOptions, headerLines, oneLine} from './options.js';
import {exportWords} from './words.js';

const text = (value: string): PhrasingContent => ({type: 'text', value});

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
  const words = exportWords(options);
  const header = headerLines(
    target,
    options,
    words.text('export.instructions.purpose', {tools: exclusion.tools.map(oneLine).join(', ')}),
  )
    .join('\n')
    .replace(/-->/g, '-- >');
  const source = EXPORT_TARGET_INFO[target].fileSources?.[file] ?? EXPORT_TARGET_INFO[target].source;
  const tools = exclusion.tools.map(oneLine);
  const groups = excludedPathGroups(exclusion, facts);
  const children: RootContent[] = [
    {type: 'html', value: `<!--\n${header}\nSource: ${source}\n-->`},
    {type: 'heading', depth: 2, children: [text(words.text('export.instructions.title'))]},
    {
      type: 'paragraph',
      children: [
        ...(tools.length > 1
          ? words.say('export.instructions.serves-shared', {tools: words.names(tools, 'and')})
          : words.say('export.instructions.serves', {tool: tools[0] ?? ''})),
        text(' '),
        ...words.say('export.instructions.do-not'),
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
            children: words.say('export.instructions.paths', {
              name: {type: 'strong', children: [{type: 'text', value: group.className}]},
              paths: group.paths.flatMap((path, index): Inline[] => [
                ...(index > 0 ? [{type: 'text', value: ', '} as const] : []),
                {type: 'code', value: path},
              ]),
            }),
          },
        ],
      })),
    },
    {type: 'paragraph', children: words.say('export.instructions.ask')},
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
  const description = exportWords(options).text('export.cursor.description');
  return `---\ndescription: ${description}\nalwaysApply: true\n---\n\n${serializeMarkdown(instructionsTree('cursor', exclusion, facts, options, file))}`;
}
