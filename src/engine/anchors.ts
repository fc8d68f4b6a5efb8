import type {Block, BlockOf, HeadingDraft} from '../vocabulary/document-nodes.js';
import {slug} from '../vocabulary/slug.js';
import {inlineText} from './inline.js';

/** What section builders write: blocks whose headings have no anchor yet. */
export type DraftBlock = BlockOf<HeadingDraft>;

/** A heading's anchor before any `-1` suffix: what a link to the first heading of that text points to. */
export function headingAnchor(sectionId: string, headingText: string): string {
  return `${sectionId}--${slug(headingText)}`;
}

/**
 * Gives each heading of a section its anchor, `<section-id>--<slug>`, once, here: the theme, the Markdown,
 * embeds and the table of contents all read this id, so a link copied from one of them works in the others.
 * A repeated heading in one section gets `-1`, `-2`... as GitHub does.
 */
export function anchorBlocks(sectionId: string, blocks: readonly DraftBlock[]): Block[] {
  const taken = new Set<string>([sectionId]);
  const anchor = (drafts: readonly DraftBlock[]): Block[] =>
    drafts.map((block): Block => {
      switch (block.type) {
        case 'heading': {
          const base = headingAnchor(sectionId, inlineText(block.children));
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
  return anchor(blocks);
}
