import type {Heading} from 'mdast';
import {toString as mdastText} from 'mdast-util-to-string';
import {escapeHtml} from '../vocabulary/escape-html.js';

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
      return escapeHtml(mdastText(node));
  }
}
