import type {
  Blockquote,
  Code,
  Heading,
  List,
  ListItem,
  Nodes,
  Parents,
  PhrasingContent,
  Root,
  RootContent,
  Table,
} from 'mdast';

/**
 * Writes the policy's mdast as Markdown in one pass, for exactly the node kinds the renderers produce, in
 * the style of `MARKDOWN_STYLE` (and byte for byte what `mdast-util-to-markdown` with GFM writes for them).
 *
 * The general serializer runs every escaping rule of every construct over every text node; this one knows
 * which rules can apply where (a paragraph, a heading, a table cell, a link's label) and checks one
 * character at a time. Whatever it is not sure to write exactly like the general serializer (a tab, a
 * backslash, an underscore, emphasis next to emphasis, an autolink...) makes it hand that whole block to
 * `fallback`, which is the general serializer: rare text costs the old price, never wrong Markdown.
 */
export function writeMarkdown(tree: Root, fallback: (block: RootContent) => string): string {
  const writer = new Writer(fallback);
  const value = writer.flow(tree.children, tree);
  return value.endsWith('\n') ? value : `${value}\n`;
}

/** Where phrasing sits; each adds escaping rules of its own. */
const HEADING = 1;
const CELL = 2;
const LABEL = 4;
/** Inside emphasis or strong: nested runs of `*` may pair differently, so they are left to the fallback. */
const ATTENTION = 8;

/** Thrown (and caught per block) when the fast path cannot promise the general serializer's output. */
const UNSURE = Symbol('unsure');

class Writer {
  /** The general serializer switches bullets between adjacent lists so they do not merge. */
  private bulletLastUsed: string | undefined;

  constructor(private readonly fallback: (block: RootContent) => string) {}

  flow(children: readonly RootContent[], parent: Parents): string {
    let out = '';
    for (let index = 0; index < children.length; index++) {
      const child = children[index] as RootContent;
      out += this.block(child);
      if (child.type !== 'list') this.bulletLastUsed = undefined;
      if (index < children.length - 1) out += between(child, children[index + 1] as RootContent, parent);
    }
    return out;
  }

  private block(node: RootContent): string {
    switch (node.type) {
      case 'list':
        return this.list(node);
      case 'blockquote':
        return this.blockquote(node);
      case 'thematicBreak':
        return '---';
      case 'code':
        return code(node) ?? this.fallback(node);
      case 'paragraph':
      case 'heading':
      case 'table':
        try {
          if (node.type === 'paragraph') return phrasing(node.children, 0, '\n', '\n');
          if (node.type === 'heading') return heading(node);
          return table(node);
        } catch (error) {
          if (error === UNSURE) return this.fallback(node);
          throw error;
        }
      default:
        return this.fallback(node);
    }
  }

  private blockquote(node: Blockquote): string {
    return indentLines(this.flow(node.children, node), (line, _, blank) => (blank ? '>' : `> ${line}`));
  }

  private list(node: List): string {
    let bullet = node.ordered ? '.' : '-';
    const other = node.ordered ? ')' : '*';
    let different = this.bulletLastUsed !== undefined && bullet === this.bulletLastUsed;
    // A rule-like first child would read as a thematic break with the same character.
    if (!node.ordered && node.children.some((item) => item.children[0]?.type === 'thematicBreak'))
      different = true;
    if (node.children.some((item) => item.children.length === 0))
      // The general serializer's rule for empty items depends on its whole stack; not worth mirroring.
      return this.fallback(node);
    if (different) bullet = other;
    let out = '';
    for (let index = 0; index < node.children.length; index++) {
      const item = node.children[index] as ListItem;
      const marker = node.ordered ? `${(node.start ?? 1) + index}${bullet}` : bullet;
      out += this.listItem(item, marker);
      this.bulletLastUsed = undefined;
      if (index < node.children.length - 1) out += between(item, node.children[index + 1] as ListItem, node);
    }
    this.bulletLastUsed = bullet;
    return out;
  }

  private listItem(node: ListItem, marker: string): string {
    const size = marker.length + 1;
    const indent = ' '.repeat(size);
    return indentLines(this.flow(node.children, node), (line, index, blank) => {
      if (index) return blank ? '' : indent + line;
      return blank ? marker : `${marker} ${line}`;
    });
  }
}

/** Blank lines between two blocks of a container, as the general serializer's join rules decide them. */
function between(left: Nodes, right: Nodes, parent: Parents): string {
  if (!('spread' in parent) || typeof parent.spread !== 'boolean') return '\n\n';
  if (parent.spread) return '\n\n';
  if (
    left.type === 'table' &&
    parent.type === 'listItem' &&
    (right.type === 'paragraph' || right.type === 'table' || right.type === 'definition' || setext(right))
  )
    return '\n\n';
  if (left.type === 'blockquote' && right.type === 'blockquote') return '\n\n';
  if (
    left.type === 'paragraph' &&
    right.type === 'list' &&
    ((right.ordered && typeof right.start === 'number' && right.start !== 1) ||
      (right.children.length > 0 && right.children[0]?.children.length === 0))
  )
    return '\n\n';
  if (left.type === 'paragraph' && right.type === 'thematicBreak') return '\n\n';
  let tail: Nodes = left;
  while (
    (tail.type === 'blockquote' || tail.type === 'list' || tail.type === 'listItem') &&
    tail.children.length > 0
  )
    tail = tail.children[tail.children.length - 1] as Nodes;
  if (tail.type !== 'paragraph') return '\n';
  if (
    (left.type === 'paragraph' || left !== (tail as Nodes)) &&
    (right.type === 'paragraph' || setext(right))
  )
    return '\n\n';
  return '\n';
}

/** Whether the general serializer writes this heading underlined: levels 1 and 2 with a line break. */
function setext(node: Nodes): boolean {
  if (node.type !== 'heading' || node.depth >= 3) return false;
  let text = '';
  let lineBreak = false;
  const visit = (inner: Nodes) => {
    if (inner.type === 'break') lineBreak = true;
    if ('value' in inner) {
      text += inner.value;
      if (/[\r\n]/.test(inner.value)) lineBreak = true;
    }
    if ('children' in inner) for (const child of inner.children) visit(child as Nodes);
  };
  visit(node);
  return lineBreak && text !== '';
}

function indentLines(value: string, map: (line: string, index: number, blank: boolean) => string): string {
  const lines = value.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    lines[index] = map(line, index, line === '');
  }
  return lines.join('\n');
}

function code(node: Code): string | undefined {
  const value = node.value ?? '';
  if (node.meta || (node.lang && !/^[A-Za-z0-9.+-]+$/.test(node.lang)) || value.includes('\r'))
    return undefined;
  let longest = 0;
  let run = 0;
  for (let index = 0; index < value.length; index++) {
    run = value.charCodeAt(index) === 96 ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  const fence = '`'.repeat(Math.max(longest + 1, 3));
  return `${fence}${node.lang ?? ''}\n${value ? `${value}\n` : ''}${fence}`;
}

function heading(node: Heading): string {
  const sequence = '#'.repeat(Math.max(1, Math.min(6, node.depth)));
  const value = phrasing(node.children, HEADING, '# ', '\n');
  // Empty headings and ones starting with white space are written with character references; rare.
  if (value === '' || value.charCodeAt(0) === 32) throw UNSURE;
  return `${sequence} ${value}`;
}

function table(node: Table): string {
  const align = node.align ?? [];
  const matrix = node.children.map((row) =>
    row.children.map((cell) => {
      const value = phrasing(cell.children, CELL, '|', '|');
      // A parser trims a cell; white space at its edges is the general serializer's business.
      if (value.charCodeAt(0) === 32 || value.charCodeAt(value.length - 1) === 32) throw UNSURE;
      return value;
    }),
  );
  const head = matrix[0];
  const columns = align.length || Math.max(0, ...matrix.map((row) => row.length));
  if (head) while (head.length < columns) head.push('');
  return layoutTable(matrix, align);
}

/** A GFM table with padded cells and aligned delimiters (what `markdown-table` writes by default). */
function layoutTable(rows: string[][], align: ReadonlyArray<string | null | undefined>): string {
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, column) => {
      if (widths[column] === undefined || cell.length > (widths[column] as number))
        widths[column] = cell.length;
    });
  const alignments = Array.from(
    {length: columns},
    (_, column) => align[column]?.charAt(0).toLowerCase() ?? '',
  );
  const delimiters = alignments.map((alignment, column) => {
    const before = alignment === 'l' || alignment === 'c' ? ':' : '';
    const after = alignment === 'r' || alignment === 'c' ? ':' : '';
    const cell =
      before + '-'.repeat(Math.max(1, (widths[column] as number) - before.length - after.length)) + after;
    if (cell.length > (widths[column] as number)) widths[column] = cell.length;
    return cell;
  });
  const line = (cells: string[], count: number) => {
    let out = '';
    for (let column = 0; column < count; column++) {
      const cell = cells[column] ?? '';
      const room = (widths[column] as number) - cell.length;
      const alignment = alignments[column];
      let before = '';
      let after = '';
      if (alignment === 'r') before = ' '.repeat(room);
      else if (alignment === 'c') {
        before = ' '.repeat(Math.ceil(room / 2));
        after = ' '.repeat(Math.floor(room / 2));
      } else after = ' '.repeat(room);
      out += `${column === 0 ? '|' : ''} ${before}${cell}${after} |`;
    }
    return out;
  };
  const lines = [line(rows[0] ?? [], Math.max(1, (rows[0] ?? []).length))];
  lines.push(line(delimiters, Math.max(1, (rows[0] ?? []).length)));
  for (const row of rows.slice(1)) lines.push(line(row, Math.max(1, row.length)));
  return lines.join('\n');
}

// ---- Phrasing --------------------------------------------------------------------------------------

type Attention = Extract<PhrasingContent, {type: 'strong' | 'emphasis'}>;

const isAttention = (node: PhrasingContent | undefined): node is Attention =>
  node?.type === 'strong' || node?.type === 'emphasis';

/**
 * Phrasing content between `before` and `after` (the characters around it). Each child's neighbours are
 * what the general serializer sees: the last character written, and the first character the next child
 * starts with.
 */
function phrasing(
  children: readonly PhrasingContent[],
  where: number,
  before: string,
  after: string,
): string {
  let out = '';
  let previous = before;
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as PhrasingContent;
    const next = children[index + 1];
    const following = next === undefined ? after : peek(next, where);
    let value: string;
    switch (child.type) {
      case 'text':
        value = escapeText(child.value, where, previous, following);
        break;
      case 'inlineCode':
        // Two code spans side by side would read as one.
        if (children[index - 1]?.type === 'inlineCode' || next?.type === 'inlineCode') throw UNSURE;
        value = inlineCode(child.value, where);
        break;
      case 'link':
        value = link(child, where);
        break;
      case 'strong':
      case 'emphasis':
        if (where & ATTENTION || isAttention(children[index - 1]) || isAttention(next)) throw UNSURE;
        value = attention(child, where, previous, following);
        break;
      default:
        throw UNSURE;
    }
    if (value === '') throw UNSURE;
    out += value;
    previous = value.charAt(value.length - 1);
  }
  return out;
}

/** The first character a node will be written with, as the general serializer peeks it. */
function peek(node: PhrasingContent, where: number): string {
  switch (node.type) {
    case 'strong':
    case 'emphasis':
      return '*';
    case 'inlineCode':
      return '`';
    case 'link':
      return '[';
    case 'text':
      return escapeText(node.value, where, '', '').charAt(0);
    default:
      throw UNSURE;
  }
}

function attention(node: Attention, where: number, before: string, after: string): string {
  const sequence = node.type === 'strong' ? '**' : '*';
  if (node.children.length === 0 || isAttention(node.children[0]) || isAttention(node.children.at(-1)))
    throw UNSURE;
  const inside = phrasing(node.children, where | ATTENTION, sequence, sequence);
  // The delimiter runs must open and close where they stand (CommonMark's flanking rules), or the general
  // serializer would write character references; only plain ASCII neighbours are judged here.
  const open = kind(before.charAt(before.length - 1));
  const first = kind(inside.charAt(0));
  const last = kind(inside.charAt(inside.length - 1));
  const close = kind(after.charAt(0));
  if (first === 'space' || last === 'space') throw UNSURE;
  if ((open === 'word' && first === 'punctuation') || (close === 'word' && last === 'punctuation'))
    throw UNSURE;
  return sequence + inside + sequence;
}

function kind(character: string): 'word' | 'space' | 'punctuation' {
  const code = character.charCodeAt(0);
  if (Number.isNaN(code) || code > 0x7e) throw UNSURE;
  if (code === 32 || code === 10 || code === 9) return 'space';
  if (code < 32) throw UNSURE;
  return /[A-Za-z0-9]/.test(character) ? 'word' : 'punctuation';
}

function inlineCode(value: string, where: number): string {
  if (
    value === '' ||
    /[`\r\n]/.test(value) ||
    value.charCodeAt(0) === 32 ||
    value.charCodeAt(value.length - 1) === 32 ||
    (where & CELL && value.includes('|'))
  )
    throw UNSURE;
  return `\`${value}\``;
}

function link(node: Extract<PhrasingContent, {type: 'link'}>, where: number): string {
  const {url} = node;
  // Links cannot nest in Markdown.
  if (where & LABEL) throw UNSURE;
  if (node.title || !url || /[\0- \u007F\\]/.test(url)) throw UNSURE;
  // A link whose text is its own URL is written as an autolink.
  if (
    node.children.length === 1 &&
    node.children[0]?.type === 'text' &&
    (node.children[0].value === url || `mailto:${node.children[0].value}` === url) &&
    /^[a-z][+\-.a-z]+:/i.test(url)
  )
    throw UNSURE;
  const label = phrasing(node.children, where | LABEL, '[', '](');
  let destination = '';
  for (let index = 0; index < url.length; index++) {
    const character = url.charAt(index);
    if (
      character === '(' ||
      character === ')' ||
      (character === '|' && where & CELL) ||
      (character === '&' && /[#A-Za-z]/.test(url.charAt(index + 1)))
    )
      destination += '\\';
    destination += character;
  }
  return `[${label}](${destination})`;
}

const DIGITS_AT_BREAK = /^[\t ]*\d+$/;

/** Letters, digits, space, non-ASCII and the punctuation no escaping rule looks at, as a RegExp class. */
const PLAIN_CLASS = `[a-zA-Z0-9 ,;'"/%?$^{}\\u0080-\\uffff]`;

/** A run of plain characters. */
const PLAIN_RUN = new RegExp(`${PLAIN_CLASS}+`, 'y');

/** The ASCII part of the same class, as a table: `plain` runs once per character of every text. */
const PLAIN_CHARACTER = new RegExp(PLAIN_CLASS);
const PLAIN_ASCII = Uint8Array.from({length: 128}, (_, code) =>
  PLAIN_CHARACTER.test(String.fromCharCode(code)) ? 1 : 0,
);

function plain(code: number): boolean {
  return code > 127 || PLAIN_ASCII[code] === 1;
}

/**
 * Backslash-escapes the characters of `value` that would otherwise start markup here: always `*`, `[`,
 * `` ` `` and `~`; `|` in a table cell and `]` in a link label; the rest only where CommonMark or GFM would
 * read them as syntax (at the start of a line, before a letter, inside a would-be autolink literal).
 * `before` is the last character written, `after` what the next node starts with ('' when peeking).
 */
function escapeText(value: string, where: number, before: string, after: string): string {
  const atLineStart = before.charCodeAt(before.length - 1) === 10;
  const following = after.charAt(0);
  // White space next to a line ending is written as a character reference.
  if (value.charCodeAt(0) === 32 && atLineStart) throw UNSURE;
  if (value.charCodeAt(value.length - 1) === 32 && following === '\n') throw UNSURE;
  const label = (where & LABEL) !== 0;
  let out = '';
  let start = 0;
  // The general rules for `@` and `w.` match a character on each side and do not reuse it for the next
  // match (`a@b@c` escapes the first `@` only); these are where the last such match ended.
  let atMatchEnd = 0;
  let dotMatchEnd = 0;
  /** Where the current line starts in `value`, or -1 while it started before `value`. */
  let lineStart = atLineStart ? 0 : -1;
  /** Whether only spaces stand between the start of the line and `index`. */
  let breakRun = atLineStart;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    const atBreak = breakRun;
    if (breakRun && code !== 32) breakRun = false;
    if (plain(code)) {
      // Past the start of a line nothing plain matters: skip the whole run at once (long texts are mostly
      // such runs).
      if (!breakRun) {
        PLAIN_RUN.lastIndex = index + 1;
        if (PLAIN_RUN.test(value)) index = PLAIN_RUN.lastIndex - 1;
      }
      continue;
    }
    if (code === 10 && (where & (HEADING | CELL | LABEL)) === 0) {
      // A soft line break in a paragraph; blank lines and white space around it would be encoded.
      const around = `${index > 0 ? value.charAt(index - 1) : before.charAt(before.length - 1)}${index < value.length - 1 ? value.charAt(index + 1) : following}`;
      if (/[\n\r \t]/.test(around)) throw UNSURE;
      lineStart = index + 1;
      breakRun = true;
      continue;
    }
    // Tabs, line endings, controls, backslashes and underscores follow rules not mirrored here.
    if (code < 32 || code === 127 || code === 92 || code === 95) throw UNSURE;
    const character = value.charAt(index);
    const previous = index > 0 ? value.charAt(index - 1) : before.charAt(before.length - 1);
    const last = index === value.length - 1;
    const next = last ? following : value.charAt(index + 1);
    /** The end of the text and its neighbours (a `$` in the general rules). */
    const atEnd = last && after === '';
    let escaped: boolean;
    switch (character) {
      case '*':
      case '[':
      case '`':
      case '~':
        escaped = true;
        break;
      case ']':
        escaped = label;
        break;
      case '|':
        escaped = (where & CELL) !== 0 || (atBreak && next !== '' && '\t :-'.includes(next));
        break;
      case '#':
        escaped = atBreak || ((where & HEADING) !== 0 && (next === '\n' || atEnd));
        break;
      case '=':
      case '>':
        escaped = atBreak;
        break;
      case '+':
        escaped = atBreak && next !== '' && ' \t\n'.includes(next);
        break;
      case '-':
        escaped = atBreak && next !== '' && ' \t\n:|-'.includes(next);
        break;
      case '.':
        escaped =
          lineStart >= 0 &&
          DIGITS_AT_BREAK.test(value.slice(lineStart, index)) &&
          (next === ' ' || next === '\n' || atEnd);
        // `www.` would start an autolink literal.
        if (
          !label &&
          (previous === 'W' || previous === 'w') &&
          index - 1 >= dotMatchEnd &&
          next !== '' &&
          /[-.\w]/.test(next)
        ) {
          escaped = true;
          dotMatchEnd = index + 2;
        }
        break;
      case '@':
        // `a@b.c` would be an email autolink literal.
        escaped =
          !label &&
          index - 1 >= atMatchEnd &&
          previous !== '' &&
          /[+\-.\w]/.test(previous) &&
          next !== '' &&
          /[-.\w]/.test(next);
        if (escaped) atMatchEnd = index + 2;
        break;
      case ')':
        escaped = lineStart >= 0 && DIGITS_AT_BREAK.test(value.slice(lineStart, index));
        break;
      case ':':
        // `http:/` would start an autolink literal.
        escaped =
          (atBreak && next === '-') || (!label && (previous === 'p' || previous === 's') && next === '/');
        break;
      case '<':
        escaped = next !== '' && /[!/?A-Za-z]/.test(next);
        break;
      case '&':
        escaped = next !== '' && /[#A-Za-z]/.test(next);
        break;
      case '!':
        // `![` inside the text is harmless once its `[` is escaped; a link right after is not.
        escaped = last && following === '[';
        break;
      case '(':
        // `](` would continue a link; in a label that `]` is escaped already.
        escaped = previous === ']' && !(label && index > 0);
        break;
      default:
        escaped = false;
    }
    if (!escaped) continue;
    out += `${value.slice(start, index)}\\`;
    start = index;
  }
  return out === '' ? value : out + value.slice(start);
}
