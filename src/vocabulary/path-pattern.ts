/**
 * The path language of `dataClasses[].paths`, in one place: what a pattern means, which patterns are
 * refused and why, whether a repository path matches, and how each export target spells it.
 *
 * The language is literal paths plus two wildcards, relative to the repository root:
 * - every character stands for itself (`app/patients/[id]/page.tsx` names that file; brackets, spaces,
 *   `(` and unicode are plain characters), except
 * - `*`, any run of characters inside one name (not `/`; it matches a leading dot too), and
 * - `**` as a whole name: any number of folders, none included.
 * A pattern without a `/` before its end (`*.pem`, `.env`, `config/`) matches at any depth; any other
 * pattern starts at the root (a leading `/` anchors a single name: `/README.md`). A pattern that matches a
 * folder covers everything inside it, and a trailing `/` means the folder's contents.
 *
 * Every target has other syntax (gitignore escapes, Claude Code's rule brackets, fnmatch, regexes), so the
 * translations live here too, and a form one target cannot express is refused rather than dropped. This
 * module imports nothing: the config validates with it, the exports translate with it, and `decide` matches
 * with it.
 */

/** One name of a pattern: `**`, or literal text with `*` wildcards (kept as a list of literal pieces). */
type Segment = {kind: 'any-folders'} | {kind: 'name'; pieces: string[]};

export interface PathPattern {
  /** The pattern as written. */
  source: string;
  /** Its names from the root; an any-depth pattern starts with `**`, a folder's contents end with `**`. */
  segments: Segment[];
}

export interface PathPatternProblem {
  /** What is wrong, in a sentence. */
  message: string;
  /** The pattern to write instead, when there is one. */
  suggestion?: string;
  /** `message` as a message of `messages/<locale>/config.yml` (`config.<id>`), for a report in another language. */
  say: {id: string; slots?: Record<string, string>};
}

/** Why a pattern is refused, or null when it is valid. */
export function pathPatternProblem(pattern: string): PathPatternProblem | null {
  const result = parsePathPattern(pattern);
  return 'message' in result ? result : null;
}

/** Parses a pattern; a refused one gives the reason and, when there is one, the form to write. */
export function parsePathPattern(pattern: string): PathPattern | PathPatternProblem {
  const refuse = (
    id: string,
    message: string,
    suggestion?: string,
    slots?: Record<string, string>,
  ): PathPatternProblem => {
    const say = {id: `path.${id}`, ...(slots && {slots})};
    return suggestion === undefined || suggestion === '' || suggestion === pattern
      ? {message, say}
      : {message, suggestion, say};
  };

  if (pattern === '')
    return refuse('empty', 'expected a repository path, e.g. secrets/**, got an empty string');
  if ([...pattern].some((char) => char < ' ' || char === '\u007f'))
    return refuse('control', 'expected a path on one line, without control characters');
  if (pattern.includes('\\'))
    return refuse(
      'backslash',
      'expected forward slashes only: a backslash is an escape in some targets and a separator in others',
      pattern.replace(/\\/g, '/'),
    );
  if (pattern.startsWith('!'))
    return refuse('negation', 'negation ("!") is not supported: list only the paths that hold the class');
  if (pattern.startsWith('#'))
    return refuse('comment', 'a path cannot start with "#": ignore files read that line as a comment');
  if (pattern.trim() !== pattern)
    return refuse(
      'space',
      'expected no space at the start or end: ignore files drop trailing spaces, so the path would mean another file',
      pattern.trim(),
    );
  if (pattern.startsWith('./'))
    return refuse(
      'dot-slash',
      'expected a path from the repository root without "./": it already starts there',
      pattern.replace(/^(\.\/)+/, ''),
    );
  if (pattern.includes(')'))
    return refuse(
      'parenthesis',
      'a path cannot hold ")": Claude Code’s permission rules end at the first ")"; name the folder above it, or put * where the ")" is',
      pattern.replace(/\)/g, '*'),
    );
  if (pattern.includes('?'))
    return refuse(
      'question-mark',
      'a path cannot hold "?": it is a wildcard in some targets and a plain character in others; write * instead',
      pattern.replace(/\?/g, '*'),
    );

  const anchoredByRoot = pattern.startsWith('/');
  const folder = pattern.endsWith('/');
  const body = pattern.replace(/^\/+/, '').replace(/\/+$/, '');
  if (body === '') return refuse('root', 'expected a path inside the repository, not its root');
  const names = body.split('/');
  if (names.includes('..'))
    return refuse('parent', 'expected a path inside the repository, without ".." segments');
  if (names.includes('.'))
    return refuse(
      'dot',
      'expected no "." segments: write the path without them',
      names.filter((name) => name !== '.').join('/'),
    );
  if (names.includes(''))
    return refuse('double-slash', 'expected one "/" between names', names.filter(Boolean).join('/'));
  for (const name of names)
    if (name !== '**' && name.includes('**'))
      return refuse(
        'double-star',
        `"**" must be a whole name (folders at any depth); in "${name}" write * instead`,
        names.map((part) => (part === name ? part.replace(/\*{2,}/g, '*') : part)).join('/'),
        {name},
      );

  const segments: Segment[] = names.map((name) =>
    name === '**' ? {kind: 'any-folders'} : {kind: 'name', pieces: name.split('*')},
  );
  // gitignore's rule: without a slash before the end, a pattern names a file or folder at any depth.
  if (!anchoredByRoot && names.length === 1 && segments[0]!.kind === 'name')
    segments.unshift({kind: 'any-folders'});
  if (folder && segments.at(-1)!.kind !== 'any-folders') segments.push({kind: 'any-folders'});
  // `**/**` is `**`.
  const merged = segments.filter(
    (segment, index) => !(segment.kind === 'any-folders' && segments[index - 1]?.kind === 'any-folders'),
  );
  return {source: pattern, segments: merged};
}

function parsedOrThrow(pattern: string): PathPattern {
  const parsed = parsePathPattern(pattern);
  if ('message' in parsed) throw new Error(`invalid path pattern "${pattern}": ${parsed.message}`);
  return parsed;
}

/** Escapes text for a regular expression that JavaScript, Python's `re` and RE2 (Go) read alike. */
function regexLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, (char) => `\\${char}`);
}

/**
 * The pattern as a regular expression over a repository path (`a/b/c.txt`, no leading slash) that matches
 * the path when the pattern matches it or any folder above it. The same text works in JavaScript, Python's
 * `re` (pre-commit's `files`) and Go's RE2 (gitleaks), so every target that takes a regex gets this one.
 */
export function pathPatternRegex(pattern: string): string {
  const {segments} = parsedOrThrow(pattern);
  let regex = '';
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (segment.kind === 'any-folders') {
      regex += last ? '[^/]+(?:/[^/]+)*' : '(?:[^/]+/)*';
      return;
    }
    regex += segment.pieces.map(regexLiteral).join('[^/]*');
    if (!last) regex += '/';
  });
  const endsInContents = segments.at(-1)!.kind === 'any-folders';
  return `^${regex}${endsInContents ? '' : '(?:/.*)?'}$`;
}

const compiled = new Map<string, RegExp>();

/**
 * Whether a repository path is covered by a pattern: the file itself or a folder above it matches. The path
 * is relative to the repository root with `/` between names; a leading `./` or `/` is ignored.
 * An invalid pattern throws: validate with `pathPatternProblem` first (the config already does).
 */
export function matchesPath(pattern: string, repoPath: string): boolean {
  let regex = compiled.get(pattern);
  if (!regex) {
    regex = new RegExp(pathPatternRegex(pattern), 'u');
    compiled.set(pattern, regex);
  }
  const path = repoPath.replace(/^(\.\/)+/, '').replace(/^\/+/, '');
  return regex.test(path);
}

/** The names in gitignore syntax: `[` and `]` escaped, since gitignore reads them as a character class. */
function gitignoreNames(segments: Segment[]): string[] {
  return segments.map((segment) =>
    segment.kind === 'any-folders'
      ? '**'
      : segment.pieces.map((piece) => piece.replace(/[[\]]/g, (char) => `\\${char}`)).join('*'),
  );
}

/**
 * One gitignore line that matches exactly what the pattern matches (git's own matcher checks this in the
 * tests): anchored with a leading `/` unless it starts with `**`.
 */
export function toGitignore(pattern: string): string {
  const names = gitignoreNames(parsedOrThrow(pattern).segments);
  return names[0] === '**' ? names.join('/') : `/${names.join('/')}`;
}

/**
 * Claude Code permission-rule paths (the text inside `Read(...)`), anchored at the project root with a
 * leading `/` as its documentation writes them. They follow gitignore's syntax, so brackets are escaped the
 * same way. A leading `**` is written both ways (`/x` and `/**​/x`), and a pattern that may name a folder is
 * followed by its contents, so no reading of `**` or of a folder rule leaves a file out.
 */
export function toClaudeCodePaths(pattern: string): string[] {
  const names = gitignoreNames(parsedOrThrow(pattern).segments);
  const forms = names[0] === '**' && names.length > 1 ? [names.slice(1), names] : [names];
  return forms.flatMap((form) => {
    const path = `/${form.join('/')}`;
    return form.at(-1) === '**' ? [path] : [path, `${path}/**`];
  });
}

/**
 * GitHub Copilot content-exclusion paths (fnmatch, case-insensitive): a leading `/` is the repository root,
 * `[` and `]` are written as the one-character classes `[[]` and `[]]`. A pattern that may name a folder is
 * followed by its contents. Copilot's `*` may also cross `/`, so a `*` pattern can exclude more than it
 * says there, never less.
 */
export function toCopilotPaths(pattern: string): string[] {
  const names = parsedOrThrow(pattern).segments.map((segment) =>
    segment.kind === 'any-folders'
      ? '**'
      : segment.pieces
          .map((piece) => piece.replace(/[[\]]/g, (char) => (char === '[' ? '[[]' : '[]]')))
          .join('*'),
  );
  const path = names[0] === '**' ? names.join('/') : `/${names.join('/')}`;
  return names.at(-1) === '**' ? [path] : [path, `${path}/**`];
}
