import type {Heading, Nodes} from 'mdast';
import {escapeHtml} from '../vocabulary/escape-html.js';

/** The plain text of a node, as `mdast-util-to-string` gives it (image alt included). */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  return 'children' in node ? node.children.map((child) => plainText(child)).join('') : '';
}

/**
 * A heading as the HTML label Docusaurus's TOC shows: text escaped, code/emphasis/strong kept, links
 * unwrapped (a TOC entry is itself a link). Mirrors `toHeadingHTMLValue` in `@docusaurus/mdx-loader`.
 */
export function headingHtml(node: Heading | Heading['children'][number]): string {
  const inner = () => ('children' in node ? node.children.map((child) => headingHtml(child)).join('') : '');
  switch (node.type) {
    case 'text':
      return escapeHtml(node.value);
    case 'inlineCode':
      return `<code>${escapeHtml(node.value)}</code>`;
    case 'emphasis':
      return `<em>${inner()}</em>`;
    case 'strong':
      return `<strong>${inner()}</strong>`;
    case 'delete':
      return `<del>${inner()}</del>`;
    case 'heading':
    case 'link':
    case 'linkReference':
      return inner();
    default:
      return escapeHtml(plainText(node));
  }
}
