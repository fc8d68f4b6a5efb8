import type {Block, Inline} from '../vocabulary/document-nodes.js';
import type {PolicyDocument} from './model.js';

/**
 * Words a reader reads, per part of the policy: text, table cells and labels, but not citations (the
 * reference counts "under two pages of reading" without them) and not Markdown punctuation.
 */
export interface WordCount {
  part: string;
  words: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'./@-]*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

function inlineWords(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => {
      switch (inline.type) {
        case 'text':
        case 'code':
          return inline.value;
        case 'citation':
          return '';
        case 'decision':
          return inline.label;
        default:
          return inlineWords(inline.children);
      }
    })
    .join('');
}

function blockWords(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return inlineWords(block.children);
    case 'list':
      return block.items.map((item) => item.map(blockWords).join(' ')).join(' ');
    case 'table':
      return [
        block.caption,
        ...block.columns.map((column) => column.label),
        ...block.rows.flatMap((row) => row.map(inlineWords)),
      ].join(' ');
    case 'note':
    case 'blockquote':
      return block.children.map(blockWords).join(' ');
    case 'code':
      return block.value;
    case 'thematicBreak':
      return '';
  }
}

/** Words per part: the header (title and fields), each section (title included), and the footer. */
export function countPolicyWords(document: PolicyDocument): WordCount[] {
  const header = [document.title, ...document.header.fields.flatMap((field) => [field.label, field.value])];
  return [
    {part: 'header', words: countWords(header.join(' '))},
    ...document.sections.map((section) => ({
      part: section.id,
      words: countWords([section.title, ...section.blocks.map(blockWords)].join(' ')),
    })),
    {part: 'footer', words: countWords(document.footer.map(blockWords).join(' '))},
  ];
}
