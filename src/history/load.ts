import {createHash} from 'node:crypto';
import {mkdir, readFile, rename, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {parseWithBaselines} from '../config/layers.js';
import {policyVersion} from '../config/version.js';
import {countOf, formatDiagnostic} from '../diagnostics/text.js';
import {diffSnapshots, type PolicySnapshot, snapshotOf} from '../diff/diff.js';
import {processGlobal} from '../vocabulary/process-global.js';
import {GitError, runGit} from './git.js';
import {LOG_FORMAT, type LogRecord, parseCatFileBatch, parseLog} from './log.js';
import type {HistoryEntry, HistoryNotice, PolicyHistory, UnreleasedChanges} from './model.js';
import {repoFromRemotes} from './repo-url.js';

export interface LoadHistoryOptions {
  /** Absolute path of the policy file. */
  policyFile: string;
  /** How messages name the file, e.g. `ai-policy.yml` relative to the site. */
  displayFile: string;
  /** The policy being built: the working file, already validated and built. */
  working: PolicySnapshot & {version: string};
  /** Where to keep the computed history between builds; null keeps it in memory only. */
  cacheDir: string | null;
  /**
   * For a policy file that extends baselines: which texts of them the working policy was read with (their
   * hashes). A past version of the file is resolved against the baselines as they are now, so the
   * computed history is kept only while they stay the same.
   */
  baselinesKey?: string;
}

/**
 * Bumped whenever what is cached (the diff's data, the entries' shape) changes, so an upgrade never shows a
 * history computed by older code.
 */
const CACHE_FORMAT = 1;

interface CachedItem {
  /** The commit and the two blobs it compares: the same key always gives the same entry. */
  key: string;
  entry: HistoryEntry;
}

interface CacheRecord {
  format: number;
  packageVersion: string;
  /** The newest commit that changed the file, the number of such commits and whether the clone is shallow. */
  key: string;
  items: CachedItem[];
  truncated: boolean;
}

interface MemoryState {
  records: Map<string, CacheRecord>;
  /** The last committed version of each policy file, parsed, for the "unreleased changes" diff. */
  newest: Map<string, {blob: string; parsed: ParsedVersion}>;
  /** How many times git log ran: once per build (or per policy edit in `start`). */
  gitLogRuns: number;
}

const memory = processGlobal<MemoryState>('history-cache', () => ({
  records: new Map(),
  newest: new Map(),
  gitLogRuns: 0,
}));

/** Forgets what this process computed, as a new build process would start; for tests and the benchmark. */
export function resetHistoryMemory(): void {
  memory.records.clear();
  memory.newest.clear();
}

export function historyStats(): {gitLogRuns: number} {
  return {gitLogRuns: memory.gitLogRuns};
}

/**
 * The policy file's history from git: every commit that changed it (following renames), newest first, each
 * with its semantic diff against the version before, and the working file's uncommitted changes. Never
 * throws: without git, outside a repository, in a shallow clone or when git fails, it returns what it could
 * see and notices that say what it could not.
 */
export async function loadPolicyHistory(options: LoadHistoryOptions): Promise<PolicyHistory> {
  const {working, displayFile} = options;
  const empty = (notice: HistoryNotice): PolicyHistory => ({
    version: working.version,
    entries: [],
    unreleased: null,
    notices: [notice],
    truncated: false,
    repository: null,
  });
  try {
    return await load(options);
  } catch (error) {
    if (error instanceof GitError) return empty(gitNotice(error, displayFile));
    return empty({
      code: 'git-failed',
      message: `The history of ${displayFile} could not be read: ${(error as Error).message}`,
      slots: {file: displayFile, detail: (error as Error).message},
    });
  }
}

function gitNotice(error: GitError, displayFile: string): HistoryNotice {
  switch (error.kind) {
    case 'no-git':
      return {
        code: 'no-git',
        message: `The history of ${displayFile} is not shown: git is not installed or not on the PATH where the site was built.`,
        slots: {file: displayFile},
      };
    case 'not-a-repository':
      return {
        code: 'not-a-repository',
        message: `The history of ${displayFile} is not shown: the site was built outside a git repository.`,
        slots: {file: displayFile},
      };
    default:
      return {
        code: 'git-failed',
        message: `The history of ${displayFile} could not be read: ${error.detail}`,
        slots: {file: displayFile, detail: error.detail},
      };
  }
}

async function load({
  policyFile,
  displayFile,
  working,
  cacheDir,
  baselinesKey = '',
}: LoadHistoryOptions): Promise<PolicyHistory> {
  const cwd = path.dirname(policyFile);
  const file = path.basename(policyFile);
  // Two git processes, side by side: whether the clone is shallow, and the file's log (following renames).
  memory.gitLogRuns++;
  const [shallowOutput, logOutput, remotesOutput] = await Promise.all([
    runGit(['rev-parse', '--is-shallow-repository'], {cwd}),
    runGit(
      [
        'log',
        '--follow',
        '--raw',
        '--no-abbrev',
        '--no-color',
        '--encoding=UTF-8',
        `--format=${LOG_FORMAT}`,
        '--',
        file,
      ],
      {cwd},
    ).catch((error: unknown) => {
      // A repository without any commit yet: nothing is committed, the file included.
      if (error instanceof GitError && /does not have any commits yet/.test(error.detail))
        return Buffer.alloc(0);
      throw error;
    }),
    // git exits 1 when no remote is configured: then commits are not linked.
    runGit(['config', '--get-regexp', '^remote\\..*\\.url$'], {cwd}).catch(() => Buffer.alloc(0)),
  ]);
  const repository = repoFromRemotes(remotesOutput.toString('utf8'));
  const shallow = shallowOutput.toString('utf8').trim() === 'true';
  const records = parseLog(logOutput.toString('utf8'));
  const notices: HistoryNotice[] = [];

  if (records.length === 0) {
    notices.push({
      code: 'not-committed',
      message: `${displayFile} has not been committed yet, so it has no history; the changes below are not committed.`,
      slots: {file: displayFile},
    });
    return {
      version: working.version,
      entries: [],
      unreleased: {baseVersion: null, changes: diffSnapshots(null, working), problem: null},
      notices,
      truncated: false,
      repository,
    };
  }

  const oldest = records.at(-1)!;
  // A shallow clone cuts the history: its oldest commit looks like the file's creation, without parents.
  const truncated = shallow && !(oldest.status === 'A' && oldest.parents.length > 0);
  const key = `${records[0]!.hash}:${records.length}:${shallow}:${baselinesKey}`;
  const cacheFile = cacheDir
    ? path.join(
        cacheDir,
        `history-${createHash('sha256').update(policyFile).digest('hex').slice(0, 16)}.json`,
      )
    : null;

  const versions: Versions = {policyFile, parsed: new Map()};
  let record = memory.records.get(policyFile) ?? (cacheFile ? await readCache(cacheFile) : undefined);
  if (!record || record.key !== key) {
    // Entries computed against other baselines are not reused.
    const previous = record?.key.endsWith(`:${baselinesKey}`) ? record : undefined;
    record = await computeRecord({records, previous, key, truncated, cwd, versions});
    memory.records.set(policyFile, record);
    if (cacheFile) await writeCache(cacheFile, record);
  } else memory.records.set(policyFile, record);

  if (truncated) {
    notices.push({
      code: 'shallow',
      message: `This site was built from a shallow clone, so the history is truncated: changes to ${displayFile} before ${oldest.authorDate.slice(0, 10)} are not in it. Fetch the full history (for GitHub Actions: actions/checkout with fetch-depth: 0) to show them.`,
      slots: {file: displayFile, date: oldest.authorDate.slice(0, 10)},
    });
  }

  return {
    version: working.version,
    entries: record.items.map((item) => item.entry),
    unreleased: await unreleasedChanges({
      policyFile,
      newest: records[0]!,
      newestVersion: record.items[0]?.entry.version ?? null,
      working,
      cwd,
      versions,
      baselinesKey,
    }),
    notices,
    truncated,
    repository,
  };
}

type ParsedVersion = {ok: true; snapshot: PolicySnapshot; version: string} | {ok: false; problem: string};

/** Each blob's parse, and the policy file a version's relative `extends` paths are resolved from. */
interface Versions {
  policyFile: string;
  parsed: Map<string, ParsedVersion>;
}

async function parseVersion(source: string, label: string, policyFile: string): Promise<ParsedVersion> {
  const result = await parseWithBaselines(source, policyFile, {
    readText: (file) => readFile(file, 'utf8'),
    display: (file) => (file === policyFile ? label : path.relative(path.dirname(policyFile), file)),
  });
  if (!result.ok) {
    return {
      ok: false,
      problem: `not a valid policy (${countOf(result.problems.length, 'problem')}; the first: ${formatDiagnostic(result.problems[0]!)})`,
    };
  }
  return {ok: true, snapshot: snapshotOf(result.config), version: policyVersion(result.config)};
}

/** Reads blobs in one `git cat-file --batch` and parses each once. */
async function readVersions(
  wanted: Array<{blob: string; label: string}>,
  cwd: string,
  versions: Versions,
): Promise<void> {
  const missing = [
    ...new Map(
      wanted.filter(({blob}) => !versions.parsed.has(blob)).map((item) => [item.blob, item]),
    ).values(),
  ];
  if (missing.length === 0) return;
  const output = await runGit(['cat-file', '--batch'], {
    cwd,
    input: `${missing.map(({blob}) => blob).join('\n')}\n`,
  });
  const blobs = parseCatFileBatch(output);
  for (const {blob, label} of missing) {
    const source = blobs.get(blob);
    versions.parsed.set(
      blob,
      source === undefined
        ? {ok: false, problem: 'not in this clone'}
        : await parseVersion(source, label, versions.policyFile),
    );
  }
}

function itemKey(record: LogRecord, earliest: boolean): string {
  return `${record.hash}:${record.oldBlob ?? '-'}:${record.newBlob ?? '-'}:${earliest ? 'earliest' : ''}`;
}

async function computeRecord({
  records,
  previous,
  key,
  truncated,
  cwd,
  versions,
}: {
  records: LogRecord[];
  previous: CacheRecord | undefined;
  key: string;
  truncated: boolean;
  cwd: string;
  versions: Versions;
}): Promise<CacheRecord> {
  // Entries for commits seen before are reused: a commit and its two blobs always give the same entry.
  const reusable = new Map((previous?.items ?? []).map((item) => [item.key, item.entry]));
  const pending = records.map((record, index) => {
    const earliest = truncated && index === records.length - 1;
    return {record, earliest, key: itemKey(record, earliest)};
  });
  const toCompute = pending.filter((item) => !reusable.has(item.key));
  const label = (record: LogRecord) => `${record.hash.slice(0, 7)}:${record.path}`;
  await readVersions(
    toCompute.flatMap(({record, earliest}) => [
      ...(record.newBlob ? [{blob: record.newBlob, label: label(record)}] : []),
      ...(record.oldBlob && !earliest
        ? [
            {
              blob: record.oldBlob,
              label: `${record.parents[0]?.slice(0, 7) ?? 'parent'}:${record.previousPath ?? record.path}`,
            },
          ]
        : []),
    ]),
    cwd,
    versions,
  );
  const items = pending.map(({record, earliest, key: item}) => ({
    key: item,
    entry: reusable.get(item) ?? entryFor(record, earliest, versions.parsed),
  }));
  return {format: CACHE_FORMAT, packageVersion: await packageVersion(), key, items, truncated};
}

function entryFor(record: LogRecord, earliest: boolean, versions: Map<string, ParsedVersion>): HistoryEntry {
  const after = record.newBlob ? versions.get(record.newBlob) : undefined;
  const before = record.oldBlob && !earliest ? versions.get(record.oldBlob) : undefined;
  const kind: HistoryEntry['kind'] = earliest
    ? 'earliest-in-clone'
    : record.status === 'A' || !record.oldBlob
      ? 'created'
      : record.status === 'D' || !record.newBlob
        ? 'deleted'
        : record.status === 'R' && record.previousPath !== null
          ? 'renamed'
          : 'changed';
  const date = record.authorDate.slice(0, 10);
  let changes: HistoryEntry['changes'] = [];
  let problem: string | null = null;
  const invalid = [before, after].find((side) => side && !side.ok) as
    | {ok: false; problem: string}
    | undefined;
  if (invalid) {
    const which = after && !after.ok ? "the file's version in this commit" : "the file's previous version";
    problem = `What this commit changed cannot be shown: ${which} is ${invalid.problem}.`;
  } else if (!earliest) {
    const snapshot = (side: ParsedVersion | undefined) => (side?.ok ? side.snapshot : null);
    changes = diffSnapshots(snapshot(before), snapshot(after), {asOf: date});
  }
  return {
    hash: record.hash,
    shortHash: record.hash.slice(0, 7),
    date,
    author: record.author,
    subject: record.subject,
    approvers: record.approvers,
    path: record.path,
    previousPath: kind === 'renamed' ? record.previousPath : null,
    kind,
    version: after?.ok ? after.version : null,
    changes,
    problem,
  };
}

async function unreleasedChanges({
  policyFile,
  newest,
  newestVersion,
  working,
  cwd,
  versions,
  baselinesKey,
}: {
  policyFile: string;
  newest: LogRecord;
  /** The last committed version, from the history entry; null when it is not a valid policy. */
  newestVersion: string | null;
  working: PolicySnapshot & {version: string};
  cwd: string;
  versions: Versions;
  baselinesKey: string;
}): Promise<UnreleasedChanges | null> {
  if (!newest.newBlob) return {baseVersion: null, changes: diffSnapshots(null, working), problem: null};
  // The usual case, a build of a clean checkout: nothing to read.
  if (newestVersion === working.version) return null;
  // Keyed by the baselines too: a past overlay means what it means over today's baselines.
  const blobKey = `${newest.newBlob}:${baselinesKey}`;
  let committed = memory.newest.get(policyFile);
  if (!committed || committed.blob !== blobKey) {
    await readVersions(
      [{blob: newest.newBlob, label: `${newest.hash.slice(0, 7)}:${newest.path}`}],
      cwd,
      versions,
    );
    committed = {blob: blobKey, parsed: versions.parsed.get(newest.newBlob)!};
    memory.newest.set(policyFile, committed);
  }
  const {parsed} = committed;
  if (!parsed.ok)
    return {
      baseVersion: null,
      changes: [],
      problem: `What the uncommitted edits change cannot be shown: the last committed version is ${parsed.problem}.`,
    };
  // Edits that keep the meaning (comments, formatting, key order) are not changes of the policy.
  if (parsed.version === working.version) return null;
  return {baseVersion: parsed.version, changes: diffSnapshots(parsed.snapshot, working), problem: null};
}

async function readCache(file: string): Promise<CacheRecord | undefined> {
  try {
    const record = JSON.parse(await readFile(file, 'utf8')) as CacheRecord;
    if (record.format !== CACHE_FORMAT || record.packageVersion !== (await packageVersion()))
      return undefined;
    return Array.isArray(record.items) && typeof record.key === 'string' ? record : undefined;
  } catch {
    return undefined;
  }
}

/** Best effort: a read-only or full disk only costs the next build the git reads. */
async function writeCache(file: string, record: CacheRecord): Promise<void> {
  try {
    await mkdir(path.dirname(file), {recursive: true});
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(record));
    await rename(temporary, file);
  } catch {}
}

let packageVersionPromise: Promise<string> | undefined;
/** This package's version, read once (no top-level await: Docusaurus may load the plugin through jiti). */
function packageVersion(): Promise<string> {
  packageVersionPromise ??= readPackageVersion();
  return packageVersionPromise;
}

async function readPackageVersion(): Promise<string> {
  try {
    const text = await readFile(new URL('../../package.json', import.meta.url), 'utf8');
    return String((JSON.parse(text) as {version?: unknown}).version ?? 'unknown');
  } catch {
    return 'unknown';
  }
}
