/**
 * The test scripts themselves: `npm run test:unit` selects a vitest project by name, so that project has
 * to exist, and every test file has to belong to exactly one project (or `npm test` would skip it).
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import config from '../vitest.config.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Project {
  test: {name: string; include: string[]; exclude?: string[]};
}
const projects = (config.test?.projects ?? []) as Project[];

/** `test/x.test.ts` paths; the configs list plain paths or `test/**\/*.test.ts`, which is all we match. */
function matches(pattern: string, file: string): boolean {
  if (pattern === file) return true;
  if (pattern === 'test/**/*.test.ts') return file.startsWith('test/') && file.endsWith('.test.ts');
  if (pattern.endsWith('/**')) return file.startsWith(pattern.slice(0, -2));
  return false;
}

describe('vitest projects', () => {
  it('defines the project that `npm run test:unit` selects', () => {
    const scripts = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts;
    const selected = /--project (\S+)/.exec(scripts['test:unit'])?.[1];
    expect(selected).toBe('unit');
    expect(projects.map((project) => project.test.name)).toEqual(['unit', 'integration']);
  });

  it('puts every test file in exactly one project, and no Docusaurus build in the unit project', () => {
    const files = readdirSync(path.join(ROOT, 'test'))
      .filter((name) => name.endsWith('.test.ts'))
      .map((name) => `test/${name}`);
    const owners = (file: string) =>
      projects
        .filter(({test}) => test.include.some((pattern) => matches(pattern, file)))
        .filter(({test}) => !(test.exclude ?? []).some((pattern) => matches(pattern, file)))
        .map(({test}) => test.name);
    for (const file of files) expect(owners(file), file).toHaveLength(1);
    // The slow files (real `docusaurus build`, `npm pack`) are the ones that need a site helper or a tarball.
    for (const file of files) {
      const source = readFileSync(path.join(ROOT, file), 'utf8');
      if (/helpers\/site\.js|support\/pack\.js/.test(source))
        expect(owners(file), file).toEqual(['integration']);
    }
  });
});
