/**
 * A real git repository in a test's temporary folder, with one known author and none of the machine's
 * git config (signing, hooks, default branch), so the history the plugin reads is the same everywhere.
 */
import {execFileSync} from 'node:child_process';

const AUTHOR = {name: 'Priya', email: 'priya@acme.example'};

export interface GitRepository {
  /** Stages every file and commits it; `date` (YYYY-MM-DD) fixes the author and committer dates. */
  commit(message: string, date?: string): void;
}

/** `git init` in `root` (which must exist), on branch main. */
export function gitRepository(root: string): GitRepository {
  const git = (args: string[], env: Record<string, string> = {}) =>
    execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_AUTHOR_NAME: AUTHOR.name,
        GIT_AUTHOR_EMAIL: AUTHOR.email,
        GIT_COMMITTER_NAME: AUTHOR.name,
        GIT_COMMITTER_EMAIL: AUTHOR.email,
        ...env,
      },
    });
  git(['init', '-q', '-b', 'main']);
  const commit = (message: string, date?: string) => {
    git(['add', '-A']);
    const at = `${date}T10:00:00+00:00`;
    git(
      ['commit', '-q', '-m', message],
      date === undefined ? {} : {GIT_AUTHOR_DATE: at, GIT_COMMITTER_DATE: at},
    );
  };
  return {commit};
}
