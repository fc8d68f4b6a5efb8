/** The tables of contents of the policy pages, read from the anchors the engine gave each heading. */
import {inlineText} from '../engine/inline.js';
import type {Block} from '../vocabulary/document-nodes.js';
import {escapeHtml} from '../vocabulary/escape-html.js';
import type {AiPolicyPageSection, AiPolicyTocItem as TOCItem} from './page-data.js';

function subHeadingItems(blocks: Block[], sectionLevel: number): TOCItem[] {
  return blocks.flatMap((block): TOCItem[] => {
    if (block.type !== 'heading') return [];
    return [{value: escapeHtml(inlineText(block.children)), id: block.id, level: sectionLevel + block.depth}];
  });
}

/** The full page's table of contents: each section (h2) and its top-level sub-headings. */
export function policyToc(sections: AiPolicyPageSection[]): TOCItem[] {
  return sections.flatMap((section) => [
    {value: escapeHtml(section.title), id: section.id, level: 2},
    ...subHeadingItems(section.blocks, 2),
  ]);
}

/** A section page's table of contents: the section's title is the page's h1, its sub-headings start at h2. */
export function sectionToc(section: AiPolicyPageSection): TOCItem[] {
  return subHeadingItems(section.blocks, 1);
}
