/**
 * `ai-policy` run in this process, as the terminal would run it, with its output captured: the CLI's own
 * `runCli` (not the built binary), so a test sees the source it is testing.
 */
import {PassThrough, Readable} from 'node:stream';
import {runCli} from '../../src/cli/run.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCliCaptured(
  argv: string[],
  {cwd, stdin = ''}: {cwd: string; stdin?: string},
): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (chunk) => out.push(String(chunk)));
  stderr.on('data', (chunk) => err.push(String(chunk)));
  const code = await runCli(argv, {cwd, stdout, stderr, stdin: Readable.from([stdin])});
  return {code, stdout: out.join(''), stderr: err.join('')};
}
