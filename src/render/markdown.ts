import type {Root, RootContent} from 'mdast';
import {gfmToMarkdown} from 'mdast-util-gfm';
import {type Options, toMarkdown, type Unsafe} from 'mdast-util-to-markdown';
import type {PolicyDocument} from '../engine/model.js';
import {policyAnchors, retargetFragmentLinks} from './fragment-links.js';
import {
  foreignPhraseHandlers,
  renderPolicyMdast,
  renderSectionMdast,
  type SectionMdastOptions,
} from './mdast.js';

/** The Markdown style of every rendered policy; tests that compare Markdown as text use the same one. */
export const MARKDOWN_STYLE = {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  rule: '-',
  listItemIndent: 'one',
  fences: true,
  // `[url](url)`, never `<url>`: MDX reads `<` as the start of JSX, and fails on an autolink.
  resourceLink: true,
} as const;

/**
 * The policy's Markdown is copied into handbooks (the `.md` download, "Copy as Markdown"), and a handbook
 * page may be MDX, where text is also code: `import`/`export` at a line start is ES module code, `{…}` an
 * expression, `<…` JSX, and `:name`, `::name`, `:::name` directives (`:::note` an admonition). Config text
 * must stay text there too, so these characters are escaped wherever MDX would read them as syntax. Each
 * escape is one CommonMark also undoes (`\{`, `\<`, `\:`, and a character reference for a letter), so the
 * page reads the same in plain Markdown.
 */
/** Where text is a URL or a reference label, not phrasing MDX reads (mdast-util-to-markdown's own list). */
const NOT_TEXT: Unsafe['notInConstruct'] = [
  'autolink',
  'destinationLiteral',
  'destinationRaw',
  'reference',
  'titleQuote',
  'titleApostrophe',
];

/** What may follow the colon of a directive: a name's first letter (and a tab, which MDX takes for one). */
const NAME_START = '(?:\\t|[^\\s\\p{P}\\p{S}])';

const MDX_UNSAFE: Unsafe[] = [
  // ES module code: `import ` or `export ` at the very start of a line.
  {atBreak: true, character: 'i', after: 'mport '},
  {atBreak: true, character: 'e', after: 'xport '},
  // Expressions, anywhere in text.
  {atBreak: true, character: '{'},
  {character: '{', inConstruct: 'phrasing', notInConstruct: NOT_TEXT},
  // JSX (and `<>` fragments, `<!--`, which MDX rejects), anywhere in text.
  {atBreak: true, character: '<'},
  {character: '<', inConstruct: 'phrasing', notInConstruct: NOT_TEXT},
  // GFM's `www.` and `http://` links, read as the Markdown is tokenized, run on to the next space or `<` and
  // take in the backslash of a `\<` or `\{` just after them, which leaves that `<` or `{` bare. A character
  // reference for their first letter stops that; GFM still finds the link in the text, after MDX is done.
  ...['w', 'W'].map((character) => ({
    character,
    after: '[Ww]{2}\\.',
    inConstruct: 'phrasing' as const,
    notInConstruct: NOT_TEXT,
  })),
  ...['h', 'H'].map((character) => ({
    character,
    after: '[Tt]{2}[Pp][Ss]?:',
    inConstruct: 'phrasing' as const,
    notInConstruct: NOT_TEXT,
  })),
  // Directives: every colon right before a name (`:abbr`, the last of `::x`), and a line's first colon
  // when more follow (`:::note`), so no line starts a leaf or container directive.
  {
    character: ':',
    after: NAME_START,
    inConstruct: 'phrasing',
    notInConstruct: NOT_TEXT,
    unicode: true,
  },
  {atBreak: true, character: ':', after: NAME_START, unicode: true},
  {atBreak: true, character: ':', after: ':'},
];

const EXTENSIONS: Options['extensions'] = [
  gfmToMarkdown(),
  // A foreign phrase (`lang="en"` in HTML) is its words in Markdown.
  {handlers: foreignPhraseHandlers, unsafe: MDX_UNSAFE},
];

/**
 * Every Markdown this package writes: `mdast-util-to-markdown` with GFM, which escapes whatever would turn
 * config text into Markdown markup (`*`, `[`, `#`...), and the MDX escapes above.
 */
export function serializeMarkdown(tree: Root): string {
  return toMarkdown(joinAdjacentCode(tree), {...MARKDOWN_STYLE, extensions: EXTENSIONS});
}

/**
 * Two code spans side by side cannot be written in Markdown: the first one's closing backticks and the
 * second one's opening backticks make one run, and a reader then pairs the fences differently, which can
 * leave a `\<` or `\{` outside any span without its backslash (JSX or an expression in MDX). Read, two
 * adjacent spans show the same text as one, so they are written as one. Returns a copy where needed.
 */
function joinAdjacentCode<T extends Root | RootContent>(node: T): T {
  if (!('children' in node)) return node;
  const children: RootContent[] = [];
  let changed = false;
  for (const child of node.children as RootContent[]) {
    const joined = joinAdjacentCode(child);
    if (joined !== child) changed = true;
    const previous = children.at(-1);
    if (previous?.type === 'inlineCode' && joined.type === 'inlineCode') {
      children[children.length - 1] = {type: 'inlineCode', value: previous.value + joined.value};
      changed = true;
    } else children.push(joined);
  }
  return changed ? ({...node, children} as T) : node;
}

/**
 * The tree the policy's Markdown is written from: the page's mdast, with links to the policy's own anchors
 * as words, since Markdown carries no heading ids.
 */
export function policyMarkdownTree(document: PolicyDocument): Root {
  const targets = {policyAnchors: policyAnchors(document), anchorsHere: new Set<string>(), policyPage: null};
  const sections = document.sections.map((section) => ({
    ...section,
    blocks: retargetFragmentLinks(section.blocks, targets),
  }));
  return renderPolicyMdast({...document, sections});
}

export function renderPolicyMarkdown(document: PolicyDocument): string {
  return serializeMarkdown(policyMarkdownTree(document));
}

export function renderSectionMarkdown(
  document: PolicyDocument,
  sectionId: string,
  options: SectionMdastOptions = {},
): string {
  const children: RootContent[] = renderSectionMdast(document, sectionId, options);
  return serializeMarkdown({type: 'root', children});
}
