import {createHash} from 'node:crypto';
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {renderOscal} from '../export/oscal.js';
import {loadPolicy} from '../store/policy-store.js';
import type {PublishedFile} from './enforce-files.js';

/**
 * The downloads sit next to the policy page: `/ai-policy` → `/ai-policy.md`, `/ai-policy.json` and (with
 * the `controls` option) `/ai-policy.oscal.json`.
 * `assetBase` is the route base path without its leading slash (`ai-policy`, or `policies/ai`).
 */
export function downloadAssetBase(routeBasePath: string): string {
  return routeBasePath.replace(/^\/+/, '');
}

export interface DownloadFiles {
  markdown: string;
  json: string;
  /** The OSCAL component definition; written when the `controls` option is on. */
  oscal: string;
}

export function downloadFileNames(routeBasePath: string): DownloadFiles {
  const base = downloadAssetBase(routeBasePath);
  return {markdown: `${base}.md`, json: `${base}.json`, oscal: `${base}.oscal.json`};
}

/** The OSCAL download's text: the same file `ai-policy export --target oscal` writes. */
export function oscalDownload(policy: {
  document: Parameters<typeof renderOscal>[0];
  version: string;
}): string {
  // export/ imports no Node built-in: the SHA-1 of its UUIDs comes from here.
  return renderOscal(policy.document, {
    version: policy.version,
    sha1: (bytes) => createHash('sha1').update(bytes).digest(),
  });
}

/** Download URLs as readers follow them: under the site's baseUrl (which always ends with a slash). */
export function downloadUrls(
  baseUrl: string,
  routeBasePath: string,
  {controls}: {controls: boolean},
): {markdown: string; json: string; oscal: string | null} {
  const files = downloadFileNames(routeBasePath);
  return {
    markdown: `${baseUrl}${files.markdown}`,
    json: `${baseUrl}${files.json}`,
    oscal: controls ? `${baseUrl}${files.oscal}` : null,
  };
}

/**
 * Writes the downloads into a finished build: the `.md` and `.json`, and the enforcement files under
 * `<routeBasePath>/enforce/`. Everything is rendered before anything is written.
 */
export async function writeDownloads({
  outDir,
  routeBasePath,
  markdown,
  json,
  oscal = null,
  enforce = [],
}: {
  outDir: string;
  routeBasePath: string;
  markdown: string;
  json: string;
  /** The OSCAL component definition; null when the `controls` option is off. */
  oscal?: string | null;
  enforce?: PublishedFile[];
}): Promise<void> {
  const files = downloadFileNames(routeBasePath);
  const markdownPath = path.join(outDir, files.markdown);
  await mkdir(path.dirname(markdownPath), {recursive: true});
  await Promise.all([
    writeFile(markdownPath, markdown),
    writeFile(path.join(outDir, files.json), json),
    ...(oscal === null ? [] : [writeFile(path.join(outDir, files.oscal), oscal)]),
  ]);
  for (const file of enforce) {
    const target = path.join(outDir, file.name);
    await mkdir(path.dirname(target), {recursive: true});
    await writeFile(target, file.content);
  }
}

// The slice of the webpack/Rspack compiler API the dev plugin uses; both bundlers implement it.
interface RawSourceConstructor {
  new (source: string): unknown;
}
interface DevCompilation {
  hooks: {processAssets: {tapPromise(options: {name: string; stage: number}, fn: () => Promise<void>): void}};
  fileDependencies: {add(file: string): void};
  getAsset(name: string): unknown;
  emitAsset(name: string, source: unknown): void;
  updateAsset(name: string, source: unknown): void;
}
interface DevCompiler {
  webpack: {
    sources: {RawSource: RawSourceConstructor};
    Compilation: {PROCESS_ASSETS_STAGE_ADDITIONAL: number};
  };
  hooks: {thisCompilation: {tap(name: string, fn: (compilation: DevCompilation) => void): void}};
}

const DEV_PLUGIN_NAME = 'AiPolicyDownloadsPlugin';

/**
 * Serves the `.md` and `.json` downloads and the enforcement files in `docusaurus start`, where there is no `postBuild`: the client
 * compilation emits them as assets, so the dev server serves them at the same URLs as a build does.
 *
 * The policy is read at emit time, not when the bundler config is created (Docusaurus creates it once per
 * `start`), and the policy file is a file dependency of the compilation, so an edit recompiles and the
 * downloads stay in step with the pages. An invalid policy emits nothing new: the plugin's `loadContent`
 * already reports the problems.
 */
export class PolicyDownloadsDevPlugin {
  constructor(private readonly options: {policyFile: string; routeBasePath: string; controls: boolean}) {}

  apply(compiler: DevCompiler): void {
    const {RawSource} = compiler.webpack.sources;
    const files = downloadFileNames(this.options.routeBasePath);
    compiler.hooks.thisCompilation.tap(DEV_PLUGIN_NAME, (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        {name: DEV_PLUGIN_NAME, stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL},
        async () => {
          compilation.fileDependencies.add(this.options.policyFile);
          let policy: Awaited<ReturnType<typeof loadPolicy>>;
          try {
            policy = await loadPolicy(this.options.policyFile);
          } catch {
            return;
          }
          const emit = (name: string, text: string) => {
            const source = new RawSource(text);
            if (compilation.getAsset(name)) compilation.updateAsset(name, source);
            else compilation.emitAsset(name, source);
          };
          emit(files.markdown, policy.markdown);
          emit(files.json, policy.json);
          if (this.options.controls) emit(files.oscal, oscalDownload(policy));
          // The export renderers, on the first emit: a page's route data never needs them.
          const {enforceFiles} = await import('./enforce-files.js');
          for (const file of enforceFiles(
            policy.document,
            this.options.routeBasePath,
            this.options.policyFile,
          ))
            emit(file.name, file.content);
        },
      );
    });
  }
}
