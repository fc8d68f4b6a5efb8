import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
// @ts-expect-error: a plain ESM script without types; its one export is exercised here.
import {checkLayers} from '../scripts/check-layers.mjs';

type Check = (options?: {root?: string; dirs?: string[]}) => {problems: string[]};
const check = checkLayers as Check;

async function tree(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'layers-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), {recursive: true});
    await writeFile(path.join(root, name), text);
  }
  return root;
}

describe('the layering check in npm test', () => {
  it('passes on the source as it is', () => {
    expect(check().problems).toEqual([]);
  });

  it('names both imports of a folder cycle, type-only ones included', async () => {
    const root = await tree({
      'src/config/schema.ts': "import type {Finding} from '../engine/model.js';\nexport const x = 1;\n",
      'src/engine/model.ts': "import {x} from '../config/schema.js';\nexport type Finding = typeof x;\n",
    });
    try {
      expect(check({root, dirs: ['src']}).problems).toEqual([
        'folders import each other: src/config, src/engine\n' +
          '    src/config/schema.ts → src/engine/model.ts\n' +
          '    src/engine/model.ts → src/config/schema.ts',
      ]);
    } finally {
      await rm(root, {recursive: true, force: true});
    }
  });

  it('finds a value cycle between two files of one folder, and the package entry imported from below', async () => {
    const root = await tree({
      'src/index.ts': "export {run} from './cli/run.js';\n",
      'src/cli/run.ts': "import {init} from './init.js';\nexport const run = () => init;\n",
      'src/cli/init.ts':
        "import {run} from './run.js';\nimport '../index.js';\nexport const init = () => run;\n",
    });
    try {
      expect(check({root, dirs: ['src']}).problems).toEqual([
        "src/cli/init.ts imports src/index.ts, the package's entry, from a folder below it",
        'folders import each other: src/cli, src/index.ts\n' +
          '    src/cli/init.ts → src/index.ts\n' +
          '    src/index.ts → src/cli/run.ts',
        "files import each other's values: src/cli/init.ts, src/cli/run.ts, src/index.ts",
      ]);
    } finally {
      await rm(root, {recursive: true, force: true});
    }
  });
});
