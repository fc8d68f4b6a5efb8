/**
 * The agent hooks start a process on every tool call, and reading YAML and validating it (the `yaml` and
 * `zod` packages) costs more than the rest of the answer together. So a policy that validated once is kept
 * as its validated config, under the hash of the file's exact text and this package's version; the next
 * process with the same file reads that JSON and builds the decision table without loading either package.
 * Any change to the file or the package is a new key, so a stale answer cannot be served; a cache that
 * cannot be read or written is simply not used.
 */
import {createHash} from 'node:crypto';
import {mkdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {PolicyConfig} from '../config/schema.js';
import {deciderFor, type LoadedDecider} from './decider.js';

/** Bumped when the cached shape changes. */
const CACHE_FORMAT = 1;

const packageVersion = (): string =>
  (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string})
    .version;

/**
 * The decider for a policy file, from the cache when the file's text was validated before, else through the
 * full loader (`loadDecider`, which throws the located `PolicyConfigError`), caching what validated.
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
  // The key is the file's text alone, which does not cover the baselines a file extends: such a file is
  // validated on every call (an edit of its baseline must never be answered from a stale cache).
  const extendsBaselines = source !== null && /^\s*["']?extends["']?\s*:/m.test(source);
  const key =
    source === null || extendsBaselines
      ? null
      : createHash('sha256')
          .update(`${CACHE_FORMAT}\u0000${packageVersion()}\u0000${absolute}\u0000${source}`)
          .digest('hex');
  const entry = key === null ? null : path.join(cacheDir, `policy-${key.slice(0, 32)}.json`);
  if (entry) {
    try {
      return deciderFor(JSON.parse(readFileSync(entry, 'utf8')) as PolicyConfig, absolute, root);
    } catch {
      // Not cached yet (or unreadable): validate.
    }
  }
  const {loadDecider} = await import('./index.js');
  const loaded = await loadDecider(absolute, {root});
  if (entry) {
    try {
      mkdirSync(cacheDir, {recursive: true});
      // Written aside and renamed, so a concurrent hook never reads half a file.
      const partial = `${entry}.${process.pid}.tmp`;
      writeFileSync(partial, JSON.stringify(loaded.config));
      renameSync(partial, entry);
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
