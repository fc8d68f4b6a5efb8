import type {PhrasingContent, Root, RootContent} from 'mdast';
import {serializeMarkdown} from '../render/markdown.js';
import {inlinesMdast} from '../render/mdast.js';
import {describeChange} from './describe.js';
import type {PolicyChange} from './model.js';

/** A side of a diff as the reader knows it: a revision, a file, "the working copy"; and its version. */
export interface DiffSide {
  label: string;
  version: string | null;
}

/**
 * An HTML comment on the first line, so a CI job can find and update its earlier comment on a pull request
 * instead of adding a new one each push.
 */
export const DIFF_MARKER = '<!-- ai-policy-diff -->';

/**
 * The diff as Markdown: what a CI job posts on a pull request that edits the policy. Built as mdast and
 * serialized by `mdast-util-to-markdown`, so tool names, class names and labels are escaped, never markup.
 */
export function renderDiffMarkdown({
  base,
  head,
  changes,
  title = 'What this change does to the AI policy',
}: {
  base: DiffSide;
  head: DiffSide;
  changes: readonly PolicyChange[];
  title?: string;
}): string {
  const side = (value: DiffSide): PhrasingContent[] => [
    {type: 'inlineCode', value: value.label},
    ...(value.version
      ? ([
          {type: 'text', value: ' (version '},
          {type: 'inlineCode', value: value.version},
          {type: 'text', value: ')'},
        ] as PhrasingContent[])
      : []),
  ];
  const summary =
    changes.length === 0
      ? base.version !== null && base.version === head.version
        ? ': no change in meaning (the files may differ in comments, formatting or the order of keys).'
        : ': no change in meaning.'
      : `: ${changes.length === 1 ? '1 change' : `${changes.length} changes`}, the most important first.`;
  const children: RootContent[] = [
    {type: 'html', value: DIFF_MARKER},
    {type: 'heading', depth: 2, children: [{type: 'text', value: title}]},
    {
      type: 'paragraph',
      children: [
        {type: 'text', value: 'From '},
        ...side(base),
        {type: 'text', value: ' to '},
        ...side(head),
        {type: 'text', value: summary},
      ],
    },
  ];
  if (changes.length > 0)
    children.push({
      type: 'list',
      ordered: false,
      spread: false,
      children: changes.map((change) => ({
        type: 'listItem',
        spread: false,
        children: [{type: 'paragraph', children: inlinesMdast(describeChange(change))}],
      })),
    });
  const tree: Root = {type: 'root', children};
  return serializeMarkdown(tree);
}

/** The Markdown of one change's sentence, without a list marker. */
export function changeMarkdown(change: PolicyChange): string {
  const tree: Root = {
    type: 'root',
    children: [{type: 'paragraph', children: inlinesMdast(describeChange(change))}],
  };
  return serializeMarkdown(tree).trimEnd();
}
