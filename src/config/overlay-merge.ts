import {normalizeToolName} from '../vocabulary/tool-name.js';

/**
 * How an overlay is laid over its baseline, on the parsed YAML before validation. Pure. The merged value is
 * validated as one policy afterwards; every node remembers which file and which path it came from, so a
 * problem in the merged policy is reported where its value was written.
 *
 * The rules (the README's "Baselines and overlays" table says the same):
 * - a scalar the overlay writes replaces the baseline's;
 * - a mapping merges key by key;
 * - lists of named things merge by name: tools and prohibited tools by normalised tool name, data classes
 *   and custom sections by id, exceptions by who and what. A named entry the overlay writes changes only
 *   the fields it states; a new name is appended after the baseline's entries;
 * - lists of values are unions, baseline first (compliance, use cases, disabled and required sections,
 *   external hosts, and a class's examples, categories and paths);
 * - any other list (`sections.order`, a tool's `models`, `agreement`) is replaced as a whole;
 * - a tool named in `prohibitedTools` or `remove.tools` is no longer approved.
 */

/** Which file of a chain (its index, baseline first) and where in that file a merged value was written. */
export interface Origin {
  layer: number;
  path: Array<string | number>;
}

/** A parsed YAML value with its origin at every level. */
export interface OriginNode {
  origin: Origin;
  /** The value itself for scalars; for mappings and lists the children hold it. */
  scalar?: unknown;
  map?: Map<string, OriginNode>;
  list?: OriginNode[];
}

export type Key = (entry: OriginNode) => string | undefined;

const fieldText = (entry: OriginNode, field: string): string | undefined => {
  const value = entry.map?.get(field)?.scalar;
  return typeof value === 'string' ? value : undefined;
};
const toolKey: Key = (entry) => {
  const name = typeof entry.scalar === 'string' ? entry.scalar : fieldText(entry, 'name');
  return name === undefined ? undefined : normalizeToolName(name);
};
const idKey: Key = (entry) => fieldText(entry, 'id');
const exceptionKey: Key = (entry) => {
  const who = fieldText(entry, 'who');
  const what = fieldText(entry, 'what');
  return who === undefined || what === undefined ? undefined : `${who.trim()}\n${what.trim()}`;
};

/** Lists merged by name, by their path with list indices left out. */
export const KEYED_LISTS: Record<string, Key> = {
  tools: toolKey,
  prohibitedTools: toolKey,
  dataClasses: idKey,
  'sections.custom': idKey,
  'exceptions.granted': exceptionKey,
};

/** Lists of plain values merged as unions. */
export const UNION_LISTS = new Set([
  'compliance',
  'useCases.encouraged',
  'useCases.prohibited',
  'useCases.humanDecisions',
  'sections.disable',
  'links.externalHosts',
  'dataClasses.examples',
  'dataClasses.categories',
  'dataClasses.paths',
  'overlays.requiredSections',
]);

/** Keys that steer the merge itself and are not part of the merged policy. */
export const OVERLAY_ONLY_KEYS = ['extends', 'remove'] as const;

export function toOriginNode(value: unknown, layer: number, path: Array<string | number> = []): OriginNode {
  const origin = {layer, path};
  if (Array.isArray(value))
    return {origin, list: value.map((item, index) => toOriginNode(item, layer, [...path, index]))};
  if (typeof value === 'object' && value !== null)
    return {
      origin,
      map: new Map(
        Object.entries(value).map(([key, child]) => [key, toOriginNode(child, layer, [...path, key])]),
      ),
    };
  return {origin, scalar: value};
}

export function toPlain(node: OriginNode): unknown {
  if (node.list) return node.list.map(toPlain);
  if (node.map) return Object.fromEntries([...node.map].map(([key, child]) => [key, toPlain(child)]));
  return node.scalar;
}

/**
 * Where a merged path was written: the deepest node on the path, and the rest of the path appended to its
 * own (a key missing from the merged value is missing from the file that wrote its parent).
 */
export function originAt(root: OriginNode, path: ReadonlyArray<PropertyKey>): Origin {
  let node = root;
  let index = 0;
  for (; index < path.length; index++) {
    const segment = path[index];
    const next =
      typeof segment === 'number' ? node.list?.[segment] : node.map?.get(String(segment as string));
    if (!next) break;
    node = next;
  }
  const rest = path.slice(index).map((segment) => (typeof segment === 'number' ? segment : String(segment)));
  return {layer: node.origin.layer, path: [...node.origin.path, ...rest]};
}

/** The node at a merged path, if the merged value has one. */
export function nodeAt(root: OriginNode, path: ReadonlyArray<string | number>): OriginNode | undefined {
  let node: OriginNode | undefined = root;
  for (const segment of path)
    node = typeof segment === 'number' ? node?.list?.[segment] : node?.map?.get(segment);
  return node;
}

/** Lays `overlay` over `base` (both whole files). The root keeps the overlay's origin: it is the file being built. */
export function mergeOverlay(base: OriginNode, overlay: OriginNode): OriginNode {
  const merged = mergeNodes(base, overlay, '');
  const map = new Map(merged.map);
  for (const key of OVERLAY_ONLY_KEYS) map.delete(key);
  const removed = new Set<string>();
  for (const entry of overlay.map?.get('remove')?.map?.get('tools')?.list ?? []) {
    if (typeof entry.scalar === 'string') removed.add(normalizeToolName(entry.scalar));
  }
  for (const entry of map.get('prohibitedTools')?.list ?? []) {
    const key = toolKey(entry);
    if (key !== undefined) removed.add(key);
  }
  const tools = map.get('tools');
  if (tools?.list && removed.size > 0) {
    map.set('tools', {
      ...tools,
      list: tools.list.filter((tool) => {
        const key = toolKey(tool);
        return key === undefined || !removed.has(key);
      }),
    });
  }
  return {origin: overlay.origin, map};
}

function mergeNodes(base: OriginNode, overlay: OriginNode, shape: string): OriginNode {
  if (base.map && overlay.map) {
    const map = new Map(base.map);
    for (const [key, child] of overlay.map) {
      const below = base.map.get(key);
      const childShape = shape ? `${shape}.${key}` : key;
      map.set(key, below ? mergeNodes(below, child, childShape) : child);
    }
    return {origin: base.origin, map};
  }
  if (base.list && overlay.list) {
    const key = KEYED_LISTS[shape];
    if (key) return {origin: base.origin, list: mergeKeyed(base.list, overlay.list, key, shape)};
    if (UNION_LISTS.has(shape)) {
      const seen = new Set(base.list.map((entry) => JSON.stringify(entry.scalar)));
      const added = overlay.list.filter(
        (entry) => entry.list || entry.map || !seen.has(JSON.stringify(entry.scalar)),
      );
      return {origin: base.origin, list: [...base.list, ...added]};
    }
  }
  // A scalar, a whole-list replacement, or a value whose shape differs from the baseline's (validation
  // reports a wrong shape where the overlay wrote it).
  return overlay;
}

function mergeKeyed(base: OriginNode[], overlay: OriginNode[], key: Key, shape: string): OriginNode[] {
  const merged = [...base];
  for (const entry of overlay) {
    const name = key(entry);
    const at = name === undefined ? -1 : merged.findIndex((below) => key(below) === name);
    if (at === -1) merged.push(entry);
    // A bare name (`prohibitedTools: [DeepSeek]`) restating a baseline entry adds nothing.
    else if (entry.map && merged[at]!.map) merged[at] = mergeNodes(merged[at]!, entry, shape);
  }
  return merged;
}
