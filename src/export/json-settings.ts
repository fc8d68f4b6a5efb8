import {type ExportedFile, type ExportOptions, oneLine, shellWord} from './options.js';

/**
 * Entries the export owns in a JSON settings file, by the dotted key path of the array that holds them
 * (`permissions.deny`). Keys of the path must not contain dots.
 */
export type OwnedJsonEntries = Record<string, unknown[]>;

/**
 * The key under which a settings file lists what the export owns. JSON has no comments; a key that starts
 * with `//` reads as one, and Claude Code's settings accept keys they do not know.
 */
export const OWNED_MARKER_KEY = '//ai-policy';

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export type MergeResult = {content: string} | {problem: string};

/** The file for a repository that has none: `base` (e.g. `$schema`) and the owned entries. */
export function renderOwnedJson(
  base: JsonObject,
  owned: OwnedJsonEntries,
  options: ExportOptions,
  target: ExportedFile['target'],
): string {
  const merged = mergeOwnedJson(JSON.stringify(base), owned, options, target);
  if ('problem' in merged) throw new Error(merged.problem);
  return merged.content;
}

/**
 * Merges the owned entries into an existing settings file: every key and entry the export does not own is
 * kept, in its place; the entries the marker says a previous export owned are removed, and the current ones
 * appended to their arrays (an entry the user already has is not repeated). A file that is not a JSON
 * object, or that holds something other than an array where an owned array goes, is refused with why.
 */
export function mergeOwnedJson(
  existing: string,
  owned: OwnedJsonEntries,
  options: ExportOptions,
  target: ExportedFile['target'],
): MergeResult {
  let settings: unknown;
  try {
    settings = JSON.parse(existing);
  } catch (error) {
    return {problem: `is not valid JSON (${(error as Error).message}); fix it or move it away`};
  }
  if (!isObject(settings)) return {problem: 'is not a JSON object; fix it or move it away'};

  const marker = settings[OWNED_MARKER_KEY];
  const previous: OwnedJsonEntries =
    isObject(marker) && isObject(marker.owns) ? (marker.owns as OwnedJsonEntries) : legacyOwned(settings);
  const paths = [...new Set([...Object.keys(previous), ...Object.keys(owned)])];
  for (const path of paths) {
    const keys = path.split('.');
    let parent: JsonObject = settings;
    for (const key of keys.slice(0, -1)) {
      const child = parent[key];
      if (child === undefined) parent[key] = {};
      else if (!isObject(child))
        return {problem: `has "${keys.join('.')}" under a value that is not an object`};
      parent = parent[key] as JsonObject;
    }
    const last = keys.at(-1)!;
    const current = parent[last] ?? [];
    if (!Array.isArray(current)) return {problem: `has "${path}" that is not a list`};
    const before = Array.isArray(previous[path]) ? previous[path] : [];
    const kept = current.filter((entry) => !before.some((old) => same(old, entry)));
    const added = (owned[path] ?? []).filter((entry) => !kept.some((mine) => same(mine, entry)));
    parent[last] = [...kept, ...added];
    if ((parent[last] as unknown[]).length === 0) pruneEmpty(settings, keys);
  }
  delete settings[OWNED_MARKER_KEY];
  const policy = oneLine(options.policyFile);
  settings[OWNED_MARKER_KEY] = {
    note: `The entries under "owns" are generated from ${policy} by docusaurus-plugin-ai-policy: change the policy, then run: npx ai-policy export ${shellWord(policy)} --target ${target}. A re-export replaces only them; every other key is yours.`,
    owns: Object.fromEntries(Object.entries(owned).filter(([, entries]) => entries.length > 0)),
  };
  return {content: `${JSON.stringify(settings, null, 2)}\n`};
}

/** Removes an empty array at `keys` and the objects above it that it leaves empty. */
function pruneEmpty(settings: JsonObject, keys: string[]): void {
  for (let depth = keys.length; depth > 0; depth--) {
    let parent: JsonObject = settings;
    for (const key of keys.slice(0, depth - 1)) parent = parent[key] as JsonObject;
    const value = parent[keys[depth - 1]!];
    const empty = Array.isArray(value)
      ? value.length === 0
      : isObject(value) && Object.keys(value).length === 0;
    if (!empty) return;
    delete parent[keys[depth - 1]!];
  }
}

/**
 * A file written before the marker existed held only `$schema` and `permissions.deny` of `Read(./...)`
 * rules: those rules were the export's, so a re-export replaces them.
 */
function legacyOwned(settings: JsonObject): OwnedJsonEntries {
  const permissions = settings.permissions;
  const onlyOurs =
    Object.keys(settings).every((key) => key === '$schema' || key === 'permissions') &&
    isObject(permissions) &&
    Object.keys(permissions).every((key) => key === 'deny') &&
    Array.isArray(permissions.deny) &&
    permissions.deny.every((rule) => typeof rule === 'string' && rule.startsWith('Read(./'));
  return onlyOurs ? {'permissions.deny': (permissions as JsonObject).deny as unknown[]} : {};
}
