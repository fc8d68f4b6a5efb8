/**
 * `npm start -- --port <n> --locale fr` at the repository root, as a Docusaurus user types it: the
 * arguments must reach the example site's `docusaurus start` (an npm script chain used to hand `--port` to
 * npm and the number to Docusaurus as a site directory). Runs the real script through npm; the dev server
 * must answer on that port, in that locale.
 */
import {type ChildProcess, spawn} from 'node:child_process';
import {setTimeout as delay} from 'node:timers/promises';
import {afterAll, describe, expect, it} from 'vitest';
import {REPO_ROOT} from './helpers/site.js';
import {freePort} from './support/free-port.js';

function withoutNodeEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const {NODE_ENV: _ignored, ...rest} = env;
  return rest;
}

describe('npm start at the repository root', () => {
  let server: ChildProcess | undefined;
  let output = '';

  afterAll(async () => {
    const pid = server?.pid;
    if (pid === undefined || server?.exitCode !== null) return;
    process.kill(-pid, 'SIGTERM');
    await delay(1000);
    if (server.exitCode === null && server.signalCode === null) process.kill(-pid, 'SIGKILL');
  });

  it('passes --port and --locale through to docusaurus start', async () => {
    const port = await freePort();
    server = spawn(
      'npm',
      ['start', '--', '--port', String(port), '--host', '127.0.0.1', '--locale', 'fr', '--no-open'],
      {
        cwd: REPO_ROOT,
        detached: true,
        // Without vitest's NODE_ENV=test, as a user's shell runs it (browserslist has no "test" environment).
        env: {...withoutNodeEnv(process.env), FORCE_COLOR: '0', NO_COLOR: '1', BROWSER: 'none'},
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    server.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    server.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    let html = '';
    const deadline = Date.now() + 240_000;
    while (Date.now() < deadline && server.exitCode === null) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/fr/ai-policy`);
        if (response.ok) {
          html = await response.text();
          break;
        }
      } catch {
        // not listening yet
      }
      await delay(1000);
    }
    expect(output).not.toMatch(/no such file or directory|site dir/i);
    expect(html, output).toContain('<html');
    expect(html).toContain('lang="fr"');
  }, 300_000);
});
