/**
 * The history page of a policy that extends a baseline the repository tracks (issue #29): each commit is
 * read with the baseline as it was at that commit, and a commit that changed only the baseline is an entry
 * that names the upgrade and says what it changed in the resolved policy. Real git, in a temporary
 * repository: a workspace package linked into the site's node_modules, and a path baseline.
 */
import {mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {describeChange} from '../src/diff/describe.js';
import {inlineText} from '../src/engine/inline.js';
import {historyStats, loadPolicyHistory, resetHistoryMemory} from '../src/history/load.js';
import {loadPolicy} from '../src/store/policy-store.js';
import {gitRepository} from './support/git-repository.js';

const TEMP = realpathSync(mkdtempSync(path.join(tmpdir(), 'ai-policy-history-baseline-')));
afterAll(() => rmSync(TEMP, {recursive: true, force: true}));

const BASELINE = (cursorCeiling: string) => `organization: Northwind
effectiveDate: 2026-06-15
tools:
  - {name: Claude, agreement: enterprise, maxDataClass: internal}
  - {name: Cursor, agreement: enterprise, maxDataClass: ${cursorCeiling}}
review: {cadence: quarterly}
`;

function write(root: string, files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), {recursive: true});
    writeFileSync(path.join(root, name), text);
  }
}

function repository(name: string) {
  const root = path.join(TEMP, name);
  mkdirSync(root, {recursive: true});
  return {root, ...gitRepository(root)};
}

async function historyOf(policyFile: string, cacheDir: string | null = null) {
  resetHistoryMemory();
  const policy = await loadPolicy(policyFile);
  return loadPolicyHistory({
    policyFile,
    displayFile: 'ai-policy.yml',
    working: {config: policy.config, document: policy.document, version: policy.version},
    cacheDir,
    baselinesKey: policy.provenance?.baselines.map(({hash}) => hash).join(',') ?? '',
    baselines: (policy.provenance?.baselines ?? []).map(({name}, index) => ({
      file: policy.files[index + 1]!,
      label: name,
    })),
  });
}

const words = (change: Parameters<typeof describeChange>[0]) => inlineText(describeChange(change));

describe('the history of a site whose baseline is a workspace package', () => {
  const {root, commit} = repository('workspace');
  const manifest = (version: string) =>
    `${JSON.stringify({name: '@northwind/ai-policy-baseline', version, aiPolicy: 'ai-policy.yml'}, null, 2)}\n`;
  write(root, {
    '.gitignore': 'node_modules/\n',
    'baseline/package.json': manifest('1.2.0'),
    'baseline/ai-policy.yml': BASELINE('internal'),
    'site/ai-policy.yml': 'extends: "@northwind/ai-policy-baseline"\n',
  });
  // What `npm install` makes of a `file:` or workspace dependency: a link into the repository.
  mkdirSync(path.join(root, 'site', 'node_modules', '@northwind'), {recursive: true});
  symlinkSync(
    path.join(root, 'baseline'),
    path.join(root, 'site', 'node_modules', '@northwind', 'ai-policy-baseline'),
  );
  commit('Adopt the organization baseline', '2026-01-10');
  write(root, {'baseline/package.json': manifest('1.3.0'), 'baseline/ai-policy.yml': BASELINE('public')});
  commit('Baseline 1.3.0: Cursor for public data only', '2026-02-10');
  write(root, {
    'site/ai-policy.yml': 'extends: "@northwind/ai-policy-baseline"\nreview: {cadence: monthly}\n',
  });
  commit('Review the handbook monthly', '2026-03-10');
  const policyFile = path.join(root, 'site', 'ai-policy.yml');

  it('shows the baseline upgrade as an entry that names it and says what it changed', async () => {
    const history = await historyOf(policyFile);
    expect(history.entries.map(({subject, kind}) => [subject, kind])).toEqual([
      ['Review the handbook monthly', 'changed'],
      ['Baseline 1.3.0: Cursor for public data only', 'baseline'],
      ['Adopt the organization baseline', 'created'],
    ]);
    const [team, upgrade, created] = history.entries;
    expect(upgrade!.baselines).toEqual([
      {name: '@northwind/ai-policy-baseline', from: '1.2.0', to: '1.3.0', source: 'repository'},
    ]);
    expect(upgrade!.problem).toBeNull();
    expect(upgrade!.changes.map((change) => change.code)).toContain('tool-ceiling-changed');
    expect(upgrade!.changes.map(words).join('\n')).toContain('Cursor');
    // The team's own commit changed only the cadence: the baseline's change is not counted twice.
    expect(team!.changes.map((change) => change.code)).toEqual(['review-cadence-changed']);
    expect(team!.baselines).toEqual([]);
    // The first version is the policy over the baseline as it was then, not as it is now.
    expect(created!.version).not.toBe(upgrade!.version);
    expect(history.unreleased).toBeNull();
  });

  it('shows an uncommitted baseline edit as unreleased changes of the policy', async () => {
    write(root, {'baseline/ai-policy.yml': BASELINE('restricted')});
    try {
      const history = await historyOf(policyFile);
      expect(history.unreleased?.changes.map((change) => change.code)).toContain('tool-ceiling-changed');
    } finally {
      write(root, {'baseline/ai-policy.yml': BASELINE('public')});
    }
  });
});

describe('the history of a site whose baseline is a file beside it', () => {
  it('names a changed path baseline without a version', async () => {
    const {root, commit} = repository('path');
    write(root, {'org/base.yml': BASELINE('internal'), 'site/ai-policy.yml': 'extends: ../org/base.yml\n'});
    commit('Adopt the baseline', '2026-01-10');
    write(root, {'org/base.yml': BASELINE('public')});
    commit('Cursor for public data only', '2026-02-10');
    const history = await historyOf(path.join(root, 'site', 'ai-policy.yml'));
    const [upgrade] = history.entries;
    expect(upgrade).toMatchObject({
      kind: 'baseline',
      baselines: [{name: '../org/base.yml', from: null, to: null, source: 'repository'}],
    });
    expect(upgrade!.changes.map((change) => change.code)).toContain('tool-ceiling-changed');
  });
});

describe('the history of a site whose baseline is installed from a registry', () => {
  // What `npm install @acme/ai-policy` leaves: the package under an ignored node_modules, its version in the
  // committed package-lock.json (lockfile version 3).
  const lockfile = (packages: Record<string, string>) =>
    `${JSON.stringify(
      {
        name: 'handbook',
        version: '1.0.0',
        lockfileVersion: 3,
        requires: true,
        packages: {
          '': {
            name: 'handbook',
            version: '1.0.0',
            dependencies: Object.fromEntries(
              Object.keys(packages).map((name) => [name, `^${packages[name]}`]),
            ),
          },
          ...Object.fromEntries(
            Object.entries(packages).map(([name, version]) => [
              `node_modules/${name}`,
              {
                version,
                resolved: `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${version}.tgz`,
              },
            ]),
          ),
        },
      },
      null,
      2,
    )}\n`;
  const installed = (root: string, version: string) =>
    write(root, {
      'site/node_modules/@acme/ai-policy/package.json': `${JSON.stringify({name: '@acme/ai-policy', version, aiPolicy: 'ai-policy.yml'})}\n`,
      'site/node_modules/@acme/ai-policy/ai-policy.yml': BASELINE('public'),
    });

  it('names the upgrade from the lockfile, says it cannot be diffed, and ignores other lockfile changes', async () => {
    const {root, commit} = repository('registry');
    write(root, {
      '.gitignore': 'node_modules/\n',
      'site/ai-policy.yml': 'extends: "@acme/ai-policy"\n',
      'site/package-lock.json': lockfile({'@acme/ai-policy': '1.2.0'}),
    });
    installed(root, '1.2.0');
    commit('Adopt the Acme baseline', '2026-01-10');
    write(root, {'site/package-lock.json': lockfile({'@acme/ai-policy': '1.2.0', 'left-pad': '1.3.0'})});
    commit('Add left-pad', '2026-02-10');
    write(root, {'site/package-lock.json': lockfile({'@acme/ai-policy': '1.3.0', 'left-pad': '1.3.0'})});
    installed(root, '1.3.0');
    commit('Upgrade the Acme baseline', '2026-03-10');
    write(root, {'site/package-lock.json': lockfile({'@acme/ai-policy': '1.3.0', 'left-pad': '1.3.1'})});
    commit('Bump left-pad', '2026-04-10');
    write(root, {
      'site/ai-policy.yml': 'extends: "@acme/ai-policy"\nreview: {cadence: monthly}\n',
      // A nested field before the version, as a hand-edited lockfile might have: still read.
      'site/package-lock.json': lockfile({'@acme/ai-policy': '1.4.0', 'left-pad': '1.3.1'}).replace(
        '"node_modules/@acme/ai-policy": {',
        '"node_modules/@acme/ai-policy": {"engines": {"node": ">=20"},',
      ),
    });
    installed(root, '1.4.0');
    commit('Baseline 1.4.0, and a monthly review', '2026-05-10');
    const policyFile = path.join(root, 'site', 'ai-policy.yml');

    const readsBefore = historyStats().lockfileReads;
    const history = await historyOf(policyFile);
    // The two left-pad commits are not entries: they did not change the baseline's version.
    expect(history.entries.map(({subject, kind}) => [subject, kind])).toEqual([
      ['Baseline 1.4.0, and a monthly review', 'changed'],
      ['Upgrade the Acme baseline', 'baseline'],
      ['Adopt the Acme baseline', 'created'],
    ]);
    const [both, upgrade, created] = history.entries;
    // A commit of the policy file that also upgraded the package: its own change, and the upgrade named.
    expect(both!.changes.map((change) => change.code)).toEqual(['review-cadence-changed']);
    expect(both!.baselines).toEqual([
      {name: '@acme/ai-policy', from: '1.3.0', to: '1.4.0', source: 'lockfile'},
    ]);
    expect(upgrade!.baselines).toEqual([
      {name: '@acme/ai-policy', from: '1.2.0', to: '1.3.0', source: 'lockfile'},
    ]);
    // The text of 1.2.0 is not on the machine: no changes are invented, and no version is claimed.
    expect(upgrade!.changes).toEqual([]);
    expect(upgrade!.version).toBeNull();
    expect(created!.baselines).toEqual([]);
    // One read per lockfile version: five commits, five blobs.
    expect(historyStats().lockfileReads - readsBefore).toBe(5);

    // The next build process, with the cache: the same entries, and no lockfile blob read again.
    const cacheDir = path.join(TEMP, 'registry-cache');
    await historyOf(policyFile, cacheDir);
    const reads = historyStats().lockfileReads;
    expect((await historyOf(policyFile, cacheDir)).entries).toEqual(history.entries);
    expect(historyStats().lockfileReads).toBe(reads);
  });
});
