import type {Definition, Root} from 'mdast';
import {fromMarkdown} from 'mdast-util-from-markdown';
import {gfmFromMarkdown} from 'mdast-util-gfm';
import {gfm} from 'micromark-extension-gfm';
import {visit} from 'unist-util-visit';

/** A custom section's Markdown body, parsed, with its link reference definitions (`[id]: url`) by id. */
export interface MarkdownBody {
  tree: Root;
  /** The URL a `[text][id]` reference points to; a Map, since ids are the config author's text. */
  definitions: ReadonlyMap<string, string>;
}

/** A link target written in a body, and the body line it is on (1-based), for lint messages. */
export interface BodyLink {
  kind: 'link' | 'image';
  url: string;
  line: number;
}

/**
 * Recently parsed bodies. Building a policy reads each body twice (its blocks, and lint's list of links),
 * and parsing is most of a build's cost, so the second read reuses the first. Callers only read the
 * trees, so sharing them cannot change any output; the bound keeps a long `docusaurus start` small.
 */
const recentlyParsed = new Map<string, MarkdownBody>();
const RECENT_LIMIT = 32;

export function parseMarkdownBody(markdown: string): MarkdownBody {
  const cached = recentlyParsed.get(markdown);
  if (cached) return cached;
  const parsed = parse(markdown);
  if (recentlyParsed.size >= RECENT_LIMIT) recentlyParsed.clear();
  recentlyParsed.set(markdown, parsed);
  return parsed;
}

function parse(markdown: string): MarkdownBody {
  const tree = fromMarkdown(markdown, {extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()]});
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node: Definition) => {
    // The first definition of an id wins, as in CommonMark.
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
  });
  return {tree, definitions};
}

/**
 * Every link and image target of a body, in reading order, with references resolved: what the policy
 * would link to or load if it kept them, so that lint can say which ones it does not.
 */
export function bodyLinks(markdown: string): BodyLink[] {
  const {tree, definitions} = parseMarkdownBody(markdown);
  const links: BodyLink[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'link' || node.type === 'image') {
      links.push({kind: node.type, url: node.url, line});
    } else if (node.type === 'linkReference' || node.type === 'imageReference') {
      const url = definitions.get(node.identifier);
      if (url !== undefined) links.push({kind: node.type === 'linkReference' ? 'link' : 'image', url, line});
    }
  });
  return links;
}
