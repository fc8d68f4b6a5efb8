/**
 * Where a commit can be opened in the browser: `<repo>/commit/<hash>`. The repository comes from the
 * plugin's `repoUrl` option, or from the git remote of the repository that holds the policy file (`origin`,
 * or the only remote). Only http(s) links are made.
 */

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The repository's web address without a trailing slash or `.git`, or null. */
export function normalizeRepoUrl(value: string): string | null {
  const trimmed = value
    .trim()
    .replace(/\/+$/, '')
    .replace(/\.git$/, '');
  return isHttpUrl(trimmed) ? trimmed : null;
}

/**
 * The web address of a git remote URL, or null when it names no web host (a local path, `file:`). Handles
 * `https://host/owner/repo.git`, `ssh://git@host:22/owner/repo.git` and the scp form
 * `git@host:owner/repo.git`; user names, passwords and tokens in the remote are dropped, never published.
 */
export function repoFromRemoteUrl(remote: string): string | null {
  const trimmed = remote.trim();
  const scp = /^[\w.-]+@([\w.-]+):(?!\/\/)([^\\?#\s]+)$/.exec(trimmed);
  if (scp) return normalizeRepoUrl(`https://${scp[1]}/${scp[2]!.replace(/^\/+/, '')}`);
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (!['https:', 'http:', 'ssh:', 'git:', 'git+ssh:', 'ssh+git:'].includes(url.protocol)) return null;
  if (url.hostname === '' || url.pathname.replace(/\/+/g, '') === '') return null;
  const scheme = url.protocol === 'http:' ? 'http' : 'https';
  // The port of an ssh or git remote is not the web server's; an http(s) remote keeps its own.
  const port = url.protocol === 'http:' || url.protocol === 'https:' ? url.port : '';
  return normalizeRepoUrl(`${scheme}://${url.hostname}${port ? `:${port}` : ''}${url.pathname}`);
}

/**
 * The base for commit links: the `repoUrl` option first, else the web address of the policy file's own git
 * remote. Nothing else: a docs `editUrl` may be the site template's placeholder, and a commit link to the
 * wrong repository is worse than none.
 */
export function commitLinkBase(repoUrl: string | undefined, remoteRepository: string | null): string | null {
  if (repoUrl !== undefined) return normalizeRepoUrl(repoUrl);
  return remoteRepository;
}

export function commitUrl(base: string | null, hash: string): string | null {
  return base && /^[0-9a-f]{7,64}$/.test(hash) ? `${base}/commit/${hash}` : null;
}

/**
 * The repository's web address from `git config --get-regexp '^remote\..*\.url$'` output: `origin`'s, or
 * the only remote's; null when there is none or several without an `origin` (that would be a guess).
 */
export function repoFromRemotes(configOutput: string): string | null {
  const remotes = new Map<string, string>();
  for (const line of configOutput.split('\n')) {
    const match = /^remote\.(.+)\.url (.+)$/.exec(line.trim());
    if (match && !remotes.has(match[1]!)) remotes.set(match[1]!, match[2]!);
  }
  const url = remotes.get('origin') ?? (remotes.size === 1 ? [...remotes.values()][0]! : undefined);
  return url === undefined ? null : repoFromRemoteUrl(url);
}
