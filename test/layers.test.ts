/**
 * The layer order of ARCHITECTURE.md, as `npm run layers` checks it (dependency-cruiser with the rules in
 * `.dependency-cruiser.cjs`): the source passes, and a copy of it with forbidden imports planted fails,
 * naming each rule and import.
 */
import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEPCRUISE = path.join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

/** `npm run layers` in `root`: its exit status and what it printed. */
function checkLayers(root: string): {status: number | null; output: string} {
  const result = spawnSync(
    process.execPath,
    [DEPCRUISE, 'src', 'theme', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
    {cwd: root, encoding: 'utf8'},
  );
  return {status: result.status, output: `${result.stdout}${result.stderr}`};
}

/** A copy of what the check reads, with `files` added or replaced. */
function sourceCopy(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'ai-policy-layers-'));
  for (const name of [
    'src',
    'theme',
    'package.json',
    'tsconfig.json',
    'tsconfig.base.json',
    '.dependency-cruiser.cjs',
  ])
    cpSync(path.join(ROOT, name), path.join(root, name), {recursive: true});
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, name), text);
  return root;
}

describe('the layer check (npm run layers)', () => {
  it('passes on the source as it is', () => {
    const {status, output} = checkLayers(ROOT);
    expect(output).toContain('no dependency violations found');
    expect(status).toBe(0);
  }, 60_000);

  it('fails on imports against the documented order, naming each rule and import', () => {
    const root = sourceCopy({
      // A type-only import of a folder below: history/ reading the store, as it once did.
      'src/history/planted.ts':
        "import type {LoadedPolicy} from '../store/policy-store.js';\nexport type X = LoadedPolicy;\n",
      // Peers on one line of the order: diff/ and export/ import neither of each other.
      'src/diff/planted.ts':
        "import {exportPolicy} from '../export/index.js';\nexport const y = exportPolicy;\n",
      // The package entry, imported from a folder.
      'src/cli/planted.ts': "import plugin from '../index.js';\nexport const z = plugin;\n",
      // The pure engine reading a file.
      'src/engine/planted.ts': "import {readFileSync} from 'node:fs';\nexport const w = readFileSync;\n",
      // Two modules importing each other's values.
      'src/render/cycle-a.ts': "import {b} from './cycle-b.js';\nexport const a = () => b;\n",
      'src/render/cycle-b.ts': "import {a} from './cycle-a.js';\nexport const b = () => a;\n",
    });
    try {
      const {status, output} = checkLayers(root);
      expect(status).not.toBe(0);
      for (const line of [
        'error layer-order:history: src/history/planted.ts → src/store/policy-store.ts',
        'error layer-peers:diff: src/diff/planted.ts → src/export/index.ts',
        'error entry-on-top: src/cli/planted.ts → src/index.ts',
        'error pure-engine: src/engine/planted.ts → fs',
        // A cycle is listed module by module, one line each.
        'error no-value-cycle: src/render/cycle-a.ts → \n      src/render/cycle-b.ts',
      ])
        expect(output).toContain(line);
    } finally {
      rmSync(root, {recursive: true, force: true});
    }
  }, 60_000);
});
