/**
 * The agent hooks start a process on every tool call, and reading YAML and validating it (the `yaml` and
 * `zod` packages) costs more than the rest of the answer together. So a policy that validated once is kept
 * as its validated config, under the hash of the policy file's exact text and this package's version, with
 * the hash of every baseline it extends; the next process reads that JSON, checks each baseline's hash, and
 * builds the decision table without loading either package. Any change to the policy file, a baseline or
 * the package misses the cache, so a stale answer cannot be served; a cache that cannot be read or written
 * is simply not used.
 */
import {createHash} from 'node:crypto';
import {mkdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {PolicyConfig} from '../config/schema.js';
import {deciderFor, type LoadedDecider} from './decider.js';

/** Bumped when the cached shape changes. */
const CACHE_FORMAT = 2;

interface CacheEntry {
  /** The baselines the policy resolved through, each with the SHA-256 of its text when it validated. */
  baselines: Array<{file: string; sha256: string}>;
  config: PolicyConfig;
}

const packageVersion = (): string =>
  (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string})
    .version;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A file's text hash now, or null when it cannot be read (a baseline that went away misses the cache). */
function currentHash(file: string): string | null {
  try {
    return sha256(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * The decider for a policy file, from the cache when the file's text (and each baseline's) was validated
 * before, else through the full loader (`loadDecider`, which throws the located `PolicyConfigError`),
 * caching what validated.
 */
export async function loadDeciderCached(
  file: string,
  {root, cacheDir}: {root: string; cacheDir: string},
): Promise<LoadedDecider> {
  const absolute = path.resolve(file);
  let source: string | null = null;
  try {
    source = readFileSync(absolute, 'utf8');
  } catch {
    // Missing or unreadable: the full loader reports it.
  }
  const key =
    source === null
      ? null
      : sha256(`${CACHE_FORMAT}\u0000${packageVersion()}\u0000${absolute}\u0000${source}`);
  const entryFile = key === null ? null : path.join(cacheDir, `policy-${key.slice(0, 32)}.json`);
  if (entryFile) {
    try {
      const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as CacheEntry;
      if (entry.baselines.every(({file: baseline, sha256: hash}) => currentHash(baseline) === hash))
        return deciderFor(entry.config, absolute, root);
    } catch {
      // Not cached yet (or unreadable): validate.
    }
  }
  const {loadDecider} = await import('./index.js');
  const loaded = await loadDecider(absolute, {root});
  if (entryFile) {
    try {
      const baselines = (loaded.files ?? []).slice(1).map((baseline) => ({
        file: baseline,
        sha256: sha256(readFileSync(baseline, 'utf8')),
      }));
      const entry: CacheEntry = {baselines, config: loaded.config};
      mkdirSync(cacheDir, {recursive: true});
      // Written aside and renamed, so a concurrent hook never reads half a file.
      const partial = `${entryFile}.${process.pid}.tmp`;
      writeFileSync(partial, JSON.stringify(entry));
      renameSync(partial, entryFile);
    } catch {
      // A read-only checkout: every call validates, which is slower but as correct.
    }
  }
  return loaded;
}

/** Where the hooks keep validated policies: the repository's `node_modules/.cache`, the usual place. */
export function hookCacheDir(root: string): string {
  return path.join(root, 'node_modules', '.cache', 'docusaurus-plugin-ai-policy');
}
