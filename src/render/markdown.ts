import type {Root, RootContent} from 'mdast';
import {gfmToMarkdown} from 'mdast-util-gfm';
import {toMarkdown} from 'mdast-util-to-markdown';
import type {PolicyDocument} from '../engine/model.js';
import {writeMarkdown} from './markdown-writer.js';
import {
  foreignPhraseHandlers,
  renderPolicyMdast,
  renderSectionMdast,
  type SectionMdastOptions,
} from './mdast.js';

/** The Markdown style of every rendered policy; tests that compare Markdown as text use the same one. */
export const MARKDOWN_STYLE = {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  rule: '-',
  listItemIndent: 'one',
  fences: true,
} as const;

// A foreign phrase (`lang="en"` in HTML) is its words in Markdown; the fast writer leaves it to this one.
const GFM = [gfmToMarkdown(), {handlers: foreignPhraseHandlers}];

/**
 * The general serializer: `mdast-util-to-markdown` escapes every character that would otherwise turn config
 * text into markup (`<script>`, `*`, `[`...). The fast writer hands it every block it is unsure of.
 */
export function toPolicyMarkdown(tree: Root): string {
  return toMarkdown(tree, {...MARKDOWN_STYLE, extensions: GFM});
}

/** One block through the general serializer, as it would stand inside a document (no final line ending). */
function generalBlock(block: RootContent): string {
  const value = toPolicyMarkdown({type: 'root', children: [block]});
  return value.endsWith('\n') ? value.slice(0, -1) : value;
}

/**
 * The policy's own writer, which gives the general serializer's output for the node kinds the policy has at
 * a fraction of its cost and hands it any block it is unsure of. For every Markdown this package writes.
 */
export function serializeMarkdown(tree: Root): string {
  return writeMarkdown(tree, generalBlock);
}

export function renderPolicyMarkdown(document: PolicyDocument): string {
  return serializeMarkdown(renderPolicyMdast(document));
}

export function renderSectionMarkdown(
  document: PolicyDocument,
  sectionId: string,
  options: SectionMdastOptions = {},
): string {
  const children: RootContent[] = renderSectionMdast(document, sectionId, options);
  return serializeMarkdown({type: 'root', children});
}
