/**
 * Whether a repository path falls under a config glob, read as git reads a line of `.gitignore` (the
 * language `dataClasses[].paths` is written in, and the one the ignore-file exports copy verbatim). Pure,
 * no I/O: `decide()` and the agent hooks ask it for every path a tool touches.
 *
 * The config refuses what would need more than this (negation, `#`, backslash escapes, `..`), so the
 * rules are: a trailing `/` names directories only; a `/` at the start or in the middle anchors the glob to
 * the root, otherwise it matches a name at any depth; `*` and `?` stay within one path segment, `[...]`
 * is a character class; `**` as a whole segment crosses any number of directories; and a path is covered
 * when it or any directory above it matches, because git does not look inside an ignored directory.
 * Matching is case-sensitive, as git's is by default; `test/gitignore-match.test.ts` checks it against
 * `git check-ignore` itself.
 */

interface CompiledGlob {
  regex: RegExp;
  directoryOnly: boolean;
  /** Matches a whole path from the root, rather than the last segment at any depth. */
  anchored: boolean;
}

const compiled = new Map<string, CompiledGlob | null>();

/** One segment's wildcards as a regular expression source: `*`, `?` and `[...]` never cross a `/`. */
function segmentSource(segment: string): string {
  let source = '';
  for (let index = 0; index < segment.length; index++) {
    const char = segment[index]!;
    if (char === '*') {
      // Runs of `*` inside a segment are one `*`: only a whole-segment `**` crosses directories.
      while (segment[index + 1] === '*') index++;
      source += '[^/]*';
    } else if (char === '?') source += '[^/]';
    else if (char === '[') {
      const end = classEnd(segment, index);
      if (end === -1) source += '\\[';
      else {
        let body = segment.slice(index + 1, end);
        const negated = body.startsWith('!') || body.startsWith('^');
        if (negated) body = body.slice(1);
        // `]` first in the class is a literal; escape what a JS class would read differently.
        const escaped = body.replace(/[\\\]^]/g, (match) => `\\${match}`);
        source += negated ? `(?!/)[^${escaped}]` : `[${escaped}]`;
        index = end;
      }
    } else source += char.replace(/[.+^${}()|\\\]]/g, (match) => `\\${match}`);
  }
  return source;
}

/** The index of the `]` that closes the class opened at `start`, or -1 when it is not closed in the segment. */
function classEnd(segment: string, start: number): number {
  let index = start + 1;
  if (segment[index] === '!' || segment[index] === '^') index++;
  if (segment[index] === ']') index++;
  return segment.indexOf(']', index);
}

function compile(pattern: string): CompiledGlob | null {
  // git drops trailing spaces (the config cannot escape them); a blank line matches nothing.
  let body = pattern.replace(/ +$/, '');
  const directoryOnly = body.endsWith('/');
  body = body.replace(/\/+$/, '');
  if (body === '') return null;
  const anchored = body.includes('/');
  body = body.replace(/^\/+/, '');
  const segments = body
    .split('/')
    .filter((segment, index, all) => segment !== '' || index === all.length - 1);
  let source = '';
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1;
    if (segment === '**') {
      // Leading `**/` and middle `/**/`: zero or more whole directories; trailing `/**`: everything inside.
      source += last ? (index === 0 ? '.*' : '.+') : '(?:[^/]+/)*';
    } else source += segmentSource(segment) + (last ? '' : '/');
  }
  return {regex: new RegExp(`^${source}$`), directoryOnly, anchored};
}

/** The last path asked about, split once: `decide()` asks every glob about the same path in a row. */
let lastPath: string | null = null;
let lastSegments: string[] = [];
let lastPrefixes: string[] = [];

/**
 * True when `repoPath` (relative to the repository root, `/`-separated, no `.` or `..` segments) is covered
 * by `pattern`. The path is read as a file; every directory above it is read as a directory.
 */
export function matchesPath(pattern: string, repoPath: string): boolean {
  let glob = compiled.get(pattern);
  if (glob === undefined) {
    glob = compile(pattern);
    compiled.set(pattern, glob);
  }
  if (glob === null) return false;
  if (repoPath !== lastPath) {
    lastPath = repoPath;
    lastSegments = repoPath.split('/');
    lastPrefixes = lastSegments.map((_, index) => lastSegments.slice(0, index + 1).join('/'));
  }
  // The path itself (unless the glob names directories only), then each directory above it.
  for (let end = lastSegments.length; end >= 1; end--) {
    if (end === lastSegments.length && glob.directoryOnly) continue;
    const candidate = glob.anchored ? lastPrefixes[end - 1]! : lastSegments[end - 1]!;
    if (glob.regex.test(candidate)) return true;
  }
  return false;
}
