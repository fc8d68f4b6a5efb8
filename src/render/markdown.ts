import type {InlineCode, Parents, Root, RootContent, Text} from 'mdast';
import {gfmToMarkdown} from 'mdast-util-gfm';
import {
  type ConstructName,
  defaultHandlers,
  type Handle,
  type Info,
  type Options,
  type State,
  toMarkdown,
  type Unsafe,
} from 'mdast-util-to-markdown';
import type {PolicyDocument} from '../engine/model.js';
import {entryOf} from '../vocabulary/map-entry.js';
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

export const MDX_UNSAFE: Unsafe[] = [
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
  // A link destination written bare cannot start with `<` (CommonMark then reads no link, and MDX reads JSX):
  // mdast-util-to-markdown writes a config link to `<x` as `[a](<x)`. Its `<` is escaped, in any place.
  {character: '<', inConstruct: 'destinationRaw'},
];

/**
 * mdast-util-to-markdown's `safe` tries every `unsafe` pattern (about 100 with GFM and the MDX ones above) on
 * each text it writes: that was most of the time of a render. Most of them cannot find anything there. A
 * pattern escapes only its own `character`, where that character occurs in the text, judging by what is
 * around it; it applies only inside its constructs (`inConstruct`, `notInConstruct`); and an `atBreak`
 * pattern needs a line ending right before its character. The `root` handler below gives `safe` only the
 * patterns that pass those three tests for the text at hand (about 6 of them, on average, in the example
 * policy): the same escapes, so the same bytes, for less than half the time of a render.
 */
class PatternIndex {
  /**
   * A set of characters is two 32-bit masks, one bit per pattern character (63 today, the C0 controls
   * among them). Were there more than 64, some would share a bit: a text with one of them would then get the
   * patterns of both, which find nothing more, so the bytes would still be the same.
   */
  private readonly bitOfCharacter = new Map<string, number>();
  /** The two masks of each ASCII code (0 for a code no pattern escapes): the texts are scanned code by code. */
  private readonly asciiLow = new Int32Array(128);
  private readonly asciiHigh = new Int32Array(128);
  /** Pattern characters outside ASCII (none today), looked for with `includes`. */
  private readonly otherCharacters: string[] = [];
  /** The lists made so far, by stack of constructs and then by the two masks: a policy has a few hundred. */
  private readonly byStack = new Map<string, Map<number, Map<number, Unsafe[]>>>();
  /** The stack of the previous text, and its lists: consecutive texts are often in the same constructs. */
  private lastStack: ConstructName[] = [];
  private lastLists: Map<number, Map<number, Unsafe[]>> | undefined;

  /** The patterns that can match without a line ending. */
  readonly withoutLineEndings: Unsafe[];

  constructor(readonly patterns: readonly Unsafe[]) {
    this.withoutLineEndings = patterns.filter((pattern) => !needsLineEnding(pattern));
    for (const {character} of patterns) {
      if (this.bitOfCharacter.has(character)) continue;
      const bit = this.bitOfCharacter.size % 64;
      this.bitOfCharacter.set(character, bit);
      if (character.length === 1 && character.charCodeAt(0) < 128) {
        const code = character.charCodeAt(0);
        if (bit < 32) this.asciiLow[code]! |= 1 << bit;
        else this.asciiHigh[code]! |= 1 << (bit - 32);
      } else this.otherCharacters.push(character);
    }
  }

  /** Whether this index was made from exactly these patterns, in this order. */
  matches(patterns: readonly Unsafe[]): boolean {
    return (
      patterns.length === this.patterns.length &&
      patterns.every((pattern, index) => pattern === this.patterns[index])
    );
  }

  /**
   * The patterns, in list order, that can find something in this text: in scope where it is written
   * (`stack`), with their character in the text or beside it, and a line ending there if they need one.
   */
  patternsIn(stack: readonly ConstructName[], before: string, value: string, after: string): Unsafe[] {
    const {asciiLow, asciiHigh, otherCharacters} = this;
    // Kept in registers, without a branch per pattern character: this loop runs over every character of
    // every text.
    let low = 0;
    let high = 0;
    for (let part = 0; part < 3; part++) {
      const text = part === 0 ? before : part === 1 ? value : after;
      for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code >= 128) continue;
        low |= asciiLow[code]!;
        high |= asciiHigh[code]!;
      }
      for (const character of otherCharacters) {
        if (!text.includes(character)) continue;
        const bit = this.bitOfCharacter.get(character)!;
        if (bit < 32) low |= 1 << bit;
        else high |= 1 << (bit - 32);
      }
    }
    // Not through `entryOf`: a closure over the masks would keep them out of registers in the loop above.
    const lists = this.listsFor(stack);
    let byHigh = lists.get(low);
    if (!byHigh) {
      byHigh = new Map();
      lists.set(low, byHigh);
    }
    let patterns = byHigh.get(high);
    if (!patterns) {
      patterns = this.narrow(stack, low, high);
      byHigh.set(high, patterns);
    }
    return patterns;
  }

  /** The patterns of a set of characters in a stack: a method of its own, so no closure holds the masks. */
  private narrow(stack: readonly ConstructName[], low: number, high: number): Unsafe[] {
    const has = (character: string) => {
      const bit = this.bitOfCharacter.get(character);
      if (bit === undefined) return false;
      return Boolean(bit < 32 ? (low >>> bit) & 1 : (high >>> (bit - 32)) & 1);
    };
    const lineEnding = has('\n') || has('\r');
    return (
      this.patterns
        .filter(
          (pattern) =>
            has(pattern.character) && (lineEnding || !needsLineEnding(pattern)) && inScope(stack, pattern),
        )
        // In scope for this stack: without their construct lists, `safe` does not check that again.
        .map(({inConstruct, notInConstruct, ...inThisScope}) => inThisScope)
    );
  }

  private listsFor(stack: readonly ConstructName[]): Map<number, Map<number, Unsafe[]>> {
    const last = this.lastStack;
    if (this.lastLists && stack.length === last.length && stack.every((name, index) => name === last[index]))
      return this.lastLists;
    const lists = entryOf(this.byStack, stack.join(' '), () => new Map<number, Map<number, Unsafe[]>>());
    this.lastStack = [...stack];
    this.lastLists = lists;
    return lists;
  }
}

/** What a pattern's `before` or `after` is when it is one line ending. */
const LINE_ENDING = new Set(['[\\r\\n]', '\\n', '\\r']);

/**
 * Whether a pattern can only match next to a line ending: `atBreak` (a line ending, then spaces or tabs, right
 * before the character), or a `before` or `after` that is a line ending.
 */
function needsLineEnding(pattern: Unsafe): boolean {
  return (
    (pattern.atBreak === true && !pattern.beforeNode) ||
    LINE_ENDING.has(pattern.before ?? '') ||
    LINE_ENDING.has(pattern.after ?? '')
  );
}

/** mdast-util-to-markdown's rule for whether a pattern applies inside the constructs of `stack`. */
function inScope(stack: readonly ConstructName[], pattern: Unsafe): boolean {
  const names = (list: Unsafe['inConstruct']) => (typeof list === 'string' ? [list] : (list ?? []));
  const required = names(pattern.inConstruct);
  const inAny = (list: readonly ConstructName[]) => list.some((name) => stack.includes(name));
  return (required.length === 0 || inAny(required)) && !inAny(names(pattern.notInConstruct));
}

/**
 * `toMarkdown` builds its pattern list anew for each call, from the same extensions and so of the same
 * patterns: the index made at the first call serves the next ones, checked once per call (by `root`, before
 * any handler narrows `state.unsafe`).
 */
let patternIndex: PatternIndex | undefined;
/** The list the index was last checked against: each code span asks again, with the same list. */
let indexedList: readonly Unsafe[] | undefined;

function patternIndexOf(state: State): PatternIndex {
  if (state.unsafe !== indexedList || !patternIndex) {
    if (!patternIndex?.matches(state.unsafe)) patternIndex = new PatternIndex([...state.unsafe]);
    indexedList = state.unsafe;
  }
  return patternIndex;
}

/**
 * The tree's root, written as mdast-util-to-markdown writes it, with a `safe` that hands the library's own
 * only the patterns that can match the value at hand: every text, link destination and title goes through it.
 */
function root(node: Root, parent: Parents | undefined, state: State, info: Info): string {
  const index = patternIndexOf(state);
  const {safe} = state;
  state.safe = (value, config) => {
    const all = state.unsafe;
    state.unsafe = index.patternsIn(state.stack, config.before ?? '', value ?? '', config.after ?? '');
    try {
      // The library's `safe` reads its state from `this`.
      return safe.call(state, value, config);
    } finally {
      state.unsafe = all;
    }
  };
  return defaultHandlers.root(node, parent, state, info);
}

/**
 * mdast-util-to-markdown's own `text` handler, giving `safe` what it reads and no more: the library's copies
 * `info` into a new object for each text, about 6% of the Markdown step.
 */
function text(node: Text, parent: Parents | undefined, state: State, info: Info): string {
  const siblings = parent && 'children' in parent ? (parent.children as RootContent[]) : [];
  const position = state.indexStack[state.indexStack.length - 1]!;
  return state.safe(node.value, {
    before: info.before,
    after: info.after,
    afterNode: siblings[position + 1],
    beforeNode: siblings[position - 1],
  });
}

const GFM = gfmToMarkdown();

/** The handler an extension (or the last of its nested extensions to set one) gives a node type. */
function handlerIn(extension: Options, type: string): Handle | undefined {
  const own = (extension.handlers as Record<string, Handle> | undefined)?.[type];
  const nested = (extension.extensions ?? []).map((inner) => handlerIn(inner, type)).filter(Boolean);
  return own ?? nested.at(-1);
}

const gfmInlineCode = handlerIn(GFM, 'inlineCode') ?? defaultHandlers.inlineCode;

/**
 * Code spans the same way: mdast-util-to-markdown runs every `atBreak` pattern over a code span, to turn a line
 * ending before block syntax into a space. A span without a line ending gives them nothing to find.
 */
function inlineCode(node: InlineCode, parent: Parents | undefined, state: State, info: Info): string {
  if (/[\r\n]/.test(node.value)) return gfmInlineCode(node, parent, state, info);
  const all = state.unsafe;
  state.unsafe = patternIndexOf(state).withoutLineEndings;
  try {
    return gfmInlineCode(node, parent, state, info);
  } finally {
    state.unsafe = all;
  }
}

// What a code span starts with, without writing it: `containerPhrasing` asks each node for its first
// character (to escape the text before it), and writes the whole node when its handler has no `peek`.
inlineCode.peek = defaultHandlers.inlineCode.peek;

const EXTENSIONS: Options['extensions'] = [
  GFM,
  // A foreign phrase (`lang="en"` in HTML) is its words in Markdown.
  {handlers: {...foreignPhraseHandlers, root, text, inlineCode}, unsafe: MDX_UNSAFE},
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
  return renderPolicyMdast(document, {sections});
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
