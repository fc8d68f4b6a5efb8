import {existsSync} from 'node:fs';
import path from 'node:path';
import type {PolicyDocument} from '../engine/model.js';
import {exportPolicy} from '../export/index.js';

/** A file the site publishes: its path below the build directory, and its text. */
export interface PublishedFile {
  name: string;
  content: string;
}

/**
 * The policy file as the generated hooks and headers name it: relative to the repository root (the nearest
 * folder with `.git` above it), as `ai-policy export` run at the root writes it; relative to its own folder
 * when it is in no repository.
 */
export function repositoryRelativePolicyFile(policyFile: string): string {
  let dir = path.dirname(policyFile);
  for (;;) {
    if (existsSync(path.join(dir, '.git'))) return path.relative(dir, policyFile).split(path.sep).join('/');
    const parent = path.dirname(dir);
    if (parent === dir) return path.basename(policyFile);
    dir = parent;
  }
}

/**
 * The enforcement files (`ai-policy export --target all`) under `<routeBasePath>/enforce/`, with the same
 * paths they have in a repository: `/ai-policy/enforce/.cursorignore`, `/ai-policy/enforce/.claude/settings.json`.
 */
export function enforceFiles(
  document: PolicyDocument,
  routeBasePath: string,
  policyFile: string,
): PublishedFile[] {
  // As `downloadAssetBase`: the route base path without its leading slash.
  const base = `${routeBasePath.replace(/^\/+/, '')}/enforce`;
  return exportPolicy(document, {policyFile: repositoryRelativePolicyFile(policyFile)}).files.map((file) => ({
    name: `${base}/${file.path}`,
    content: file.content,
  }));
}
