/**
 * `ai-policy decide`: the decision table's answer for a tool and a class or files, with an exit status a
 * script can gate on (0 allowed, 2 refused, 1 for a mistake), driven in-process and once as the real binary.
 */
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {runCliCaptured} from './support/cli.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SITE = path.join(ROOT, 'example-site');
const decide = (...argv: string[]) => runCliCaptured(['decide', ...argv], {cwd: SITE});

describe('ai-policy decide', () => {
  it('answers a class: exit 0 when the tool may receive it, 2 when not, with the reason', async () => {
    const yes = await decide('--tool', 'GitHub Copilot Business', '--class', 'confidential');
    expect(yes).toMatchObject({code: 0, stderr: ''});
    expect(yes.stdout).toBe(
      'allowed  confidential  GitHub Copilot Business × confidential (Internal code, designs and business documents): allowed [allowed]\n',
    );
    const no = await decide('--tool', 'github copilot business', '--class', 'phi');
    expect(no.code).toBe(2);
    expect(no.stdout).toMatch(/^refused {2}phi {2}GitHub Copilot Business × phi .*\[agreement-too-weak\]\n$/);
  });

  it('answers several paths, refused when any is, and says when no glob names a path', async () => {
    const run = await decide('--tool', 'Cursor', '--path', 'README.md', '--path', 'secrets/prod.pem');
    expect(run.code).toBe(2);
    expect(run.stdout.split('\n')).toEqual([
      'allowed  README.md  Cursor × public (Public information and open-source code); no glob names this path: the least sensitive class: allowed [allowed]',
      'refused  secrets/prod.pem  Cursor × secrets (Credentials, keys and secrets): this class never goes into an AI tool [class-never]',
      '',
    ]);
  });

  it('prints JSON with the query beside each answer', async () => {
    const run = await decide('--tool', 'Windsurf', '--path', 'data/patients/p.json', '--format', 'json');
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual([
      expect.objectContaining({
        path: 'data/patients/p.json',
        allowed: false,
        reason: 'unlisted-ceiling',
        tool: null,
        toolStatus: 'unlisted',
        class: 'phi',
        classifiedBy: 'paths',
      }),
    ]);
  });

  it('refuses a path outside the repository', async () => {
    const run = await decide('--tool', 'Claude / Claude Code', '--path', '../../etc/passwd');
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/\[outside-repository\]\n$/);
  });

  it('reports an unknown class at the policy’s dataClasses, with the ids and a suggestion, exit 1', async () => {
    const run = await decide('--tool', 'Cursor', '--class', 'secret');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    // The example site's classes are set by the baseline its policy extends: the location points there.
    const baseline = path.join(ROOT, 'example-baseline', 'ai-policy.yml');
    expect(run.stderr).toBe(
      `ai-policy: ${baseline}:81:3  dataClasses  --class "secret" is not a data class of this policy; classes: public, confidential, phi, secrets (did you mean "secrets"?)\n`,
    );
  });

  it('rejects a command line that asks nothing or two things, exit 1', async () => {
    for (const argv of [
      ['--class', 'public'],
      ['--tool', 'Cursor'],
      ['--tool', 'Cursor', '--class', 'public', '--path', 'a'],
    ]) {
      const run = await decide(...argv);
      expect(run.code, argv.join(' ')).toBe(1);
      expect(run.stderr).toMatch(
        /^ai-policy: (--tool is required|give either --class <id> or one or more --path)/,
      );
    }
  });

  it('exits 2 from the real binary when refused', () => {
    const bin = path.join(ROOT, 'lib', 'cli', 'main.js');
    expect(existsSync(bin), 'lib/cli/main.js is missing: run `npm run build` first').toBe(true);
    const run = spawnSync(
      process.execPath,
      [bin, 'decide', '--tool', 'Cursor', '--path', 'services/api/x.ts'],
      {
        cwd: SITE,
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^refused {2}services\/api\/x\.ts {2}Cursor × confidential/);
  });
});
