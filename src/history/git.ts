import {execFile} from 'node:child_process';

/** Why a git command did not give an answer, in terms the history page and the CLI can explain. */
export type GitFailureKind = 'no-git' | 'not-a-repository' | 'failed';

export class GitError extends Error {
  constructor(
    readonly kind: GitFailureKind,
    message: string,
    /** git's own first line of stderr, for the reader who wants the detail. */
    readonly detail: string,
  ) {
    super(message);
    this.name = 'GitError';
  }
}

/**
 * Settings that make git's output machine-readable whatever the user's git config says: no colour, no
 * signature lines in `log`, no pager, paths not quoted, messages in English (they are matched below).
 */
const CONFIG = ['-c', 'color.ui=false', '-c', 'log.showSignature=false', '-c', 'core.quotePath=false'];
const ENV = {
  GIT_TERMINAL_PROMPT: '0',
  GIT_OPTIONAL_LOCKS: '0',
  GIT_PAGER: 'cat',
  LC_ALL: 'C',
  LANGUAGE: 'C',
};

/**
 * Runs `git` from the PATH with `execFile` (no shell: arguments are never parsed by one), in `cwd`, and
 * returns stdout as a Buffer. `input` is written to git's stdin. Rejects with a `GitError`.
 */
export function runGit(args: string[], {cwd, input}: {cwd: string; input?: string}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      [...CONFIG, ...args],
      {
        cwd,
        encoding: 'buffer',
        maxBuffer: 256 * 1024 * 1024,
        timeout: 60_000,
        windowsHide: true,
        env: {...process.env, ...ENV},
      },
      (error, stdout, stderr) => {
        if (!error) {
          resolve(stdout);
          return;
        }
        reject(classify(error as NodeJS.ErrnoException, stderr.toString('utf8')));
      },
    );
    // git may exit before reading its input (a bad cwd); the callback reports that, not an EPIPE.
    child.stdin?.on('error', () => {});
    if (input !== undefined) child.stdin?.end(input);
    else child.stdin?.end();
  });
}

function classify(error: NodeJS.ErrnoException, stderr: string): GitError {
  const detail =
    stderr
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? error.message;
  if (error.code === 'ENOENT')
    return new GitError('no-git', 'git is not installed or not on the PATH', detail);
  if (/not a git repository/i.test(stderr))
    return new GitError('not-a-repository', 'not inside a git repository', detail);
  return new GitError('failed', `git ${detail}`, detail);
}
