/**
 * Config `paths` are gitignore patterns relative to the repository root. The ignore files take them as they
 * are; Copilot (fnmatch patterns) and Claude Code (`Read(...)` rules) need them spelled out, because there a
 * pattern that names a directory does not obviously cover the files inside it.
 */
interface PatternShape {
  /** The pattern without a trailing slash. */
  body: string;
  /** A trailing slash: the pattern names directories only. */
  directory: boolean;
  /** gitignore anchors a pattern with a slash at its start or middle to the root. */
  anchored: boolean;
}

function shape(pattern: string): PatternShape {
  const directory = pattern.endsWith('/');
  const body = directory ? pattern.replace(/\/+$/, '') : pattern;
  const anchored = body.includes('/') && !body.startsWith('**/');
  return {body: body.replace(/^\/+/, ''), directory, anchored};
}

/** The pattern relative to the root, with `**\/` in front when gitignore would match it at any depth. */
function rooted({body, anchored}: PatternShape): string {
  return anchored || body.startsWith('**/') ? body : `**/${body}`;
}

/**
 * The pattern itself and, unless it already ends in `/**` or names files by extension (`*.pem`), the same
 * pattern as a directory, so a folder that matches is excluded with everything in it, as git does.
 */
function withContents(path: string, directory: boolean): string[] {
  if (directory) return [`${path}/**`];
  const last = path.split('/').at(-1) ?? '';
  if (path.endsWith('/**') || /^\*\.[^*?[\]/]+$/.test(last)) return [path];
  return [path, `${path}/**`];
}

/**
 * GitHub Copilot content exclusion: a leading `/` means the repository root, a pattern without a slash
 * matches anywhere, `**` crosses directories (fnmatch, case-insensitive).
 */
export function copilotPatterns(pattern: string): string[] {
  const parsed = shape(pattern);
  if (!parsed.anchored && !parsed.body.includes('/') && !parsed.directory)
    return withContents(parsed.body, false).map((path, index) => (index === 0 ? path : `**/${path}`));
  const path = parsed.anchored ? `/${parsed.body}` : rooted(parsed);
  return withContents(path, parsed.directory);
}

/**
 * Claude Code `Read(...)` rules: `./` is the folder Claude Code starts in, the repository root. A pattern
 * that git matches at any depth is written both at the root and below it, so neither reading of `**` in
 * front of a root file can leave it out.
 */
export function claudeReadRules(pattern: string): string[] {
  const parsed = shape(pattern);
  const tail = parsed.body.replace(/^(\*\*\/)+/, '');
  const paths = parsed.anchored
    ? [`./${parsed.body}`]
    : tail.includes('/')
      ? [`./**/${tail}`]
      : [`./${tail}`, `./**/${tail}`];
  return paths.flatMap((path) => withContents(path, parsed.directory)).map((path) => `Read(${path})`);
}
