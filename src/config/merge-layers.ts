import {sortDiagnostics} from '../diagnostics/diagnostic.js';
import type {PathLocator} from '../diagnostics/findings.js';
import {locatePath} from '../diagnostics/locate.js';
import {mergeOverlay, nodeAt, type OriginNode, originAt, toOriginNode, toPlain} from './overlay-merge.js';
import {checkRemovals, checkTightening} from './overlay-tighten.js';
import {validatePolicyValue, type YamlParseResult} from './parse.js';
import type {ConfigProblem} from './problems.js';
import type {PolicyProvenance} from './provenance.js';
import type {PolicyConfig} from './schema.js';

/**
 * The pure half of `extends`: files already read and parsed are merged baseline first, each step validated
 * and checked to only tighten what is below it. `layers.ts` reads the files from disk; the policy builder
 * runs the same merge in the browser over the baselines the site was built with and the overlay its form
 * writes, so the builder's problems are the ones `ai-policy check` prints.
 */

/** One file of a chain, parsed. */
export interface PolicyLayer {
  /** How problems name the file. */
  fileName: string;
  /** The package name, or the path as the file that named it wrote it. */
  label: string;
  /** The package's version; null for a file. */
  version: string | null;
  /** The first 12 hex digits of the SHA-256 of the file's bytes (read by `layers.ts`, which has a hash). */
  hash: string;
  yaml: Extract<YamlParseResult, {ok: true}>;
}

/**
 * What the policy builder needs to write an overlay and read it back as `check` would, without a disk: the
 * site's `extends` as written, and the baselines' texts in the order they are applied.
 */
export interface OverlaySource {
  extends: unknown;
  baselines: BaselineText[];
}

export interface BaselineText {
  /**
   * How the builder names the file in problems: the package name and the file inside it
   * (`@acme/ai-policy/ai-policy.yml`), or the path as written. Never a path of the build machine.
   */
  fileName: string;
  label: string;
  version: string | null;
  hash: string;
  source: string;
}

export type MergedLayers =
  | {
      ok: true;
      config: PolicyConfig;
      locate: PathLocator;
      provenance: PolicyProvenance;
      /** The merged files as one whole policy as written (without `extends`), before defaults. */
      input: Record<string, unknown>;
    }
  | {ok: false; problems: ConfigProblem[]};

/** Merges the layers baseline first (the last one is the file being built). */
export function mergeLayers(layers: readonly PolicyLayer[]): MergedLayers {
  const top = layers.length - 1;
  const locateIn = (layer: number, at: ReadonlyArray<PropertyKey>, target?: 'key' | 'value') => {
    const {document, lineCounter} = layers[layer]!.yaml;
    return {file: layers[layer]!.fileName, ...locatePath(document, lineCounter, at, target)};
  };
  const validate = (tree: OriginNode) => {
    const result = validatePolicyValue(toPlain(tree));
    if (result.ok) return result;
    const problems = result.problems.map(({target, ...problem}): ConfigProblem => {
      const origin = originAt(tree, problem.path);
      const {file, line, column} = locateIn(origin.layer, origin.path, target);
      return {...problem, path: origin.path, severity: 'error', file, line, column};
    });
    return {ok: false as const, problems};
  };

  // Each step is validated before it is compared with what is below it: a typo in an overlay is reported
  // as the typo it is, not as a loosening.
  let tree = toOriginNode(layers[0]!.yaml.raw, 0);
  let current = validate(tree);
  if (!current.ok) return {ok: false, problems: sortDiagnostics(current.problems)};
  for (let index = 1; index <= top; index++) {
    const below = tree;
    const base = current.config;
    const overlay = layers[index]!;
    tree = mergeOverlay(withClassesSpelledOut(below, base, overlay), toOriginNode(overlay.yaml.raw, index));
    current = validate(tree);
    if (!current.ok) return {ok: false, problems: sortDiagnostics(current.problems)};

    const loosening = checkTightening(base, overlay.yaml.raw).map(({path: at, basePath, message, say}) => {
      const {file, line, column} = locateIn(index, at);
      const baseOrigin = originAt(below, basePath);
      const where = locateIn(baseOrigin.layer, baseOrigin.path);
      const baseline = layers[baseOrigin.layer]!.label;
      return {
        code: 'overlay-loosens' as const,
        severity: 'error' as const,
        path: at,
        file,
        line,
        column,
        message: `${message}: set by ${baseline} at ${where.file}:${where.line}:${where.column}; an overlay may only tighten its baseline`,
        say: {
          id: 'overlay-loosens',
          slots: {change: say, baseline, location: `${where.file}:${where.line}:${where.column}`},
        },
      };
    });
    const removals = checkRemovals(base, overlay.yaml.raw).map(({path: at, ...problem}): ConfigProblem => {
      const {file, line, column} = locateIn(index, at);
      return {code: 'overlay-unknown-tool', severity: 'error', path: at, file, line, column, ...problem};
    });
    if (loosening.length + removals.length > 0)
      return {ok: false, problems: sortDiagnostics([...loosening, ...removals])};
  }
  const final = current;

  const from = (node: OriginNode | undefined) =>
    node === undefined || node.origin.layer === top ? null : layers[node.origin.layer]!.label;
  const provenance: PolicyProvenance = {
    baselines: layers
      .slice(0, top)
      .map((layer) => ({name: layer.label, version: layer.version, hash: layer.hash})),
    tools: final.config.tools.map((_, index) => from(nodeAt(tree, ['tools', index]))),
    dataClasses: final.config.dataClasses.map((_, index) => from(nodeAt(tree, ['dataClasses', index]))),
  };
  // A finding is located where its value was written: in the site's own file, or in the baseline that set
  // it (a baseline's overdue review is the baseline owner's to fix).
  const locate: PathLocator = (at) => {
    const origin = originAt(tree, at);
    const {file, line, column} = locateIn(origin.layer, origin.path);
    return origin.layer === top ? {line, column} : {line, column, file};
  };
  const input = toPlain(tree) as Record<string, unknown>;
  return {ok: true, config: final.config, locate, provenance, input};
}

/**
 * A baseline that keeps the default data classes has none written; an overlay that adds a class must add
 * it to those defaults, not replace them. So the baseline's classes are spelled out first.
 */
function withClassesSpelledOut(tree: OriginNode, base: PolicyConfig, overlay: PolicyLayer): OriginNode {
  if (tree.map?.has('dataClasses') || overlay.yaml.raw.dataClasses === undefined) return tree;
  const map = new Map(tree.map);
  map.set('dataClasses', toOriginNode(base.dataClasses, tree.origin.layer, ['dataClasses']));
  return {...tree, map};
}
