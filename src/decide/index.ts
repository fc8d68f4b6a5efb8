/**
 * `docusaurus-plugin-ai-policy/decide`: "may this tool receive this data class / this file?", answered
 * from the policy's decision table, for gateways, scripts, the CLI's `decide`, the MCP server and the agent
 * hooks. A light entry: it reads and validates the policy file and builds the decision table, nothing
 * else (no Docusaurus, no React, no sentences of the page); `test/decide.test.ts` walks its imports.
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {parsePolicyConfig} from '../config/parse.js';
import {PolicyConfigError} from '../config/problems.js';
import type {PolicyConfig} from '../config/schema.js';
import type {PathLocator} from '../diagnostics/findings.js';
import {createDecider, type DecideQuery, type Decider, type Decision} from '../engine/decide.js';

export type {DecideQuery, Decider, Decision, DecisionSource, PathRefusal} from '../engine/decide.js';
export {createDecider, normalizeRepoPath, UnknownDataClassError} from '../engine/decide.js';
export {PolicyConfigError};

export interface LoadedDecider extends Decider {
  /** The policy file, absolute. */
  file: string;
  config: PolicyConfig;
  /** The repository root that absolute paths in queries are made relative to. */
  root: string;
  /** Where a config path sits in the policy file (line and column), when it was read from one. */
  locate?: PathLocator;
}

export interface LoadDeciderOptions {
  /**
   * The repository root: `dataClasses[].paths` are relative to it, and an absolute path in a query is
   * made relative to it (a path outside it is refused). Default: the policy file's folder.
   */
  root?: string;
}

/**
 * Reads and validates a policy file (YAML or JSON) and returns its decider. Throws `PolicyConfigError`,
 * whose message is the located report, when the file is missing or invalid.
 */
export async function loadDecider(file: string, options: LoadDeciderOptions = {}): Promise<LoadedDecider> {
  const absolute = path.resolve(file);
  let source: string;
  try {
    source = await readFile(absolute, 'utf8');
  } catch (error) {
    throw new PolicyConfigError([
      {
        code: 'file-not-found',
        severity: 'error',
        path: [],
        file: absolute,
        line: 1,
        column: 1,
        message: `cannot read the policy file (${(error as NodeJS.ErrnoException).code ?? 'error'}); create one with \`npx ai-policy init\``,
      },
    ]);
  }
  const parsed = parsePolicyConfig(source, absolute);
  if (!parsed.ok) throw new PolicyConfigError(parsed.problems);
  return {
    ...deciderFor(parsed.config, absolute, path.resolve(options.root ?? path.dirname(absolute))),
    locate: parsed.locate,
  };
}

/** A decider for a config already parsed, whose absolute paths are read against `root`. */
export function deciderFor(config: PolicyConfig, file: string, root: string): LoadedDecider {
  const decider = createDecider(config);
  const relative = (query: DecideQuery): DecideQuery =>
    'path' in query && path.isAbsolute(query.path)
      ? {tool: query.tool, path: toRepoPath(root, query.path)}
      : query;
  return {
    file,
    config,
    root,
    decide: (query): Decision => decider.decide(relative(query)),
    classesOf: (repoPath) =>
      decider.classesOf(path.isAbsolute(repoPath) ? toRepoPath(root, repoPath) : repoPath),
  };
}

/** An absolute path as the repository sees it; `../…` (refused by `decide`) when it lies outside `root`. */
export function toRepoPath(root: string, absolute: string): string {
  const relative = path.relative(root, absolute);
  if (path.isAbsolute(relative)) return `../${path.basename(absolute)}`;
  return relative.split(path.sep).join('/');
}
