import {createHash} from 'node:crypto';
import {access, mkdir, readFile, realpath, rename, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {parseWithBaselines} from '../config/layers.js';
import {policyVersion} from '../config/version.js';
import {countOf, formatDiagnostic} from '../diagnostics/text.js';
import {diffSnapshots, type PolicySnapshot, snapshotOf} from '../diff/diff.js';
import {processGlobal} from '../vocabulary/process-global.js';
import {GitError, runGit} from './git.js';
import {LOG_FORMAT, type LogRecord, parseCatFileBatch, parseLog} from './log.js';
import type {
  BaselineUpgrade,
  HistoryEntry,
  HistoryNotice,
  PolicyHistory,
  UnreleasedChanges,
} from './model.js';
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
   * hashes). A baseline the repository does not track is read as it is now, so the computed history is kept
   * only while they stay the same.
   */
  baselinesKey?: string;
  /** The baselines the working policy extends, in the order they are applied. */
  baselines?: readonly HistoryBaseline[];
}

/**
 * A baseline of the working policy. When the repository tracks its file (a path baseline, or a workspace
 * package whose `node_modules` entry links into the repository), each commit is read with the baseline as
 * it was at that commit, and a commit that changed only the baseline is an entry of its own. A baseline
 * the repository does not track (a package installed from a registry) is read as it is now.
 */
export interface HistoryBaseline {
  /** The file's real path, as `extends` resolution reads it. */
  file: string;
  /** The package name, or the path as the policy file writes it. */
  label: string;
}

/**
 * Bumped whenever what is cached (the diff's data, the entries' shape) changes, so an upgrade never shows a
 * history computed by older code.
 */
const CACHE_FORMAT = 3;

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
  /** An installed baseline's version in each lockfile blob read, by `<blob>:<lockfile key>`. */
  lockVersions?: Record<string, string | null>;
}

interface MemoryState {
  records: Map<string, CacheRecord>;
  /** The last committed version of each policy file, parsed, for the "unreleased changes" diff. */
  newest: Map<string, {blob: string; parsed: ParsedVersion}>;
  /** How many times git log ran: once per build (or per policy edit in `start`). */
  gitLogRuns: number;
  /** An installed baseline's version in a lockfile blob, by `<blob>:<lockfile key>`: a blob never changes. */
  lockVersions: Map<string, string | null>;
  /** How many lockfile blobs were read with `git cat-file`, for tests and the benchmark. */
  lockfileReads: number;
}

const memory = processGlobal<MemoryState>('history-cache', () => ({
  records: new Map(),
  newest: new Map(),
  gitLogRuns: 0,
  lockVersions: new Map(),
  lockfileReads: 0,
}));

/** Forgets what this process computed, as a new build process would start; for tests and the benchmark. */
export function resetHistoryMemory(): void {
  memory.records.clear();
  memory.newest.clear();
  memory.lockVersions.clear();
}

export function historyStats(): {gitLogRuns: number; lockfileReads: number} {
  return {gitLogRuns: memory.gitLogRuns, lockfileReads: memory.lockfileReads};
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
  baselines = [],
}: LoadHistoryOptions): Promise<PolicyHistory> {
  const cwd = path.dirname(policyFile);
  const file = path.basename(policyFile);
  // Side by side: whether the clone is shallow, the file's log (following renames), the remotes, and which
  // baselines the repository tracks (with their own log).
  memory.gitLogRuns++;
  const [shallowOutput, logOutput, remotesOutput, tracked] = await Promise.all([
    runGit(['rev-parse', '--is-shallow-repository'], {cwd}),
    rawLog([file], cwd, {follow: true}).catch((error: unknown) => {
      // A repository without any commit yet: nothing is committed, the file included.
      if (error instanceof GitError && /does not have any commits yet/.test(error.detail))
        return Buffer.alloc(0);
      throw error;
    }),
    // git exits 1 when no remote is configured: then commits are not linked.
    runGit(['config', '--get-regexp', '^remote\\..*\\.url$'], {cwd}).catch(() => Buffer.alloc(0)),
    trackedBaselines(baselines, cwd),
  ]);
  const repository = repoFromRemotes(remotesOutput.toString('utf8'));
  const shallow = shallowOutput.toString('utf8').trim() === 'true';
  const records = parseLog(logOutput.toString('utf8'));
  const [baselineRecords, installed] = await Promise.all([
    baselineLog(tracked, cwd),
    installedBaselines(baselines, tracked, cwd),
  ]);
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
  const cacheFile = cacheDir
    ? path.join(
        cacheDir,
        `history-${createHash('sha256').update(policyFile).digest('hex').slice(0, 16)}.json`,
      )
    : null;
  let record = memory.records.get(policyFile) ?? (cacheFile ? await readCache(cacheFile) : undefined);
  for (const [blobKey, version] of Object.entries(record?.lockVersions ?? {}))
    if (!memory.lockVersions.has(blobKey)) memory.lockVersions.set(blobKey, version);
  const lockfile = await lockfileUpgrades(installed, cwd);
  const key = `${records[0]!.hash}:${records.length}:${baselineRecords[0]?.hash ?? '-'}:${baselineRecords.length}:${lockfile.key}:${shallow}:${baselinesKey}`;

  const versions: Versions = {
    policyFile,
    parsed: new Map(),
    tracked,
    states: new Map(),
    installed: lockfile.upgrades,
  };
  const steps = await timeline(records, baselineRecords, lockfile.commits, truncated, cwd);
  if (!record || record.key !== key) {
    // Entries computed against other baselines are not reused.
    const previous = record?.key.endsWith(`:${baselinesKey}`) ? record : undefined;
    record = await computeRecord({steps, previous, key, truncated, cwd, versions});
    record.lockVersions = lockfile.versions;
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
      newestCommit: steps[0]?.record.hash ?? records[0]!.hash,
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

/** A tracked baseline: its file and, for a workspace package, its `package.json`, by repository path. */
interface TrackedBaseline extends HistoryBaseline {
  /** The path in the repository (`git ls-files --full-name`). */
  repoPath: string;
  /** The package's `package.json` in the repository, when the baseline is a package and it is tracked. */
  manifestPath: string | null;
}

/** The tracked baselines at one commit. */
interface BaselineState {
  /** Each baseline's text by its real path; null when the commit does not have the file. */
  texts: Map<string, string | null>;
  /** Each baseline's blob and package version, by label (what an upgrade compares). */
  blobs: Map<string, string | null>;
  versions: Map<string, string | null>;
  /** The blobs together: versions read with the same baselines share a parse. */
  key: string;
}

/**
 * Each version's parse (by its blob and the baselines' blobs), the policy file a version's relative
 * `extends` paths are resolved from, and the tracked baselines at each commit read so far.
 */
interface Versions {
  policyFile: string;
  parsed: Map<string, ParsedVersion>;
  tracked: TrackedBaseline[];
  states: Map<string, BaselineState>;
  /** The installed baselines' upgrades, by the commit whose lockfile made them. */
  installed: Map<string, BaselineUpgrade[]>;
}

const NO_BASELINES: BaselineState = {texts: new Map(), blobs: new Map(), versions: new Map(), key: ''};

/** The baselines the repository tracks; none outside a repository or when git cannot say. */
async function trackedBaselines(
  baselines: readonly HistoryBaseline[],
  cwd: string,
): Promise<TrackedBaseline[]> {
  if (baselines.length === 0) return [];
  const manifests = await Promise.all(baselines.map(manifestOf));
  const candidates = [...baselines.map(({file}) => file), ...manifests.filter((each) => each !== null)];
  // `ls-files` names only tracked files: a registry package under an ignored node_modules is not one.
  const listed = await runGit(['ls-files', '-z', '--full-name', '--', ...candidates], {cwd}).catch(
    () => null,
  );
  if (listed === null) return [];
  const repoPaths = listed.toString('utf8').split('\0').filter(Boolean);
  const toplevel = await realpath(
    (await runGit(['rev-parse', '--show-toplevel'], {cwd})).toString('utf8').trim(),
  ).catch(() => null);
  if (toplevel === null) return [];
  const inRepo = (file: string) => {
    const relative = path.relative(toplevel, file).split(path.sep).join('/');
    return repoPaths.includes(relative) ? relative : null;
  };
  return baselines.flatMap((baseline, index) => {
    const repoPath = inRepo(baseline.file);
    const manifest = manifests[index];
    return repoPath === null
      ? []
      : [{...baseline, repoPath, manifestPath: manifest === null ? null : inRepo(manifest!)}];
  });
}

/**
 * A package baseline installed from a registry: git does not have its text, but the lockfile the repository
 * tracks names its version at each commit (`packages["node_modules/<name>"].version` in `package-lock.json`).
 */
interface InstalledBaseline {
  label: string;
  /** The lockfile's path in the repository. */
  lockPath: string;
  /** The package's key in the lockfile's `packages`: its folder relative to the lockfile's. */
  lockKey: string;
}

/**
 * The package baselines the repository does not track, with the `package-lock.json` that pins each: the
 * nearest one above the `node_modules` folder the package is installed in, within the repository.
 */
async function installedBaselines(
  baselines: readonly HistoryBaseline[],
  tracked: readonly TrackedBaseline[],
  cwd: string,
): Promise<InstalledBaseline[]> {
  const untracked = baselines.filter(
    ({label}) => !label.startsWith('.') && !tracked.some((each) => each.label === label),
  );
  if (untracked.length === 0) return [];
  const toplevel = await runGit(['rev-parse', '--show-toplevel'], {cwd})
    .then((output) => realpath(output.toString('utf8').trim()))
    .catch(() => null);
  if (toplevel === null) return [];
  const found = await Promise.all(
    untracked.map(async (baseline): Promise<InstalledBaseline | null> => {
      const manifest = await manifestOf(baseline);
      if (manifest === null) return null;
      const packageDir = path.dirname(manifest);
      for (let dir = path.dirname(packageDir); ; dir = path.dirname(dir)) {
        const relative = path.relative(toplevel, dir);
        if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
        const lockfile = path.join(dir, 'package-lock.json');
        if (
          await access(lockfile).then(
            () => true,
            () => false,
          )
        )
          return {
            label: baseline.label,
            lockPath: path.relative(toplevel, lockfile).split(path.sep).join('/'),
            lockKey: path.relative(dir, packageDir).split(path.sep).join('/'),
          };
        if (dir === toplevel) return null;
      }
    }),
  );
  return found.filter((each) => each !== null);
}

/** Lockfile blobs are read this many at a time: a lockfile can be megabytes, and only its version matters. */
const LOCKFILE_BATCH = 16;

/**
 * The commits whose lockfile changed an installed baseline's version, each with the upgrades, and a key that
 * changes whenever a lockfile gets a new commit. Blobs already read (this process or the cache) are not read
 * again; a blob that does not contain the package's key is not parsed.
 */
async function lockfileUpgrades(
  installed: readonly InstalledBaseline[],
  cwd: string,
): Promise<{
  upgrades: Map<string, BaselineUpgrade[]>;
  /** The lockfile's commit records, by hash: a commit that changed only the lockfile is an entry of them. */
  commits: Map<string, LogRecord>;
  key: string;
  versions: Record<string, string | null>;
}> {
  const upgrades = new Map<string, BaselineUpgrade[]>();
  const commits = new Map<string, LogRecord>();
  const versions: Record<string, string | null> = {};
  if (installed.length === 0) return {upgrades, commits, key: '-', versions};
  const lockPaths = [...new Set(installed.map(({lockPath}) => lockPath))];
  const logs = new Map(
    await Promise.all(
      lockPaths.map(
        async (lockPath) =>
          [
            lockPath,
            parseLog(
              (await rawLog([`:(top)${lockPath}`], cwd).catch(() => Buffer.alloc(0))).toString('utf8'),
            ),
          ] as const,
      ),
    ),
  );
  const blobKey = (blob: string, lockKey: string) => `${blob}:${lockKey}`;
  const wanted = new Map<string, string[]>();
  for (const {lockPath, lockKey} of installed)
    for (const record of logs.get(lockPath) ?? [])
      for (const blob of [record.oldBlob, record.newBlob])
        if (blob && !memory.lockVersions.has(blobKey(blob, lockKey)))
          wanted.set(blob, [...(wanted.get(blob) ?? []), lockKey]);
  const blobs = [...wanted.keys()];
  for (let start = 0; start < blobs.length; start += LOCKFILE_BATCH) {
    const chunk = blobs.slice(start, start + LOCKFILE_BATCH);
    const texts = parseCatFileBatch(
      await runGit(['cat-file', '--batch'], {cwd, input: `${chunk.join('\n')}\n`}),
    );
    memory.lockfileReads += chunk.length;
    for (const blob of chunk)
      for (const lockKey of wanted.get(blob)!)
        memory.lockVersions.set(blobKey(blob, lockKey), lockedVersion(texts.get(blob), lockKey));
  }
  for (const {label, lockPath, lockKey} of installed) {
    for (const record of logs.get(lockPath) ?? []) {
      const versionOf = (blob: string | null) => {
        if (!blob) return null;
        const version = memory.lockVersions.get(blobKey(blob, lockKey)) ?? null;
        versions[blobKey(blob, lockKey)] = version;
        return version;
      };
      const from = versionOf(record.oldBlob);
      const to = versionOf(record.newBlob);
      // A package that appears or goes with `extends` is the policy file's change, said by its diff.
      if (from === null || to === null || from === to) continue;
      upgrades.set(record.hash, [
        ...(upgrades.get(record.hash) ?? []),
        {name: label, from, to, source: 'lockfile'},
      ]);
      commits.set(record.hash, record);
    }
  }
  const key = lockPaths
    .map((lockPath) => `${logs.get(lockPath)?.[0]?.hash ?? '-'}/${logs.get(lockPath)?.length ?? 0}`)
    .join(',');
  return {upgrades, commits, key, versions};
}

/** The version `package-lock.json` (lockfile version 2 or 3) pins at `packages[lockKey]`, or null. */
function lockedVersion(text: string | undefined, lockKey: string): string | null {
  // Most lockfile changes do not touch the baseline: those are not parsed at all.
  if (text === undefined || !text.includes(`"${lockKey}"`)) return null;
  // npm writes an entry's own fields before its nested ones: its version is then found without parsing the
  // whole file (megabytes for a large site). A key is unique in `packages`, and a nested package's key starts
  // with its parent's folder, so the quoted key only matches the package itself.
  const escaped = lockKey.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const own = new RegExp(`"${escaped}"\\s*:\\s*\\{[^{}]*?"version"\\s*:\\s*"([^"\\\\]*)"`).exec(text);
  if (own) return own[1]!;
  try {
    const entry = (JSON.parse(text) as {packages?: Record<string, {version?: unknown}>}).packages?.[lockKey];
    return typeof entry?.version === 'string' ? entry.version : null;
  } catch {
    return null;
  }
}

/** A package baseline's `package.json`: the nearest one above its file that has the package's name. */
async function manifestOf({file, label}: HistoryBaseline): Promise<string | null> {
  if (label.startsWith('.')) return null;
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    try {
      if ((JSON.parse(await readFile(manifest, 'utf8')) as {name?: unknown}).name === label) return manifest;
    } catch {}
    if (path.dirname(dir) === dir) return null;
  }
}

/** The commits that changed a tracked baseline (its file or its `package.json`), newest first. */
async function baselineLog(tracked: TrackedBaseline[], cwd: string): Promise<LogRecord[]> {
  if (tracked.length === 0) return [];
  const paths = tracked.flatMap(({repoPath, manifestPath}) => [
    repoPath,
    ...(manifestPath ? [manifestPath] : []),
  ]);
  const output = await rawLog(
    paths.map((each) => `:(top)${each}`),
    cwd,
  );
  return parseLog(output.toString('utf8'));
}

/** `git log --raw` of these pathspecs, in the one form `parseLog` reads: the policy file's, the baselines'
 * and the lockfiles' logs. */
function rawLog(pathspecs: readonly string[], cwd: string, {follow = false} = {}): Promise<Buffer> {
  return runGit(
    [
      'log',
      ...(follow ? ['--follow'] : []),
      '--raw',
      '--no-abbrev',
      '--no-color',
      '--encoding=UTF-8',
      `--format=${LOG_FORMAT}`,
      '--',
      ...pathspecs,
    ],
    {cwd},
  );
}

/** One entry of the history: a commit that changed the policy file, or only a baseline it extends. */
interface Step {
  record: LogRecord;
  earliest: boolean;
  key: string;
}

/**
 * The policy file's commits and the baselines' commits, as one list, newest first by author date. A
 * commit that changed only a baseline is read with the policy file as it was then: the version of the
 * policy file's nearest older commit, looked up in that commit.
 */
async function timeline(
  records: LogRecord[],
  baselineRecords: LogRecord[],
  lockfileCommits: Map<string, LogRecord>,
  truncated: boolean,
  cwd: string,
): Promise<Step[]> {
  const own = new Set(records.map((record) => record.hash));
  const dated = (record: LogRecord) => Date.parse(record.authorDate);
  // A commit of an installed baseline's upgrade only needs a step when nothing else made one.
  const seen = new Set([...own, ...baselineRecords.map((record) => record.hash)]);
  const lockfileRecords = [...lockfileCommits.values()].filter((record) => !seen.has(record.hash));
  const merged = [
    ...records,
    ...baselineRecords.filter((record) => !own.has(record.hash)),
    ...lockfileRecords,
  ].sort((a, b) => dated(b) - dated(a));
  const baselineOnly: Array<{record: LogRecord; policyPath: string}> = [];
  const lockfileOnly = new Map<LogRecord, string>();
  for (const [index, record] of merged.entries()) {
    if (own.has(record.hash)) continue;
    const older = merged.slice(index + 1).find((candidate) => own.has(candidate.hash));
    if (!older?.newBlob) continue;
    if (lockfileRecords.includes(record)) lockfileOnly.set(record, older.path);
    else baselineOnly.push({record, policyPath: older.path});
  }
  const blobs = await objectIds(
    baselineOnly.map(({record, policyPath}) => `${record.hash}:${policyPath}`),
    cwd,
  );
  const steps: Step[] = [];
  for (const record of merged) {
    if (own.has(record.hash)) {
      const earliest = truncated && record === records.at(-1);
      steps.push({record, earliest, key: itemKey(record, earliest)});
      continue;
    }
    const policyPath = lockfileOnly.get(record);
    if (policyPath !== undefined) {
      // Nothing to read: the installed package's earlier text is not in the repository.
      const step: LogRecord = {...record, status: 'I', oldBlob: null, newBlob: null, path: policyPath};
      steps.push({record: step, earliest: false, key: `${record.hash}:installed`});
      continue;
    }
    const found = baselineOnly.find((each) => each.record === record);
    const blob = found ? blobs.get(`${record.hash}:${found.policyPath}`) : undefined;
    if (!found || !blob) continue;
    const step: LogRecord = {
      ...record,
      status: 'B',
      oldBlob: blob,
      newBlob: blob,
      path: found.policyPath,
      previousPath: null,
    };
    steps.push({record: step, earliest: false, key: `${record.hash}:baseline:${blob}`});
  }
  return steps;
}

/** `<commit>:<path>` names to blob ids (`git cat-file --batch-check`); a name the commit lacks is absent. */
async function objectIds(names: string[], cwd: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const unique = [...new Set(names)];
  if (unique.length === 0) return ids;
  const output = await runGit(['cat-file', '--batch-check=%(objectname) %(objecttype)'], {
    cwd,
    input: `${unique.join('\n')}\n`,
  });
  const lines = output.toString('utf8').split('\n');
  for (const [index, name] of unique.entries()) {
    const [id, type] = (lines[index] ?? '').split(' ');
    if (type === 'blob' && id) ids.set(name, id);
  }
  return ids;
}

/** Reads the tracked baselines (texts and package versions) at each of `commits` not read yet. */
async function readBaselineStates(commits: string[], cwd: string, versions: Versions): Promise<void> {
  const wanted = [...new Set(commits)].filter((commit) => !versions.states.has(commit));
  if (versions.tracked.length === 0 || wanted.length === 0) return;
  const name = (commit: string, repoPath: string) => `${commit}:${repoPath}`;
  const ids = await objectIds(
    wanted.flatMap((commit) =>
      versions.tracked.flatMap(({repoPath, manifestPath}) => [
        name(commit, repoPath),
        ...(manifestPath ? [name(commit, manifestPath)] : []),
      ]),
    ),
    cwd,
  );
  const unique = [...new Set(ids.values())];
  const texts = unique.length
    ? parseCatFileBatch(await runGit(['cat-file', '--batch'], {cwd, input: `${unique.join('\n')}\n`}))
    : new Map<string, string>();
  for (const commit of wanted) {
    const state: BaselineState = {texts: new Map(), blobs: new Map(), versions: new Map(), key: ''};
    for (const {file, label, repoPath, manifestPath} of versions.tracked) {
      const blob = ids.get(name(commit, repoPath)) ?? null;
      state.texts.set(file, blob === null ? null : (texts.get(blob) ?? null));
      state.blobs.set(label, blob);
      const manifest = manifestPath ? ids.get(name(commit, manifestPath)) : undefined;
      state.versions.set(label, manifest ? versionIn(texts.get(manifest)) : null);
    }
    state.key = [...state.blobs.values()].map((blob) => blob ?? '-').join(',');
    versions.states.set(commit, state);
  }
}

function versionIn(manifest: string | undefined): string | null {
  try {
    const version = (JSON.parse(manifest ?? '') as {version?: unknown}).version;
    return typeof version === 'string' ? version : null;
  } catch {
    return null;
  }
}

async function parseVersion(
  source: string,
  label: string,
  policyFile: string,
  baselines: BaselineState,
): Promise<ParsedVersion> {
  const result = await parseWithBaselines(source, policyFile, {
    // A tracked baseline is read as it was at the commit; any other as it is now.
    readText: async (file) => {
      if (!baselines.texts.has(file)) return readFile(file, 'utf8');
      const text = baselines.texts.get(file);
      if (text === null || text === undefined) throw new Error(`${file} is not in this commit`);
      return text;
    },
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

const versionKey = (blob: string, baselines: BaselineState) => `${blob}|${baselines.key}`;

/** Reads blobs in one `git cat-file --batch` and parses each once per set of baseline texts. */
async function readVersions(
  wanted: Array<{blob: string; label: string; commit: string | undefined}>,
  cwd: string,
  versions: Versions,
): Promise<void> {
  await readBaselineStates(
    wanted.flatMap(({commit}) => (commit ? [commit] : [])),
    cwd,
    versions,
  );
  const stateAt = (commit: string | undefined) => (commit && versions.states.get(commit)) || NO_BASELINES;
  const missing = [
    ...new Map(
      wanted
        .map((item) => ({...item, key: versionKey(item.blob, stateAt(item.commit))}))
        .filter(({key}) => !versions.parsed.has(key))
        .map((item) => [item.key, item]),
    ).values(),
  ];
  if (missing.length === 0) return;
  const output = await runGit(['cat-file', '--batch'], {
    cwd,
    input: `${[...new Set(missing.map(({blob}) => blob))].join('\n')}\n`,
  });
  const blobs = parseCatFileBatch(output);
  for (const {blob, label, commit, key} of missing) {
    const source = blobs.get(blob);
    versions.parsed.set(
      key,
      source === undefined
        ? {ok: false, problem: 'not in this clone'}
        : await parseVersion(source, label, versions.policyFile, stateAt(commit)),
    );
  }
}

function itemKey(record: LogRecord, earliest: boolean): string {
  return `${record.hash}:${record.oldBlob ?? '-'}:${record.newBlob ?? '-'}:${earliest ? 'earliest' : ''}`;
}

async function computeRecord({
  steps,
  previous,
  key,
  truncated,
  cwd,
  versions,
}: {
  steps: Step[];
  previous: CacheRecord | undefined;
  key: string;
  truncated: boolean;
  cwd: string;
  versions: Versions;
}): Promise<CacheRecord> {
  // Entries for commits seen before are reused: a commit and its two blobs always give the same entry.
  const reusable = new Map((previous?.items ?? []).map((item) => [item.key, item.entry]));
  const toCompute = steps.filter((item) => !reusable.has(item.key));
  const label = (record: LogRecord) => `${record.hash.slice(0, 7)}:${record.path}`;
  await readVersions(
    toCompute.flatMap(({record, earliest}) => [
      ...(record.newBlob ? [{blob: record.newBlob, label: label(record), commit: record.hash}] : []),
      ...(record.oldBlob && !earliest
        ? [
            {
              blob: record.oldBlob,
              label: `${record.parents[0]?.slice(0, 7) ?? 'parent'}:${record.previousPath ?? record.path}`,
              commit: record.parents[0],
            },
          ]
        : []),
    ]),
    cwd,
    versions,
  );
  const items = steps
    .map(({record, earliest, key: item}) => ({
      key: item,
      entry: reusable.get(item) ?? entryFor(record, earliest, versions),
    }))
    // A baseline commit before the policy extended that baseline (its creation, say) is not the policy's.
    .filter(
      ({entry}) =>
        entry.kind !== 'baseline' || entry.baselines.length > 0 || entry.changes.length > 0 || entry.problem,
    );
  return {format: CACHE_FORMAT, packageVersion: await packageVersion(), key, items, truncated};
}

/** The tracked baselines that differ between a commit and its parent: a new text or a new version. */
function upgradesIn(record: LogRecord, earliest: boolean, versions: Versions): BaselineUpgrade[] {
  const after = versions.states.get(record.hash);
  const before = record.parents[0] && !earliest ? versions.states.get(record.parents[0]) : undefined;
  if (!after || !before) return [];
  return versions.tracked.flatMap(({label}) => {
    const from = before.versions.get(label) ?? null;
    const to = after.versions.get(label) ?? null;
    // A baseline that appears or goes with `extends` itself is the policy file's change, said by its diff.
    if (!before.blobs.get(label) || !after.blobs.get(label)) return [];
    return before.blobs.get(label) !== after.blobs.get(label) || from !== to
      ? [{name: label, from, to, source: 'repository' as const}]
      : [];
  });
}

function entryFor(record: LogRecord, earliest: boolean, versions: Versions): HistoryEntry {
  const parsedAt = (blob: string | null, commit: string | undefined) =>
    blob
      ? versions.parsed.get(versionKey(blob, (commit && versions.states.get(commit)) || NO_BASELINES))
      : undefined;
  const after = parsedAt(record.newBlob, record.hash);
  const before = earliest ? undefined : parsedAt(record.oldBlob, record.parents[0]);
  const kind: HistoryEntry['kind'] = earliest
    ? 'earliest-in-clone'
    : record.status === 'B' || record.status === 'I'
      ? 'baseline'
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
  } else if (!earliest && record.status !== 'I') {
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
    baselines: [...upgradesIn(record, earliest, versions), ...(versions.installed.get(record.hash) ?? [])],
    version: after?.ok ? after.version : null,
    changes,
    problem,
  };
}

async function unreleasedChanges({
  policyFile,
  newest,
  newestCommit,
  newestVersion,
  working,
  cwd,
  versions,
  baselinesKey,
}: {
  policyFile: string;
  newest: LogRecord;
  /** The newest commit of the history (the policy file's or a baseline's): the baselines are read there. */
  newestCommit: string;
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
  await readBaselineStates([newestCommit], cwd, versions);
  const baselines = versions.states.get(newestCommit) ?? NO_BASELINES;
  const blobKey = `${versionKey(newest.newBlob, baselines)}:${baselinesKey}`;
  let committed = memory.newest.get(policyFile);
  if (!committed || committed.blob !== blobKey) {
    await readVersions(
      [{blob: newest.newBlob, label: `${newest.hash.slice(0, 7)}:${newest.path}`, commit: newestCommit}],
      cwd,
      versions,
    );
    committed = {blob: blobKey, parsed: versions.parsed.get(versionKey(newest.newBlob, baselines))!};
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
