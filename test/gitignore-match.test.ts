/**
 * `matchesPath` reads a config glob as git reads a `.gitignore` line: checked against git itself, for
 * hundreds of random globs over one tree of real files (`git ls-files --others --ignored`, which, like the
 * ignore files our exports write, never looks inside an ignored directory).
 */
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {matchesPath} from '../src/engine/gitignore-match.js';

/** Files only: `y/a` is a directory here and `a` a file there, so a directory-only glob has both to tell apart. */
const FILES = [
  'a',
  'ab',
  'b.pem',
  '.env',
  'x/a',
  'x/b',
  'x/a.pem',
  'x/.env',
  'x/secrets/k',
  'x/y/z/a',
  'x/y/ab',
  'y/a/b',
  'y/a/c.pem',
  'y/b',
  'y/x/a.pem',
  'secrets/prod.pem',
  'secrets/dev/a',
  'z/secrets.txt',
];

let repo: string;
beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'ai-policy-gitignore-'));
  execFileSync('git', ['init', '--quiet', repo]);
  for (const file of FILES) {
    mkdirSync(path.join(repo, path.dirname(file)), {recursive: true});
    writeFileSync(path.join(repo, file), '');
  }
});
afterAll(() => rmSync(repo, {recursive: true, force: true}));

/** The files git leaves out for one exclude pattern, as git itself decides. */
function ignoredByGit(pattern: string): string[] {
  const output = execFileSync('git', ['ls-files', '--others', '--ignored', `--exclude=${pattern}`, '-z'], {
    cwd: repo,
    encoding: 'utf8',
  });
  return output
    .split('\0')
    .filter((file) => file !== '')
    .sort();
}

const ours = (pattern: string) => FILES.filter((file) => matchesPath(pattern, file)).sort();

const SEGMENTS = [
  'a',
  'b',
  'ab',
  'x',
  'y',
  'z',
  'secrets',
  'dev',
  '.env',
  '*',
  '?',
  '**',
  'a*',
  '*b',
  '*.pem',
  '?.pem',
  '[ab]',
  '[!a]*',
  'secrets*',
];
const globs = fc
  .record({
    leadingSlash: fc.boolean(),
    segments: fc.array(fc.constantFrom(...SEGMENTS), {minLength: 1, maxLength: 4}),
    trailingSlash: fc.boolean(),
  })
  .map(
    ({leadingSlash, segments, trailingSlash}) =>
      `${leadingSlash ? '/' : ''}${segments.join('/')}${trailingSlash ? '/' : ''}`,
  );

describe('matchesPath', () => {
  it('leaves out exactly the files git leaves out, for examples a policy writes', () => {
    for (const pattern of [
      'secrets/',
      '*.pem',
      '/secrets/**',
      '**/secrets/**',
      'x/y/',
      'y/a',
      '.env',
      'secrets*',
      'z/*.txt',
      '**/a',
    ])
      expect(ours(pattern), pattern).toEqual(ignoredByGit(pattern));
  });

  it('agrees with git for hundreds of random globs', () => {
    fc.assert(
      fc.property(globs, (pattern) => {
        expect(ours(pattern), pattern).toEqual(ignoredByGit(pattern));
      }),
      {numRuns: 300},
    );
  });

  it('covers a file inside a matching directory, and not a sibling with a longer name', () => {
    expect(matchesPath('secrets/', 'app/secrets/prod/key.pem')).toBe(true);
    expect(matchesPath('secrets/', 'app/secrets')).toBe(false);
    expect(matchesPath('secrets', 'app/secrets-old/key')).toBe(false);
    expect(matchesPath('/config/prod.yml', 'sub/config/prod.yml')).toBe(false);
  });
});
