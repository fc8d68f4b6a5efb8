import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import Module, {createRequire} from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

/**
 * The package's Node bundles (`scripts/bundle-node.mjs`) are CommonJS files that this module compiles with
 * V8's code cache, `<bundle>.v8-cache`, which the build writes after a warm-up run
 * (`scripts/write-code-caches.mjs`). Node 20 keeps no compile cache of its own, and compiling a bundle's
 * functions was a fifth of a small `ai-policy check` and of the plugin's start in a build.
 *
 * The cache file starts with the SHA-256 of the source it was made from: V8 checks only the source's
 * length, and a cache made for other code of the same length must never run.
 */
const HASH_BYTES = 32;

export interface CompiledBundle<Exports> {
  exports: Exports;
  /** Whether V8 used the cache: false when there is none, or it is for another source, Node or V8 flags. */
  cacheUsed: boolean;
  /** The cache file's content for the code compiled so far: what the build writes. */
  codeCache(): Buffer;
}

export const codeCacheFile = (bundleFile: string) => `${bundleFile}.v8-cache`;

/**
 * Compiles and runs a bundle once per process, with its code cache when one matches and without it
 * otherwise. Once per process, not per module instance: Docusaurus loads the package's entries through
 * jiti, which evaluates this module again for each, and the plugin and the remark plugin must share the
 * one policy store the bundle holds.
 */
export function loadCompiledBundle<Exports>(
  bundleFile: string,
  cacheFile: string = codeCacheFile(bundleFile),
): CompiledBundle<Exports> {
  const key = Symbol.for(`docusaurus-plugin-ai-policy.bundle:${bundleFile}`);
  const slots = globalThis as unknown as Record<symbol, CompiledBundle<Exports> | undefined>;
  slots[key] ??= compile<Exports>(bundleFile, cacheFile);
  return slots[key];
}

function compile<Exports>(bundleFile: string, cacheFile: string): CompiledBundle<Exports> {
  const source = readFileSync(bundleFile, 'utf8');
  const hash = createHash('sha256').update(source).digest();
  const cachedData = readCache(cacheFile, hash);
  const script = new vm.Script(Module.wrap(source), {
    filename: bundleFile,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = {exports: {}};
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  const require = createRequire(bundleFile);
  wrapper.call(module.exports, module.exports, require, module, bundleFile, path.dirname(bundleFile));
  return {
    exports: module.exports as Exports,
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
