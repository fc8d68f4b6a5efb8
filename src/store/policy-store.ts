import {stat} from 'node:fs/promises';
import path from 'node:path';
import {type OverlaySource, type PolicyProvenance, parseWithBaselines} from '../config/layers.js';
import {type ConfigProblem, PolicyConfigError} from '../config/problems.js';
import {decodePolicyText, MAX_POLICY_FILE_BYTES, readStableBytes} from '../config/read.js';
import type {PolicyConfig} from '../config/schema.js';
import {policyVersion} from '../config/version.js';
import type {DiagnosticMessage} from '../diagnostics/diagnostic.js';
import type {PathLocator} from '../diagnostics/findings.js';
import {buildPolicyDocument} from '../engine/build.js';
import type {PolicyLanguage} from '../engine/context.js';
import type {PolicyDocument} from '../engine/model.js';
import {renderPolicyJson} from '../render/json.js';
import {renderPolicyMarkdown} from '../render/markdown.js';
import {processGlobal} from '../vocabulary/process-global.js';

/** A policy file, validated, built and rendered once. */
export interface LoadedPolicy {
  filePath: string;
  source: string;
  config: PolicyConfig;
  document: PolicyDocument;
  /** Where a config path sits in `source`, from the one parse: findings are located without another. */
  locate: PathLocator;
  /** The language it was built in when not English (`localizePolicy`); absent means English. */
  language?: PolicyLanguage;
  /** Every file the policy was read from: this one, then the baselines it extends. */
  files: readonly string[];
  /** Where each tool and class was set, and which baselines were read; null when the file extends nothing. */
  provenance: PolicyProvenance | null;
  /** The policy as written, before defaults (for a file that extends baselines: merged into one whole policy). */
  input: Record<string, unknown>;
  /** The site's `extends` and the baselines' texts (what the builder writes an overlay over); null without `extends`. */
  overlay: OverlaySource | null;
  /** Short hash of the validated config: the same meaning gives the same version. Computed on first read. */
  readonly version: string;
  /** The full policy as Markdown, rendered on first read. */
  readonly markdown: string;
  /** The JSON download, rendered on first read. */
  readonly json: string;
}

interface CacheEntry {
  mtimeMs: number;
  size: number;
  policy: LoadedPolicy;
  /** The baselines' stats when read: an edit of a baseline reloads the policy as an edit of the file does. */
  baselines: FileStat[];
}

interface FileStat {
  file: string;
  mtimeMs: number;
  size: number;
}

interface Store {
  entries: Map<string, CacheEntry>;
  pending: Map<string, Promise<LoadedPolicy>>;
  /** How many times a policy file was parsed and built: the benchmark checks it is once per change. */
  parses: number;
}

// Shared by every copy of this module in the process, so "parsed once per change" holds for the plugin
// and the remark plugin alike.
const store = processGlobal<Store>('policy-store', () => ({
  entries: new Map(),
  pending: new Map(),
  parses: 0,
}));

/**
 * Loads a policy file, reusing the last result while the file is unchanged. Concurrent callers (hundreds
 * of Markdown files in one build) share one read and one parse. Throws `PolicyConfigError` for an invalid
 * or missing file.
 */
export function loadPolicy(filePath: string): Promise<LoadedPolicy> {
  const absolute = path.resolve(filePath);
  const running = store.pending.get(absolute);
  if (running) return running;
  const loading = loadFresh(absolute).finally(() => store.pending.delete(absolute));
  store.pending.set(absolute, loading);
  return loading;
}

async function loadFresh(filePath: string): Promise<LoadedPolicy> {
  let stats: {mtimeMs: number; size: number; isFile(): boolean; isDirectory(): boolean};
  try {
    stats = await stat(filePath);
  } catch {
    throw fileProblem(
      filePath,
      'file-not-found',
      'policy file not found; create one with `npx ai-policy init` or set the plugin option `policyFile`',
      {id: 'file-not-found'},
    );
  }
  if (!stats.isFile())
    throw fileProblem(
      filePath,
      'not-a-file',
      stats.isDirectory()
        ? `this is a directory, not a policy file; name the file in it, e.g. ${path.join(displayPath(filePath), 'ai-policy.yml')}`
        : 'this is not a regular file; name a .yml, .yaml or .json policy file',
      stats.isDirectory()
        ? {id: 'not-a-file.directory', slots: {example: path.join(displayPath(filePath), 'ai-policy.yml')}}
        : {id: 'not-a-file'},
    );
  if (stats.size > MAX_POLICY_FILE_BYTES) throw tooLarge(filePath, stats.size);
  const cached = store.entries.get(filePath);
  const baselinesUnchanged = async (entry: CacheEntry) =>
    (await statAll(entry.baselines.map(({file}) => file))).every(
      (now, index) =>
        now.mtimeMs === entry.baselines[index]!.mtimeMs && now.size === entry.baselines[index]!.size,
    );
  if (
    cached &&
    cached.mtimeMs === stats.mtimeMs &&
    cached.size === stats.size &&
    (await baselinesUnchanged(cached))
  )
    return cached.policy;

  // The first read in a process is of a file at rest; only re-reads after an edit can catch an editor's
  // half-written save, so only they wait to confirm the content.
  const confirm = cached !== undefined;
  const source = await readPolicyText(filePath, confirm);
  if (cached && cached.policy.source === source && (await baselinesUnchanged(cached))) {
    store.entries.set(filePath, {...cached, mtimeMs: stats.mtimeMs, size: stats.size});
    return cached.policy;
  }

  store.parses++;
  const result = await parseWithBaselines(source, filePath, {
    readText: (file) => readPolicyText(file, confirm),
    display: displayPath,
  });
  if (!result.ok) throw new PolicyConfigError(result.problems);
  const {config, files, provenance, input, overlay} = result;
  const document = buildPolicyDocument(config, undefined, provenance);
  // Computed on first use: `ai-policy check` and `render` need no version, an embed needs none of these,
  // a build needs each once.
  let version: string | undefined;
  let markdown: string | undefined;
  let json: string | undefined;
  const policy: LoadedPolicy = {
    filePath,
    source,
    config,
    locate: result.locate,
    files,
    provenance,
    input,
    overlay,
    document,
    get version() {
      version ??= policyVersion(config);
      return version;
    },
    get markdown() {
      markdown ??= renderPolicyMarkdown(document);
      return markdown;
    },
    get json() {
      json ??= renderPolicyJson(document, {version: policy.version});
      return json;
    },
  };
  // Stat again after the read: the stable read may have waited out an editor's rewrite.
  const settled = await stat(filePath).catch(() => stats);
  const baselines = files.slice(1);
  const baselineStats = (await statAll(baselines)).map((each, index) => ({file: baselines[index]!, ...each}));
  store.entries.set(filePath, {
    mtimeMs: settled.mtimeMs,
    size: settled.size,
    policy,
    baselines: baselineStats,
  });
  return policy;
}

/** The file's text, refused whole when it is too large or not UTF-8 (the policy file and each baseline). */
async function readPolicyText(filePath: string, confirm: boolean): Promise<string> {
  const bytes = await readStableBytes(filePath, {confirm});
  // The file may have grown between the stat and the read.
  if (bytes.length > MAX_POLICY_FILE_BYTES) throw tooLarge(filePath, bytes.length);
  const decoded = decodePolicyText(bytes);
  if (!decoded.ok) throw fileProblem(filePath, 'not-utf8', decoded.message, decoded.say);
  return decoded.text;
}

/** A problem with the policy file as a whole, located at its start. */
function fileProblem(
  filePath: string,
  code: ConfigProblem['code'],
  message: string,
  say?: DiagnosticMessage,
): PolicyConfigError {
  return new PolicyConfigError([
    {
      code,
      severity: 'error',
      path: [],
      file: displayPath(filePath),
      line: 1,
      column: 1,
      message,
      ...(say && {say}),
    },
  ]);
}

function tooLarge(filePath: string, size: number): PolicyConfigError {
  const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return fileProblem(
    filePath,
    'file-too-large',
    `the file is ${megabytes(size)}, over the ${megabytes(MAX_POLICY_FILE_BYTES)} a policy file may have; is this the policy file? (a 1,000-tool policy is about 2.2 MB)`,
    {
      id: 'file-too-large',
      slots: {size: tenths(size), limit: tenths(MAX_POLICY_FILE_BYTES), typical: 2.2, typicalTools: 1000},
    },
  );
}

/** Megabytes to one decimal, as the message prints them (rounded as `toFixed` rounds). */
function tenths(bytes: number): number {
  return Number((bytes / 1024 / 1024).toFixed(1));
}

/** A missing file stats as size -1, so its reappearance counts as a change. */
function statAll(files: readonly string[]): Promise<Array<{mtimeMs: number; size: number}>> {
  return Promise.all(
    files.map((file) =>
      stat(file).then(
        ({mtimeMs, size}) => ({mtimeMs, size}),
        () => ({mtimeMs: 0, size: -1}),
      ),
    ),
  );
}

/** Paths in problems are relative to the working directory when inside it, so terminals can open them. */
function displayPath(filePath: string): string {
  const relative = path.relative(process.cwd(), filePath);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : filePath;
}

/** Counters for the benchmark and tests. */
export function policyStoreStats(): {parses: number} {
  return {parses: store.parses};
}
