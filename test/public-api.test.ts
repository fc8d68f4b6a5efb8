import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import * as entry from '../src/index.js';
import * as remark from '../src/remark/index.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, unknown>;
};

describe('the public API', () => {
  it('the package entry exports the plugin, its validation, the version hash and the diff, nothing internal', () => {
    expect(Object.keys(entry).sort()).toEqual([
      'default',
      'describeChange',
      'diffPolicies',
      'getSwizzleConfig',
      'policyVersion',
      'renderDiffMarkdown',
      'validateOptions',
    ]);
  });

  it('`/remark` exports the remark plugin only (the bundler rule is the Docusaurus plugin’s own)', () => {
    expect(Object.keys(remark).sort()).toEqual(['default', 'remarkAiPolicy']);
  });

  it('publishes exactly the documented entry points', () => {
    expect(Object.keys(pkg.exports)).toEqual([
      '.',
      './remark',
      './client',
      './link-target',
      './builder',
      './decide',
      './builder/choices',
      './package.json',
      './theme',
      './schema.json',
    ]);
  });

  it('`/decide` exports the loader, the pure decider and the errors a caller handles', async () => {
    const decide = await import('../src/decide/index.js');
    expect(Object.keys(decide).sort()).toEqual([
      'PolicyConfigError',
      'UnknownDataClassError',
      'createDecider',
      'deciderFor',
      'loadDecider',
      'normalizeRepoPath',
      'toRepoPath',
    ]);
  });

  it('declares PolicyJson, the JSON download’s contract, in the built types', () => {
    const declarations = readFileSync(new URL('../lib/index.d.ts', import.meta.url), 'utf8');
    expect(declarations).toMatch(/export type \{ PolicyJson \} from '\.\/render\/json\.js';/);
    const json = readFileSync(new URL('../lib/render/json.d.ts', import.meta.url), 'utf8');
    expect(json).toMatch(/export interface PolicyJson \{/);
    expect(json).toMatch(/decisions: PolicyFacts\['decisions'\];/);
  });
});
