/**
 * Where a commit can be opened in the browser: `<repo>/commit/<hash>`. The repository comes from the
 * plugin's `repoUrl` option, or from the classic preset's docs `editUrl` when it is a string that names a
 * repository (GitHub, GitLab, Gitea/Forgejo style: `<repo>/tree|blob|edit/<branch>/...`,
 * `<repo>/-/edit/<branch>/...`, `<repo>/src/branch/<branch>/...`). Only http(s) links are made.
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

const EDIT_URL = /^(https?:\/\/[^/?#]+\/[^/?#]+\/[^?#]+?)\/(?:-\/)?(?:tree|blob|edit|src\/branch)\/[^?#]+/;

/** The repository an `editUrl` points into, or null when it is not a recognisable repository URL. */
export function repoFromEditUrl(editUrl: string): string | null {
  const match = EDIT_URL.exec(editUrl.trim());
  return match ? normalizeRepoUrl(match[1]!) : null;
}

interface SiteConfigLike {
  presets?: unknown;
}

/** The docs `editUrl` of the classic preset in a site config, when it is a string. */
export function classicDocsEditUrl(siteConfig: SiteConfigLike): string | null {
  const presets = Array.isArray(siteConfig.presets) ? siteConfig.presets : [];
  for (const preset of presets) {
    if (!Array.isArray(preset)) continue;
    const [name, options] = preset as [unknown, unknown];
    if (typeof name !== 'string' || !/(^classic$|preset-classic)/.test(name)) continue;
    const docs = (options as {docs?: unknown} | undefined)?.docs;
    const editUrl = (docs as {editUrl?: unknown} | undefined)?.editUrl;
    if (typeof editUrl === 'string') return editUrl;
  }
  return null;
}

/** The base for commit links: the `repoUrl` option first, else the one the docs `editUrl` names. */
export function commitLinkBase(repoUrl: string | undefined, siteConfig: SiteConfigLike): string | null {
  if (repoUrl !== undefined) return normalizeRepoUrl(repoUrl);
  const editUrl = classicDocsEditUrl(siteConfig);
  return editUrl ? repoFromEditUrl(editUrl) : null;
}

export function commitUrl(base: string | null, hash: string): string | null {
  return base && /^[0-9a-f]{7,64}$/.test(hash) ? `${base}/commit/${hash}` : null;
}
