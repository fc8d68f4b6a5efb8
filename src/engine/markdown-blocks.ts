import type {PhrasingContent, RootContent} from 'mdast';
import {toString as mdastText} from 'mdast-util-to-string';
import type {Inline} from '../vocabulary/document-nodes.js';
import type {DraftBlock} from './anchors.js';
import {decideLink, linkInlines} from './config-links.js';
import {parseMarkdownBody} from './markdown-body.js';

/** What converting one body needs besides its tree: the allowed external hosts and its link definitions. */
interface Body {
  externalHosts: readonly string[];
  definitions: ReadonlyMap<string, string>;
}

/**
 * Converts the markdown body of a custom section into the document model. Only structure that every
 * renderer can show safely survives: raw HTML becomes visible text, links follow `decideLink` (unsafe
 * targets are dropped, external ones to hosts not in `externalHosts` are shown as text), images become
 * their alt text (a policy should not load remote content). Headings are demoted below the section title.
 */
export function markdownToBlocks(markdown: string, externalHosts: readonly string[] = []): DraftBlock[] {
  const {tree, definitions} = parseMarkdownBody(markdown);
  const body: Body = {externalHosts, definitions};
  return tree.children.flatMap((node) => toBlocks(node, body));
}

function toBlocks(node: RootContent, body: Body): DraftBlock[] {
  const toInlines = (nodes: PhrasingContent[]) => phrasingToInlines(nodes, body);
  const blocksOf = (node: RootContent) => toBlocks(node, body);
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
          items: node.children.map((item) => item.children.flatMap(blocksOf)),
        },
      ];
    case 'blockquote':
      return [{type: 'blockquote', children: node.children.flatMap(blocksOf)}];
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
            label: mdastText(cell),
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

function phrasingToInlines(nodes: PhrasingContent[], body: Body): Inline[] {
  const toInlines = (children: PhrasingContent[]) => phrasingToInlines(children, body);
  const link = (url: string, label: Inline[]) => linkInlines(decideLink(url, body.externalHosts), label, url);
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
      case 'link':
        return link(node.url, toInlines(node.children));
      case 'linkReference': {
        // `[text][id]` with `[id]: url` elsewhere in the body: the same link, written in two places.
        const url = body.definitions.get(node.identifier);
        return url === undefined ? toInlines(node.children) : link(url, toInlines(node.children));
      }
      case 'image':
      case 'imageReference':
        return node.alt ? [{type: 'text', value: node.alt}] : [];
      default:
        return 'children' in node ? toInlines(node.children as PhrasingContent[]) : [];
    }
  });
}
