/**
 * `docusaurus-plugin-ai-policy/decide`: "may this tool receive this data class / this file?", answered
 * from the policy's decision table, for gateways, scripts, the CLI's `decide`, the MCP server and the agent
 * hooks. A light entry: it reads and validates the policy file and builds the decision table, nothing
 * else (no Docusaurus, no React, no sentences of the page); `test/decide.test.ts` walks its imports.
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {parseWithBaselines} from '../config/layers.js';
import {PolicyConfigError} from '../config/problems.js';
import {deciderFor, type LoadDeciderOptions, type LoadedDecider} from './decider.js';

export type {DecideQuery, Decider, Decision, DecisionSource, PathRefusal} from '../engine/decide.js';
export {createDecider, normalizeRepoPath, UnknownDataClassError} from '../engine/decide.js';
export type {EffectiveRule} from '../engine/decisions.js';
export {deciderFor, type LoadDeciderOptions, type LoadedDecider, toRepoPath} from './decider.js';
export {PolicyConfigError};

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
  // A file that extends baselines is decided as the policy it resolves to.
  const parsed = await parseWithBaselines(source, absolute, {
    readText: (baseline) => readFile(baseline, 'utf8'),
    display: (shown) => shown,
  });
  if (!parsed.ok) throw new PolicyConfigError(parsed.problems);
  return {
    ...deciderFor(parsed.config, absolute, path.resolve(options.root ?? path.dirname(absolute))),
    locate: parsed.locate,
    files: parsed.files,
  };
}
