import {createHash} from 'node:crypto';
import {mkdir, readFile, realpath, rename, writeFile} from 'node:fs/promises';
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
const CACHE_FORMAT = 2;

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
  baselines = [],
}: LoadHistoryOptions): Promise<PolicyHistory> {
  const cwd = path.dirname(policyFile);
  const file = path.basename(policyFile);
  // Side by side: whether the clone is shallow, the file's log (following renames), the remotes, and which
  // baselines the repository tracks (with their own log).
  memory.gitLogRuns++;
  const [shallowOutput, logOutput, remotesOutput, tracked] = await Promise.all([
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
    trackedBaselines(baselines, cwd),
  ]);
  const repository = repoFromRemotes(remotesOutput.toString('utf8'));
  const shallow = shallowOutput.toString('utf8').trim() === 'true';
  const records = parseLog(logOutput.toString('utf8'));
  const baselineRecords = await baselineLog(tracked, cwd);
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
  const key = `${records[0]!.hash}:${records.length}:${baselineRecords[0]?.hash ?? '-'}:${baselineRecords.length}:${shallow}:${baselinesKey}`;
  const cacheFile = cacheDir
    ? path.join(
        cacheDir,
        `history-${createHash('sha256').update(policyFile).digest('hex').slice(0, 16)}.json`,
      )
    : null;

  const versions: Versions = {policyFile, parsed: new Map(), tracked, states: new Map()};
  const steps = await timeline(records, baselineRecords, truncated, cwd);
  let record = memory.records.get(policyFile) ?? (cacheFile ? await readCache(cacheFile) : undefined);
  if (!record || record.key !== key) {
    // Entries computed against other baselines are not reused.
    const previous = record?.key.endsWith(`:${baselinesKey}`) ? record : undefined;
    record = await computeRecord({steps, previous, key, truncated, cwd, versions});
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
  const output = await runGit(
    [
      'log',
      '--raw',
      '--no-abbrev',
      '--no-color',
      '--encoding=UTF-8',
      `--format=${LOG_FORMAT}`,
      '--',
      ...paths.map((each) => `:(top)${each}`),
    ],
    {cwd},
  );
  return parseLog(output.toString('utf8'));
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
  truncated: boolean,
  cwd: string,
): Promise<Step[]> {
  const own = new Set(records.map((record) => record.hash));
  const dated = (record: LogRecord) => Date.parse(record.authorDate);
  const merged = [...records, ...baselineRecords.filter((record) => !own.has(record.hash))].sort(
    (a, b) => dated(b) - dated(a),
  );
  const baselineOnly: Array<{record: LogRecord; policyPath: string}> = [];
  for (const [index, record] of merged.entries()) {
    if (own.has(record.hash)) continue;
    const older = merged.slice(index + 1).find((candidate) => own.has(candidate.hash));
    if (older?.newBlob) baselineOnly.push({record, policyPath: older.path});
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
    return before.blobs.get(label) !== after.blobs.get(label) || from !== to ? [{name: label, from, to}] : [];
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
    : record.status === 'B'
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
    baselines: upgradesIn(record, earliest, versions),
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
