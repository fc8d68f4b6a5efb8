import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import Module, {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import vm from 'node:vm';
import type * as Run from './run.js';

/** The CLI in one CommonJS file (`scripts/bundle-node.mjs`). */
export const CLI_BUNDLE = fileURLToPath(new URL('../bundle/cli.cjs', import.meta.url));

/**
 * V8's compiled code for `CLI_BUNDLE`, written by `npm run build` after a warm-up run
 * (`scripts/cli-code-cache.mjs`). Node 20 keeps no compile cache of its own, and compiling the bundle's
 * functions was a fifth of a small `ai-policy check`.
 */
export const CLI_CODE_CACHE = `${CLI_BUNDLE}.v8-cache`;

/**
 * The cache file starts with the SHA-256 of the source it was made from: V8 checks only the source's
 * length, and a cache for other code of the same length must never run.
 */
const HASH_BYTES = 32;

export interface LoadedCliBundle {
  cli: typeof Run;
  script: vm.Script;
  /** Whether V8 used the cache: false when there is none, or it is for another source, Node or V8 flags. */
  cacheUsed: boolean;
  /** The cache file's content for the compiled code as it stands now: what the build writes. */
  codeCache(): Buffer;
}

/** Compiles and runs the CLI bundle, with V8's code cache when one matches; without it otherwise. */
export function loadCliBundle(cacheFile: string = CLI_CODE_CACHE): LoadedCliBundle {
  const source = readFileSync(CLI_BUNDLE, 'utf8');
  const hash = createHash('sha256').update(source).digest();
  const cachedData = readCache(cacheFile, hash);
  const script = new vm.Script(Module.wrap(source), {
    filename: CLI_BUNDLE,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = {exports: {}};
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(
    module.exports,
    module.exports,
    createRequire(CLI_BUNDLE),
    module,
    CLI_BUNDLE,
    path.dirname(CLI_BUNDLE),
  );
  return {
    cli: module.exports as typeof Run,
    script,
    cacheUsed: cachedData !== undefined && !script.cachedDataRejected,
    codeCache: () => Buffer.concat([hash, script.createCachedData()]),
  };
}

function readCache(cacheFile: string, hash: Buffer): Buffer | undefined {
  let content: Buffer;
  try {
    content = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  if (content.length <= HASH_BYTES || !content.subarray(0, HASH_BYTES).equals(hash)) return undefined;
  return content.subarray(HASH_BYTES);
}
