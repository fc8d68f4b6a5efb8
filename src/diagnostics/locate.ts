import {type Document, isMap, isScalar, isSeq, type LineCounter, type Node} from 'yaml';

export interface Position {
  line: number;
  column: number;
  /** Set when the path sits in another file than the one being located in: a baseline it extends. */
  file?: string;
}

/**
 * Finds where a config path sits in the source. `target: 'key'` points at the key itself (for unknown
 * keys); otherwise at the value. A path that is missing from the file (a required key left out) resolves
 * to its nearest existing ancestor, which is where the user has to add it.
 */
export function locatePath(
  document: Document,
  lineCounter: LineCounter,
  path: ReadonlyArray<PropertyKey>,
  target: 'key' | 'value' = 'value',
): Position {
  let node: Node | null | undefined = document.contents;
  let offset = node?.range?.[0] ?? 0;
  for (const [index, segment] of path.entries()) {
    const isLast = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === segment);
      if (!pair) break;
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      if (isLast && target === 'key' && key?.range) {
        offset = key.range[0];
        break;
      }
      node = value;
      offset = value?.range?.[0] ?? key?.range?.[0] ?? offset;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      node = item;
      offset = item.range?.[0] ?? offset;
    } else {
      break;
    }
  }
  const {line, col} = lineCounter.linePos(offset);
  return {line, column: col};
}
