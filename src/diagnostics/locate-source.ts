import {CST, Parser} from 'yaml';
import {isPlainString} from '../vocabulary/yaml-core-scalars.js';
import type {PathLocator} from './locate.js';

type Token = CST.Token;
type SourceToken = CST.SourceToken;
interface Item {
  start: SourceToken[];
  key?: Token | null;
  sep?: SourceToken[];
  value?: Token;
}

/**
 * A locator for a file read without positions (the fast reader's): it walks `yaml`'s concrete syntax tree,
 * which `yaml` builds in a fifth of the time of the document `locatePath` walks, and answers what
 * `locatePath` answers for a value (`test/locate-source.test.ts` holds the two together). The tree is built
 * on the first question, so a file without findings never pays for it.
 */
export function sourceLocator(source: string): PathLocator {
  let root: Token | undefined;
  let lineStarts: number[] | undefined;
  return (path) => {
    if (!lineStarts) {
      lineStarts = [0];
      for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1))
        lineStarts.push(index + 1);
      for (const token of new Parser().parse(source)) {
        if (token.type === 'document') {
          root = token.value;
          break;
        }
      }
    }
    return position(lineStarts, offsetOf(root, path));
  };
}

function offsetOf(root: Token | undefined, path: ReadonlyArray<PropertyKey>): number {
  let node = root;
  let offset = node?.offset ?? 0;
  for (const segment of path) {
    const items = node ? itemsOf(node) : undefined;
    if (!items) break;
    let item: Item | undefined;
    if (items.kind === 'map') item = items.items.find((candidate) => keyOf(candidate.key) === segment);
    else if (typeof segment === 'number') item = items.items[segment];
    if (!item) break;
    if (item.value) offset = item.value.offset;
    else if (item.sep) offset = emptyValueOffset(item.sep);
    else if (item.key) offset = item.key.offset;
    else offset = emptyValueOffset(item.start);
    node = item.value;
  }
  return offset;
}

function itemsOf(node: Token): {kind: 'map' | 'seq'; items: Item[]} | undefined {
  switch (node.type) {
    case 'block-map':
      return {kind: 'map', items: node.items};
    case 'block-seq':
      return {kind: 'seq', items: node.items};
    case 'flow-collection':
      return {kind: node.start.source === '{' ? 'map' : 'seq', items: node.items};
    default:
      return undefined;
  }
}

/** A key as `locatePath` compares it: a string key's text; other scalars (`1:`, `true:`) match no name. */
function keyOf(key: Token | null | undefined): unknown {
  if (!key || !CST.isScalar(key)) return undefined;
  const resolved = CST.resolveAsScalar(key);
  if (!resolved) return undefined;
  if (resolved.type === 'PLAIN' && !isPlainString(resolved.value)) return undefined;
  return resolved.value;
}

/** Where `yaml` places a missing value: after its `:` or `-` and the spaces that follow it. */
function emptyValueOffset(sep: SourceToken[]): number {
  let offset = sep[0]?.offset ?? 0;
  let last = -1;
  sep.forEach((token, index) => {
    if (token.type !== 'space' && token.type !== 'comment' && token.type !== 'newline') last = index;
  });
  if (last === -1) return offset;
  offset = sep[last]!.offset + sep[last]!.source.length;
  for (let index = last + 1; sep[index]?.type === 'space'; index++) offset += sep[index]!.source.length;
  return offset;
}

function position(lineStarts: number[], offset: number): {line: number; column: number} {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return {line: low + 1, column: offset - lineStarts[low]! + 1};
}
