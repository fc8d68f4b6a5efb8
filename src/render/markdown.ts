import type {Root, RootContent} from 'mdast';
import {gfmToMarkdown} from 'mdast-util-gfm';
import {toMarkdown} from 'mdast-util-to-markdown';
import type {PolicyDocument} from '../engine/model.js';
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

/**
 * Markdown goes through mdast and `mdast-util-to-markdown`, which escapes every character that would
 * otherwise turn config text into markup (`<script>`, `*`, `[`...). Strings are never concatenated into
 * Markdown by hand.
 */
function serialize(tree: Root): string {
  return toMarkdown(tree, {
    ...MARKDOWN_STYLE,
    extensions: [gfmToMarkdown(), {handlers: foreignPhraseHandlers}],
  });
}

export function renderPolicyMarkdown(document: PolicyDocument): string {
  return serialize(renderPolicyMdast(document));
}

export function renderSectionMarkdown(
  document: PolicyDocument,
  sectionId: string,
  options: SectionMdastOptions = {},
): string {
  const children: RootContent[] = renderSectionMdast(document, sectionId, options);
  return serialize({type: 'root', children});
}
