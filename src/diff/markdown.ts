import type {PhrasingContent, Root, RootContent} from 'mdast';
import {ENGLISH_LANGUAGE, type PolicyLanguage} from '../engine/context.js';
import {inlineText, toInlines} from '../engine/inline.js';
import {formatMessage, type MessageId, type Slots} from '../engine/messages.js';
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
 * Its words are the `diff.*` messages, in the language given (English by default).
 */
export function renderDiffMarkdown({
  base,
  head,
  changes,
  title,
  language = ENGLISH_LANGUAGE,
}: {
  base: DiffSide;
  head: DiffSide;
  changes: readonly PolicyChange[];
  title?: string;
  language?: PolicyLanguage;
}): string {
  const say = (id: MessageId, slots: Slots = {}) =>
    toInlines(formatMessage(language.catalog, language.locale, id, slots));
  const side = (value: DiffSide) =>
    value.version
      ? say('diff.side-version', {
          label: {type: 'code', value: value.label},
          version: {type: 'code', value: value.version},
        })
      : [{type: 'code', value: value.label} as const];
  const summary =
    changes.length === 0
      ? base.version !== null && base.version === head.version
        ? say('diff.summary.same-version')
        : say('diff.summary.none')
      : say('diff.summary.count', {count: changes.length});
  const children: RootContent[] = [
    {type: 'html', value: DIFF_MARKER},
    {
      type: 'heading',
      depth: 2,
      children: [{type: 'text', value: title ?? inlineText(say('diff.title'))}],
    },
    {
      type: 'paragraph',
      children: inlinesMdast(
        say('diff.from-to', {base: side(base), head: side(head), summary}),
      ) as PhrasingContent[],
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
        children: [{type: 'paragraph', children: inlinesMdast(describeChange(change, language))}],
      })),
    });
  const tree: Root = {type: 'root', children};
  return serializeMarkdown(tree);
}

/** The Markdown of one change's sentence, without a list marker. */
export function changeMarkdown(change: PolicyChange, language: PolicyLanguage = ENGLISH_LANGUAGE): string {
  const tree: Root = {
    type: 'root',
    children: [{type: 'paragraph', children: inlinesMdast(describeChange(change, language))}],
  };
  return serializeMarkdown(tree).trimEnd();
}
