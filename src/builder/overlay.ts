import {KEYED_LISTS, type Key, toOriginNode, UNION_LISTS} from '../config/overlay-merge.js';
import type {PolicyConfig} from '../config/schema.js';
import type {ConfigProblemCode} from '../diagnostics/config-codes.js';
import {type DiagnosticPath, formatPath} from '../diagnostics/diagnostic.js';

/**
 * The inverse of `config/overlay-merge.ts`, for the builder of a site whose policy extends baselines: the
 * form holds the whole resolved policy, and the file it offers is only the overlay, what the form states
 * differently from the baselines. Laid over the baselines by the same merge, that overlay gives the form's
 * policy back; what the merge cannot express (an overlay only adds and changes) is reported instead.
 * Pure, and free of the engine.
 */

/**
 * Something in the form no overlay can say: a removal of what the baseline states (an overlay only adds
 * and changes; removing a prohibition, a data class or a required section also loosens the baseline), or
 * one name given twice (the merge would fold both into the baseline's entry).
 */
export interface UnwritableChange {
  code: ConfigProblemCode;
  /** Where in the form (the resolved policy's path). */
  path: DiagnosticPath;
  /** Where the removed value sits in the resolved baseline; null for a name given twice. */
  basePath: DiagnosticPath | null;
  message: string;
}

export interface WrittenOverlay {
  /** The overlay as data: `extends` first, then what differs, then `remove`. */
  overlay: Record<string, unknown>;
  /** Turns a path in the overlay into the form's path for the same value (entries sit at other indices). */
  toFormPath: (overlayPath: DiagnosticPath) => DiagnosticPath;
  unwritable: UnwritableChange[];
}

type Plain = Record<string, unknown>;
const isRecord = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** The fields that name an entry of a keyed list: an overlay restates them so the merge finds the entry. */
const NAMING_FIELDS = ['name', 'id', 'who', 'what'] as const;
/** Removals that would loosen the baseline, by list (the rest merely cannot be written). */
const LOOSENING_REMOVALS = new Set(['prohibitedTools', 'dataClasses', 'overlays.requiredSections']);
/** A name given twice in a keyed list: the code and words `ai-policy check` uses for a whole file. */
const DUPLICATE: Record<string, {code: ConfigProblemCode; what: string}> = {
  tools: {code: 'duplicate-tool-name', what: 'tool name'},
  prohibitedTools: {code: 'duplicate-tool-name', what: 'tool name'},
  dataClasses: {code: 'duplicate-class-id', what: 'data class id'},
  'sections.custom': {code: 'duplicate-section-id', what: 'custom section id'},
};

/**
 * The overlay that, laid over `baseline` (the baselines merged, as written), gives `draft`. `extendsValue`
 * is written first exactly as the site's file has it. `baseConfig` supplies the data classes of a baseline
 * that keeps the default ones without writing them (the merge spells them out the same way).
 */
export function writeOverlay(
  extendsValue: unknown,
  baseline: Plain,
  baseConfig: PolicyConfig,
  draft: Plain,
): WrittenOverlay {
  const pathPairs: Array<{overlay: DiagnosticPath; form: DiagnosticPath}> = [];
  const unwritable: UnwritableChange[] = [];
  const removedTools: string[] = [];
  const removedRegimes: unknown[] = [];
  const base =
    baseline.dataClasses === undefined && draft.dataClasses !== undefined
      ? {...baseline, dataClasses: structuredClone(baseConfig.dataClasses)}
      : baseline;

  const cannotRemove = (shape: string, path: DiagnosticPath, basePath: DiagnosticPath, what: string) =>
    unwritable.push({
      code: LOOSENING_REMOVALS.has(shape) ? 'overlay-loosens' : 'overlay-cannot-remove',
      path,
      basePath,
      message: LOOSENING_REMOVALS.has(shape)
        ? `removes ${what}, which loosens the baseline`
        : `removes ${what}; an overlay can add to its baseline and change it, but not remove what it states`,
    });

  /** The part of `value` that differs from `below`; undefined when nothing does. */
  const diffValue = (
    below: unknown,
    value: unknown,
    shape: string,
    formPath: DiagnosticPath,
    overlayPath: DiagnosticPath,
    basePath: DiagnosticPath,
  ): unknown => {
    if (isRecord(below) && isRecord(value))
      return diffMapping(below, value, shape, formPath, overlayPath, basePath);
    if (Array.isArray(below) && Array.isArray(value)) {
      const key = KEYED_LISTS[shape];
      if (key) return diffKeyed(below, value, key, shape, formPath, overlayPath, basePath);
      if (UNION_LISTS.has(shape)) return diffUnion(below, value, shape, formPath, overlayPath, basePath);
    }
    return same(below, value) ? undefined : value;
  };

  const diffMapping = (
    below: Plain,
    value: Plain,
    shape: string,
    formPath: DiagnosticPath,
    overlayPath: DiagnosticPath,
    basePath: DiagnosticPath,
  ): Plain | undefined => {
    const out: Plain = {};
    for (const [key, child] of Object.entries(value)) {
      const childShape = shape ? `${shape}.${key}` : key;
      const at = [...formPath, key];
      const changed = Object.hasOwn(below, key)
        ? diffValue(below[key], child, childShape, at, [...overlayPath, key], [...basePath, key])
        : child;
      if (changed !== undefined) out[key] = changed;
    }
    for (const key of Object.keys(below))
      if (!Object.hasOwn(value, key) && !['extends', 'remove'].includes(key))
        cannotRemove('', [...formPath, key], [...basePath, key], formatPath([...formPath, key]));
    return Object.keys(out).length > 0 ? out : undefined;
  };

  const diffKeyed = (
    below: unknown[],
    value: unknown[],
    key: Key,
    shape: string,
    formPath: DiagnosticPath,
    overlayPath: DiagnosticPath,
    basePath: DiagnosticPath,
  ): unknown[] | undefined => {
    const keyOf = (entry: unknown) => key(toOriginNode(entry, 0));
    const belowKeys = below.map(keyOf);
    const out: unknown[] = [];
    const kept = new Set<number>();
    const seen = new Map<string, number>();
    for (const [index, entry] of value.entries()) {
      const name = keyOf(entry);
      const at = name === undefined ? -1 : belowKeys.indexOf(name);
      const formAt = [...formPath, index];
      const first = name === undefined ? undefined : seen.get(name);
      if (first !== undefined) {
        const field = NAMING_FIELDS.find((each) => isRecord(entry) && each in entry);
        const {code, what} = DUPLICATE[shape] ?? {code: 'listed-twice', what: 'entry'};
        const written = isRecord(entry) && field ? entry[field] : entry;
        unwritable.push({
          code,
          path: field ? [...formAt, field] : formAt,
          basePath: null,
          message: `duplicate ${what} "${String(written)}": already used by ${formatPath([...formPath, first])}`,
        });
        continue;
      }
      if (name !== undefined) seen.set(name, index);
      const overlayAt = [...overlayPath, out.length];
      if (at === -1) {
        pathPairs.push({overlay: overlayAt, form: formAt});
        out.push(entry);
        continue;
      }
      kept.add(at);
      const baseEntry = below[at];
      // A bare name (`prohibitedTools: [DeepSeek]`) restating a baseline entry adds nothing to it.
      if (!isRecord(entry)) continue;
      if (!isRecord(baseEntry)) {
        pathPairs.push({overlay: overlayAt, form: formAt});
        out.push(entry);
        continue;
      }
      const changed = diffMapping(baseEntry, entry, shape, formAt, overlayAt, [...basePath, at]);
      if (changed === undefined) continue;
      const naming = Object.fromEntries(
        NAMING_FIELDS.filter((field) => field in entry).map((f) => [f, entry[f]]),
      );
      pathPairs.push({overlay: overlayAt, form: formAt});
      out.push({...naming, ...changed});
    }
    for (const [index, entry] of below.entries()) {
      if (kept.has(index)) continue;
      const name = isRecord(entry) ? (entry.name ?? entry.id ?? entry.what) : entry;
      if (shape === 'tools' && typeof name === 'string') removedTools.push(name);
      else cannotRemove(shape, formPath, [...basePath, index], `"${String(name)}" from ${shape}`);
    }
    return out.length > 0 ? out : undefined;
  };

  const diffUnion = (
    below: unknown[],
    value: unknown[],
    shape: string,
    formPath: DiagnosticPath,
    overlayPath: DiagnosticPath,
    basePath: DiagnosticPath,
  ): unknown[] | undefined => {
    const added: unknown[] = [];
    for (const [index, entry] of value.entries()) {
      if (below.some((each) => same(each, entry))) continue;
      pathPairs.push({overlay: [...overlayPath, added.length], form: [...formPath, index]});
      added.push(entry);
    }
    for (const [index, entry] of below.entries()) {
      if (value.some((each) => same(each, entry))) continue;
      if (shape === 'compliance') removedRegimes.push(entry);
      else cannotRemove(shape, formPath, [...basePath, index], `"${String(entry)}" from ${shape}`);
    }
    return added.length > 0 ? added : undefined;
  };

  const changed = diffMapping(base, draft, '', [], [], []) ?? {};
  const remove: Plain = {};
  if (removedTools.length > 0) remove.tools = removedTools;
  if (removedRegimes.length > 0) remove.compliance = removedRegimes;
  // A removal is reported at the form's list, where the entry was.
  removedTools.forEach((_, index) => pathPairs.push({overlay: ['remove', 'tools', index], form: ['tools']}));
  removedRegimes.forEach((_, index) =>
    pathPairs.push({overlay: ['remove', 'compliance', index], form: ['compliance']}),
  );
  const overlay: Plain = {
    extends: extendsValue,
    ...changed,
    ...(Object.keys(remove).length > 0 && {remove}),
  };

  const toFormPath = (overlayPath: DiagnosticPath): DiagnosticPath => {
    let best: {overlay: DiagnosticPath; form: DiagnosticPath} | undefined;
    for (const pair of pathPairs)
      if (
        pair.overlay.length <= overlayPath.length &&
        pair.overlay.every((segment, index) => overlayPath[index] === segment) &&
        (best === undefined || pair.overlay.length > best.overlay.length)
      )
        best = pair;
    return best ? [...best.form, ...overlayPath.slice(best.overlay.length)] : overlayPath;
  };
  return {overlay, toFormPath, unwritable};
}
