/**
 * The real `docusaurus` CLI as child processes: a build, `serve` for the built site and `start` for the dev
 * server. Each server runs in its own process group, so stopping it also stops the bundler's workers, and
 * every server started here is stopped on exit, also when the run fails or is interrupted.
 */
import {spawn} from 'node:child_process';
import {createRequire} from 'node:module';
import net from 'node:net';

const require = createRequire(import.meta.url);
export const DOCUSAURUS_CLI = require.resolve('@docusaurus/core/bin/docusaurus.mjs');

/** Everything started here that may still be running. */
const running = new Set();

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape sequences start with ESC.
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

export function stripAnsi(text) {
  return text.replace(ANSI, '');
}

/** The CLI's environment: no colours, no notifier, no browser, and none of the test runner's NODE_ENV. */
function cliEnv(extra) {
  const env = {
    ...process.env,
    FORCE_COLOR: '0',
    NO_COLOR: '1',
    NO_UPDATE_NOTIFIER: '1',
    BROWSER: 'none',
    ...extra,
  };
  // `docusaurus start` misbehaves under NODE_ENV=test (what test runners set); let the CLI choose.
  delete env.NODE_ENV;
  return env;
}

/**
 * Starts `docusaurus <args>` in its own process group and collects its output (ANSI stripped) in
 * `proc.output`. `proc.exited` resolves with the exit code.
 */
export function startDocusaurus(args, {cwd, env = {}, label}) {
  const child = spawn(process.execPath, [DOCUSAURUS_CLI, ...args], {
    cwd,
    env: cliEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const proc = {
    label,
    child,
    output: '',
    exitCode: undefined,
    exited: undefined,
  };
  const append = (chunk) => {
    proc.output += stripAnsi(chunk.toString());
  };
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  proc.exited = new Promise((resolve) => {
    child.on('error', (error) => {
      proc.output += `\n[spawn error] ${error.message}\n`;
      proc.exitCode = -1;
      running.delete(proc);
      resolve(-1);
    });
    child.on('exit', (code, signal) => {
      proc.exitCode = code ?? signal;
      running.delete(proc);
      resolve(proc.exitCode);
    });
  });
  running.add(proc);
  return proc;
}

/** Runs `docusaurus <args>` to completion, or stops it after `timeoutMs`. */
export async function runDocusaurus(args, {timeoutMs = 300_000, ...options}) {
  const proc = startDocusaurus(args, options);
  const timer = setTimeout(() => {
    proc.output += `\n[stopped after ${timeoutMs} ms]\n`;
    void stopProcess(proc);
  }, timeoutMs);
  const code = await proc.exited;
  clearTimeout(timer);
  return {code, output: proc.output};
}

/** Stops a server's whole process group: SIGTERM, then SIGKILL if it has not exited in time. */
export async function stopProcess(proc, graceMs = 5000) {
  if (!proc || proc.exitCode !== undefined) return;
  const group = -proc.child.pid;
  try {
    process.kill(group, 'SIGTERM');
  } catch {
    return;
  }
  const timedOut = await Promise.race([
    proc.exited.then(() => false),
    new Promise((resolve) => setTimeout(() => resolve(true), graceMs)),
  ]);
  // Workers in the group can outlive the leader; SIGKILL the group whatever the leader did.
  try {
    process.kill(group, 'SIGKILL');
  } catch {
    // Already gone.
  }
  if (timedOut) await proc.exited;
}

export async function stopAll() {
  await Promise.all([...running].map((proc) => stopProcess(proc)));
}

/** Last-resort cleanup for abrupt exits: synchronous, so it also works from an 'exit' handler. */
export function killAllSync() {
  for (const proc of running) {
    try {
      process.kill(-proc.child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Waits until `url` answers 200 and `ready(output)` holds, failing early (with the server's output) if the
 * server exits first.
 */
export async function waitForServer(proc, url, {timeoutMs = 120_000, ready = () => true} = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.exitCode !== undefined) {
      throw new Error(`${proc.label} exited (${proc.exitCode}) before serving ${url}:\n${proc.output}`);
    }
    try {
      const response = await fetch(url, {signal: AbortSignal.timeout(5000)});
      if (response.status === 200 && ready(proc.output)) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`${proc.label} did not serve ${url} within ${timeoutMs} ms:\n${proc.output}`);
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
