import {inlineText} from '../engine/inline.js';
import type {Block, PolicySection} from '../engine/model.js';
import {slug} from '../render/mdast.js';
import type {AiPolicyPageSection, AiPolicyTocItem as TOCItem} from './page-data.js';

/**
 * Gives each sub-heading of a section the anchor the Markdown renderer gives it (`<section-id>--<slug>`),
 * so a link copied from a policy page also works on a page that embeds the section. A repeated heading in
 * one section gets `-1`, `-2`... as GitHub does. Done here, in Node, so the theme only renders ids.
 */
export function anchorSection(section: PolicySection): AiPolicyPageSection {
  const taken = new Set<string>([section.id]);
  const anchor = (blocks: Block[]): Block[] =>
    blocks.map((block) => {
      switch (block.type) {
        case 'heading': {
          const base = `${section.id}--${slug(inlineText(block.children))}`;
          let id = base;
          for (let n = 1; taken.has(id); n++) id = `${base}-${n}`;
          taken.add(id);
          return {...block, id};
        }
        case 'list':
          return {...block, items: block.items.map(anchor)};
        case 'note':
        case 'blockquote':
          return {...block, children: anchor(block.children)};
        default:
          return block;
      }
    });
  return {...section, blocks: anchor(section.blocks)};
}

/** Escapes text for a TOC item: Docusaurus renders `TOCItem.value` as HTML, and titles come from the config. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function subHeadingItems(blocks: Block[], sectionLevel: number): TOCItem[] {
  return blocks.flatMap((block): TOCItem[] => {
    if (block.type !== 'heading' || !('id' in block) || typeof block.id !== 'string') return [];
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
