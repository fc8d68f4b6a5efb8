import type {Block, Inline} from '../vocabulary/document-nodes.js';
import type {DraftBlock} from './anchors.js';

/** Small constructors that keep engine code readable: `paragraph('Use ', strong(name), ' only.')`. */

export type InlineInput = string | Inline;

export function toInlines(parts: InlineInput[]): Inline[] {
  return parts
    .filter((part) => part !== '')
    .map((part) => (typeof part === 'string' ? {type: 'text', value: part} : part));
}

export const strong = (...parts: InlineInput[]): Inline => ({type: 'strong', children: toInlines(parts)});
export const emphasis = (...parts: InlineInput[]): Inline => ({type: 'emphasis', children: toInlines(parts)});
export const code = (value: string): Inline => ({type: 'code', value});
export const citation = (value: string): Inline => ({type: 'citation', value});

/** A paragraph holds no heading, so it is a finished block as well as a draft. */
export const paragraph = (...parts: InlineInput[]): Extract<Block, {type: 'paragraph'}> => ({
  type: 'paragraph',
  children: toInlines(parts),
});

/** A bulleted list whose items are single paragraphs. */
export const bulletList = (items: InlineInput[][]): DraftBlock => ({
  type: 'list',
  ordered: false,
  items: items.map((parts) => [paragraph(...parts)]),
});

export const heading = (depth: 1 | 2 | 3 | 4, ...parts: InlineInput[]): DraftBlock => ({
  type: 'heading',
  depth,
  children: toInlines(parts),
});

export const note = (tone: 'info' | 'warning', label: string, ...parts: InlineInput[]): DraftBlock => ({
  type: 'note',
  tone,
  label,
  children: [paragraph(...parts)],
});

/** Joins names as prose: "A", "A and B", "A, B and C". */
export function joinNames(names: string[], conjunction = 'and'): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${conjunction} ${names[names.length - 1]}`;
}

/** Plain text of inlines, for summaries and search. */
export function inlineText(inlines: Inline[]): string {
  return inlines
    .map((inline) => {
      switch (inline.type) {
        case 'text':
        case 'code':
        case 'citation':
          return inline.value;
        case 'decision':
          return inline.label;
        default:
          return inlineText(inline.children);
      }
    })
    .join('');
}
