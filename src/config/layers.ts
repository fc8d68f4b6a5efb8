import {createHash} from 'node:crypto';
import {readFile, realpath} from 'node:fs/promises';
import path from 'node:path';
import type {ConfigProblemCode} from '../diagnostics/config-codes.js';
import {sortDiagnostics} from '../diagnostics/diagnostic.js';
import type {PathLocator} from '../diagnostics/findings.js';
import {locatePath} from '../diagnostics/locate.js';
import {mergeOverlay, nodeAt, type OriginNode, originAt, toOriginNode, toPlain} from './overlay-merge.js';
import {checkRemovals, checkTightening} from './overlay-tighten.js';
import {
  type ParseResult,
  parsePolicyYaml,
  validateParsedYaml,
  validatePolicyValue,
  type YamlParseResult,
} from './parse.js';
import type {ConfigProblem} from './problems.js';
import type {PolicyProvenance} from './provenance.js';

export type {BaselineInfo, PolicyProvenance} from './provenance.js';

import type {PolicyConfig} from './schema.js';

/**
 * `extends`: a policy file built on baselines. This module does the reading (the only I/O of the feature):
 * it follows `extends` from the site's policy file to the files it names, depth first, each file once, and
 * merges them baseline first (`overlay-merge.ts`), checking at each step that the overlay only tightens
 * what is below it (`overlay-tighten.ts`). The engine gets one `PolicyConfig` and never knows.
 *
 * A baseline is named by a path relative to the file that names it (`./base.yml`, `../org/ai-policy.yml`),
 * or by an npm package name, found in the `node_modules` folders from that file's folder upwards as Node
 * finds packages. The package's `package.json` names its policy file in the `aiPolicy` field
 * (`"aiPolicy": "ai-policy.yml"`), a path inside the package.
 */

export type ResolvedParseResult =
  | (Extract<ParseResult, {ok: true}> & {
      /** Every file the policy was read from, the site's own first: what a watcher and the bundler follow. */
      files: string[];
      /** Null when the file extends nothing. */
      provenance: PolicyProvenance | null;
      /**
       * The policy as written, before defaults: the file itself, or for a file that extends baselines the
       * merged files as one whole policy (without `extends`). The policy builder starts its form from it.
       */
      input: Record<string, unknown>;
    })
  | {ok: false; problems: ConfigProblem[]; files: string[]};

export interface LayerReading {
  /** Reads a baseline's text; the store passes its stable read. */
  readText: (file: string) => Promise<string>;
  /** How a file is named in problems (relative to the working directory when inside it). */
  display: (file: string) => string;
}

interface Layer {
  file: string;
  label: string;
  version: string | null;
  source: string;
  yaml: Extract<YamlParseResult, {ok: true}>;
}

/**
 * Parses and validates the policy file `file` (whose text the caller read), following `extends`. A file
 * without `extends` is validated exactly as `parsePolicyConfig` does.
 */
export async function parseWithBaselines(
  source: string,
  file: string,
  reading: LayerReading,
): Promise<ResolvedParseResult> {
  const fileName = reading.display(file);
  const yaml = parsePolicyYaml(source, fileName);
  if (!yaml.ok) return {...yaml, files: [file]};
  if (yaml.raw.extends === undefined) {
    const result = validateParsedYaml(yaml, fileName);
    return result.ok
      ? {...result, files: [file], provenance: null, input: yaml.raw}
      : {...result, files: [file]};
  }

  const top: Layer = {file, label: path.basename(file), version: null, source, yaml};
  const collected = await collectLayers(top, [top.label], [file], reading);
  const files = [file, ...collected.layers.map((layer) => layer.file).filter((each) => each !== file)];
  if (collected.problems.length > 0) return {ok: false, problems: sortDiagnostics(collected.problems), files};
  return {...mergeLayers(collected.layers, reading), files};
}

/** Depth first, baselines before the file that names them, each file once (the first time it is reached). */
async function collectLayers(
  layer: Layer,
  chain: string[],
  chainFiles: string[],
  reading: LayerReading,
): Promise<{layers: Layer[]; problems: ConfigProblem[]}> {
  const layers: Layer[] = [];
  const problems: ConfigProblem[] = [];
  const fileName = reading.display(layer.file);
  const at = (entryPath: Array<string | number>, code: ConfigProblemCode, message: string): ConfigProblem => {
    const {line, column} = locatePath(layer.yaml.document, layer.yaml.lineCounter, entryPath);
    return {code, severity: 'error', path: entryPath, file: fileName, line, column, message};
  };

  const written = layer.yaml.raw.extends;
  const entries: Array<{spec: unknown; path: Array<string | number>}> =
    written === undefined
      ? []
      : Array.isArray(written)
        ? written.map((spec, index) => ({spec, path: ['extends', index]}))
        : [{spec: written, path: ['extends']}];
  for (const {spec, path: entryPath} of entries) {
    if (typeof spec !== 'string' || spec.trim() === '') {
      problems.push(
        at(
          entryPath,
          'extends-invalid',
          'expected a baseline: a relative path such as ./base.yml, or an npm package name',
        ),
      );
      continue;
    }
    const found = await findBaseline(spec.trim(), path.dirname(layer.file)).then(realFile);
    if (!found.ok) {
      const code = found.reason === 'invalid' ? 'extends-invalid' : 'extends-not-found';
      problems.push(at(entryPath, code, `${found.message} (chain: ${[...chain, spec].join(' → ')})`));
      continue;
    }
    if (chainFiles.includes(found.file)) {
      problems.push(
        at(
          entryPath,
          'extends-cycle',
          `extends form a cycle: ${[...chain, spec].join(' → ')}; a baseline cannot extend its own overlay`,
        ),
      );
      continue;
    }
    if (layers.some((each) => each.file === found.file)) continue;
    let source: string;
    try {
      source = await reading.readText(found.file);
    } catch {
      problems.push(
        at(
          entryPath,
          'extends-not-found',
          `cannot read ${found.file} (chain: ${[...chain, spec].join(' → ')})`,
        ),
      );
      continue;
    }
    const yaml = parsePolicyYaml(source, reading.display(found.file));
    if (!yaml.ok) {
      problems.push(...yaml.problems);
      continue;
    }
    const child: Layer = {file: found.file, label: found.label, version: found.version, source, yaml};
    const below = await collectLayers(child, [...chain, spec], [...chainFiles, found.file], reading);
    problems.push(...below.problems);
    for (const each of below.layers) if (!layers.some((seen) => seen.file === each.file)) layers.push(each);
  }
  layers.push(layer);
  return {layers, problems};
}

/**
 * A baseline by its real path: a workspace package is a symlink in `node_modules`, and bundlers trust files
 * under `node_modules` to change only with the package's version, so the real file is what a build and a
 * watcher must follow. It also makes a cycle through a symlink a cycle.
 */
async function realFile(found: Found): Promise<Found> {
  return found.ok ? {...found, file: await realpath(found.file).catch(() => found.file)} : found;
}

type Found =
  | {ok: true; file: string; label: string; version: string | null}
  | {ok: false; reason: 'invalid' | 'missing'; message: string};

const PACKAGE_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;

async function findBaseline(spec: string, fromDir: string): Promise<Found> {
  if (spec.startsWith('./') || spec.startsWith('../')) {
    const file = path.resolve(fromDir, spec);
    return (await isFile(file))
      ? {ok: true, file, label: spec, version: null}
      : {ok: false, reason: 'missing', message: `baseline file ${spec} does not exist (looked for ${file})`};
  }
  if (!PACKAGE_NAME.test(spec))
    return {
      ok: false,
      reason: 'invalid',
      message: `"${spec}" is neither a relative path (start it with ./ or ../) nor an npm package name`,
    };
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const packageDir = path.join(dir, 'node_modules', ...spec.split('/'));
    const manifest = await readJson(path.join(packageDir, 'package.json'));
    if (manifest !== undefined) {
      const field = manifest.aiPolicy;
      if (typeof field !== 'string' || field.trim() === '')
        return {
          ok: false,
          reason: 'invalid',
          message: `package ${spec} names no policy file: its package.json needs "aiPolicy": "<file inside the package>"`,
        };
      const file = path.resolve(packageDir, field);
      const inside = path.relative(packageDir, file);
      if (inside.startsWith('..') || path.isAbsolute(inside))
        return {
          ok: false,
          reason: 'invalid',
          message: `package ${spec}'s "aiPolicy" points outside the package`,
        };
      if (!(await isFile(file)))
        return {
          ok: false,
          reason: 'missing',
          message: `package ${spec}'s policy file ${field} does not exist`,
        };
      const version = typeof manifest.version === 'string' ? manifest.version : null;
      return {ok: true, file, label: spec, version};
    }
    if (path.dirname(dir) === dir) break;
  }
  return {
    ok: false,
    reason: 'missing',
    message: `package ${spec} is not installed (no node_modules/${spec} from ${fromDir} upwards); add it to the site's dependencies`,
  };
}

async function isFile(file: string): Promise<boolean> {
  try {
    await readFile(file);
    return true;
  } catch {
    return false;
  }
}

async function readJson(file: string): Promise<Record<string, unknown> | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** Merges the layers baseline first, validating each step and checking that each overlay only tightens. */
function mergeLayers(
  layers: Layer[],
  reading: LayerReading,
): Extract<ResolvedParseResult, {ok: true}> | {ok: false; problems: ConfigProblem[]} {
  const top = layers.length - 1;
  const locateIn = (layer: number, at: ReadonlyArray<PropertyKey>, target?: 'key' | 'value') => {
    const {document, lineCounter} = layers[layer]!.yaml;
    return {file: reading.display(layers[layer]!.file), ...locatePath(document, lineCounter, at, target)};
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

    const loosening = checkTightening(base, overlay.yaml.raw).map(({path: at, basePath, message}) => {
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
    baselines: layers.slice(0, top).map((layer) => ({
      name: layer.label,
      version: layer.version,
      hash: createHash('sha256').update(layer.source).digest('hex').slice(0, 12),
    })),
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
  return {ok: true, config: final.config, locate, provenance, input, files: []};
}

/**
 * A baseline that keeps the default data classes has none written; an overlay that adds a class must add
 * it to those defaults, not replace them. So the baseline's classes are spelled out first.
 */
function withClassesSpelledOut(tree: OriginNode, base: PolicyConfig, overlay: Layer): OriginNode {
  if (tree.map?.has('dataClasses') || overlay.yaml.raw.dataClasses === undefined) return tree;
  const map = new Map(tree.map);
  map.set('dataClasses', toOriginNode(base.dataClasses, tree.origin.layer, ['dataClasses']));
  return {...tree, map};
}
