/**
 * A decider bound to a policy file and a repository root, without the parser: what the loader returns, and
 * what the agent hooks build from a cached config without loading `yaml` or `zod`.
 */
import path from 'node:path';
import type {PolicyConfig} from '../config/schema.js';
import type {PathLocator} from '../diagnostics/findings.js';
import {createDecider, type DecideQuery, type Decider, type Decision} from '../engine/decide.js';

export interface LoadedDecider extends Decider {
  /** The policy file, absolute. */
  file: string;
  config: PolicyConfig;
  /** The repository root that absolute paths in queries are made relative to. */
  root: string;
  /** Where a config path sits in the policy file (line and column), when it was read from one. */
  locate?: PathLocator;
  /** Every file the policy was resolved from: the policy file, then the baselines it extends. */
  files?: readonly string[];
}

export interface LoadDeciderOptions {
  /**
   * The repository root: `dataClasses[].paths` are relative to it, and an absolute path in a query is
   * made relative to it (a path outside it is refused). Default: the policy file's folder.
   */
  root?: string;
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
