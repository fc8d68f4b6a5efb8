/**
 * Shared helpers for tests that build a real Docusaurus site: copy a site into a scratch directory inside
 * the repository (so `docusaurus-plugin-ai-policy` and Docusaurus resolve from the root node_modules), and
 * run the real `docusaurus` CLI on it.
 */
import {spawn} from 'node:child_process';
import {cp, mkdir, mkdtemp, rm} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const EXAMPLE_SITE = path.join(REPO_ROOT, 'example-site');
/** Git-ignored scratch space for site copies, inside the repository so they resolve its node_modules. */
export const TMP_ROOT = path.join(REPO_ROOT, 'test', '.tmp');

const require = createRequire(import.meta.url);
const DOCUSAURUS_CLI = require.resolve('@docusaurus/core/bin/docusaurus.mjs');

/** Generated or installed directories a site copy must not carry over. */
const NOT_COPIED = new Set(['node_modules', 'build', '.docusaurus', '.cache-loader']);

/**
 * A fresh, empty directory for build output, in the OS temp dir. Not inside this repository: Docusaurus
 * writes its server bundle as CommonJS `.js` into the output directory and requires it for static
 * rendering, which fails under the root package.json's `"type": "module"` ("exports is not defined").
 */
export async function outputDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `ai-policy-${prefix}-`));
}

/** Copies a site's sources (not its build output or caches) into a new scratch directory. */
export async function copySite(sourceDir: string, prefix = 'site'): Promise<string> {
  await mkdir(TMP_ROOT, {recursive: true});
  // The copy keeps the site's own package.json (no "type"), which scopes its files as the original's are.
  const target = await mkdtemp(path.join(TMP_ROOT, `${prefix}-`));
  await cp(sourceDir, target, {
    recursive: true,
    filter: (source) => !NOT_COPIED.has(path.basename(source)),
  });
  return target;
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, {recursive: true, force: true});
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  durationMs: number;
}

/** Runs the real `docusaurus` CLI in `siteDir` and collects its output; never rejects on a failed build. */
export function runDocusaurus(
  siteDir: string,
  args: string[],
  {env = {}, timeoutMs = 240_000}: {env?: Record<string, string>; timeoutMs?: number} = {},
): Promise<CliRun> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [DOCUSAURUS_CLI, ...args], {
      cwd: siteDir,
      // No colours: assertions read plain text. No update notifier or telemetry-like network calls.
      env: {...process.env, FORCE_COLOR: '0', NO_COLOR: '1', NO_UPDATE_NOTIFIER: '1', ...env},
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({code, stdout, stderr, durationMs: Date.now() - started});
    });
  });
}

/** `docusaurus build --out-dir <outDir>`. */
export function buildSite(
  siteDir: string,
  outDir: string,
  options?: {env?: Record<string, string>},
): Promise<CliRun> {
  return runDocusaurus(siteDir, ['build', '--out-dir', outDir], options);
}

/** Strips tags and decodes the few entities React emits, for "does the page say X" assertions. */
export function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
