import {createHash} from 'node:crypto';
import {readFile, realpath} from 'node:fs/promises';
import path from 'node:path';
import type {ConfigProblemCode} from '../diagnostics/config-codes.js';
import {type DiagnosticMessage, sortDiagnostics} from '../diagnostics/diagnostic.js';
import {locatePath} from '../diagnostics/locate.js';
import {mergeLayers, type OverlaySource, type PolicyLayer} from './merge-layers.js';
import {type ParseResult, parsePolicyYaml, validateParsedYaml} from './parse.js';
import type {ConfigProblem} from './problems.js';
import type {PolicyProvenance} from './provenance.js';

export type {BaselineText, OverlaySource} from './merge-layers.js';
export type {BaselineInfo, PolicyProvenance} from './provenance.js';

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
      /** Null when the file extends nothing. */
      overlay: OverlaySource | null;
    })
  | {ok: false; problems: ConfigProblem[]; files: string[]};

export interface LayerReading {
  /** Reads a baseline's text; the store passes its stable read. */
  readText: (file: string) => Promise<string>;
  /** How a file is named in problems (relative to the working directory when inside it). */
  display: (file: string) => string;
}

interface Layer extends PolicyLayer {
  file: string;
  /** See `BaselineText.fileName`. */
  shortName: string;
  source: string;
}

const hashOf = (source: string) => createHash('sha256').update(source).digest('hex').slice(0, 12);

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
      ? {...result, files: [file], provenance: null, input: yaml.raw, overlay: null}
      : {...result, files: [file]};
  }

  const label = path.basename(file);
  const top: Layer = {
    file,
    fileName,
    shortName: label,
    label,
    version: null,
    hash: hashOf(source),
    source,
    yaml,
  };
  const collected = await collectLayers(top, [top.label], [file], reading);
  const files = [file, ...collected.layers.map((layer) => layer.file).filter((each) => each !== file)];
  if (collected.problems.length > 0) return {ok: false, problems: sortDiagnostics(collected.problems), files};
  const merged = mergeLayers(collected.layers);
  if (!merged.ok) return {...merged, files};
  const baselines = collected.layers.slice(0, -1).map(({shortName, label, version, hash, source}) => ({
    fileName: shortName,
    label,
    version,
    hash,
    source,
  }));
  return {...merged, files, overlay: {extends: yaml.raw.extends, baselines}};
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
  const at = (
    entryPath: Array<string | number>,
    code: ConfigProblemCode,
    message: string,
    say: DiagnosticMessage,
  ): ConfigProblem => {
    const {line, column} = locatePath(layer.yaml.document, layer.yaml.lineCounter, entryPath);
    return {code, severity: 'error', path: entryPath, file: fileName, line, column, message, say};
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
          {id: 'extends.expected-baseline'},
        ),
      );
      continue;
    }
    const found = await findBaseline(spec.trim(), path.dirname(layer.file)).then(realFile);
    if (!found.ok) {
      const code = found.reason === 'invalid' ? 'extends-invalid' : 'extends-not-found';
      const links = [...chain, spec].join(' → ');
      problems.push(
        at(entryPath, code, `${found.message} (chain: ${links})`, {
          id: 'extends.in-chain',
          slots: {problem: found.say, chain: links},
        }),
      );
      continue;
    }
    if (chainFiles.includes(found.file)) {
      problems.push(
        at(
          entryPath,
          'extends-cycle',
          `extends form a cycle: ${[...chain, spec].join(' → ')}; a baseline cannot extend its own overlay`,
          {id: 'extends.cycle', slots: {chain: [...chain, spec].join(' → ')}},
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
          {id: 'extends.unreadable', slots: {file: found.file, chain: [...chain, spec].join(' → ')}},
        ),
      );
      continue;
    }
    const yaml = parsePolicyYaml(source, reading.display(found.file));
    if (!yaml.ok) {
      problems.push(...yaml.problems);
      continue;
    }
    const child: Layer = {
      file: found.file,
      fileName: reading.display(found.file),
      shortName: found.shortName,
      label: found.label,
      version: found.version,
      hash: hashOf(source),
      source,
      yaml,
    };
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
  | {ok: true; file: string; label: string; shortName: string; version: string | null}
  | {ok: false; reason: 'invalid' | 'missing'; message: string; say: DiagnosticMessage};

const PACKAGE_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;

async function findBaseline(spec: string, fromDir: string): Promise<Found> {
  if (spec.startsWith('./') || spec.startsWith('../')) {
    const file = path.resolve(fromDir, spec);
    return (await isFile(file))
      ? {ok: true, file, label: spec, shortName: spec, version: null}
      : {
          ok: false,
          reason: 'missing',
          message: `baseline file ${spec} does not exist (looked for ${file})`,
          say: {id: 'extends.file-missing', slots: {spec, file}},
        };
  }
  if (!PACKAGE_NAME.test(spec))
    return {
      ok: false,
      reason: 'invalid',
      message: `"${spec}" is neither a relative path (start it with ./ or ../) nor an npm package name`,
      say: {id: 'extends.not-a-reference', slots: {spec}},
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
          say: {id: 'extends.package-without-policy', slots: {spec}},
        };
      const file = path.resolve(packageDir, field);
      const inside = path.relative(packageDir, file);
      if (inside.startsWith('..') || path.isAbsolute(inside))
        return {
          ok: false,
          reason: 'invalid',
          message: `package ${spec}'s "aiPolicy" points outside the package`,
          say: {id: 'extends.package-policy-outside', slots: {spec}},
        };
      if (!(await isFile(file)))
        return {
          ok: false,
          reason: 'missing',
          message: `package ${spec}'s policy file ${field} does not exist`,
          say: {id: 'extends.package-policy-missing', slots: {spec, file: field}},
        };
      const version = typeof manifest.version === 'string' ? manifest.version : null;
      return {ok: true, file, label: spec, shortName: `${spec}/${inside.split(path.sep).join('/')}`, version};
    }
    if (path.dirname(dir) === dir) break;
  }
  return {
    ok: false,
    reason: 'missing',
    message: `package ${spec} is not installed (no node_modules/${spec} from ${fromDir} upwards); add it to the site's dependencies`,
    say: {id: 'extends.package-not-installed', slots: {spec, dir: fromDir}},
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
