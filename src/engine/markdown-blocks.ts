import type {Nodes, PhrasingContent, RootContent} from 'mdast';
import {fromMarkdown} from 'mdast-util-from-markdown';
import {gfmFromMarkdown} from 'mdast-util-gfm';
import {gfm} from 'micromark-extension-gfm';
import type {Block, Inline} from './model.js';
import {safeUrl} from './safe-url.js';

/**
 * Converts the markdown body of a custom section into the document model. Only structure that every
 * renderer can show safely survives: raw HTML becomes visible text, unsafe link targets become plain text,
 * images become their alt text (a policy should not load remote content). Headings are demoted below the
 * section title.
 */
export function markdownToBlocks(markdown: string): Block[] {
  const tree = fromMarkdown(markdown, {extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()]});
  return tree.children.flatMap(toBlocks);
}

function toBlocks(node: RootContent): Block[] {
  switch (node.type) {
    case 'paragraph':
      return [{type: 'paragraph', children: toInlines(node.children)}];
    case 'heading':
      return [
        {
          type: 'heading',
          depth: Math.min(4, Math.max(1, node.depth - 1)) as 1 | 2 | 3 | 4,
          children: toInlines(node.children),
        },
      ];
    case 'list':
      return [
        {
          type: 'list',
          ordered: node.ordered === true,
          items: node.children.map((item) => item.children.flatMap(toBlocks)),
        },
      ];
    case 'blockquote':
      return [{type: 'blockquote', children: node.children.flatMap(toBlocks)}];
    case 'code':
      return [{type: 'code', lang: node.lang ?? null, value: node.value}];
    case 'thematicBreak':
      return [{type: 'thematicBreak'}];
    case 'html':
      return [{type: 'paragraph', children: [{type: 'text', value: node.value}]}];
    case 'table':
      return [
        {
          type: 'table',
          role: 'generic',
          caption: '',
          columns: (node.children[0]?.children ?? []).map((cell, index) => ({
            label: plainText(cell),
            ...(node.align?.[index] ? {align: node.align[index]!} : {}),
          })),
          rows: node.children.slice(1).map((row) => row.children.map((cell) => toInlines(cell.children))),
        },
      ];
    default:
      // Definitions, footnotes and the like: keep their text rather than drop content silently.
      return 'value' in node && typeof node.value === 'string'
        ? [{type: 'paragraph', children: [{type: 'text', value: node.value}]}]
        : [];
  }
}

function toInlines(nodes: PhrasingContent[]): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    switch (node.type) {
      case 'text':
        return [{type: 'text', value: node.value}];
      case 'html':
        return [{type: 'text', value: node.value}];
      case 'strong':
        return [{type: 'strong', children: toInlines(node.children)}];
      case 'emphasis':
        return [{type: 'emphasis', children: toInlines(node.children)}];
      case 'delete':
        return toInlines(node.children);
      case 'inlineCode':
        return [{type: 'code', value: node.value}];
      case 'break':
        return [{type: 'text', value: ' '}];
      case 'link': {
        const url = safeUrl(node.url);
        return url === null
          ? toInlines(node.children)
          : [{type: 'link', url, children: toInlines(node.children)}];
      }
      case 'image':
        return node.alt ? [{type: 'text', value: node.alt}] : [];
      default:
        return 'children' in node ? toInlines(node.children as PhrasingContent[]) : [];
    }
  });
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(plainText).join('') : '';
}
