/**
 * Where a link written in the policy config would take a reader, judged the way a browser resolves it.
 *
 * This is the one URL guard of the package: the engine asks it before a config string becomes a link in
 * the document model, and the theme asks it again where a model link becomes an `href` (it is the package
 * export `docusaurus-plugin-ai-policy/link-target`, so it has no dependencies and runs in the browser).
 *
 * Config strings are untrusted: a reviewer reads `/\evil.example` or `java\tscript:` as harmless, while a
 * browser follows them to another site or runs them. So the candidate is resolved with the WHATWG URL
 * parser (what browsers use) against a stand-in page, once served over https and once over http, and the
 * verdict follows what the browser would do. On top of that, anything that different readers of the
 * Markdown download or the HTML could decode differently (control characters, character references,
 * backslashes) is refused outright rather than guessed at.
 */

export type LinkTarget =
  /** A path, query or fragment that stays on the page's own site, whatever its scheme and base URL. */
  | {kind: 'same-site'; href: string}
  | {kind: 'mailto'; href: string}
  /** An absolute http(s) URL: it leaves the site, for `host` (lower case, internationalized names in punycode). */
  | {kind: 'external'; href: string; host: string}
  /**
   * Not a link target at all; `reason` completes "The link ...", e.g. "uses the javascript: scheme".
   * `namesFile` marks a target Docusaurus would read as a file on the build machine and copy into the site:
   * that is never a slip to show as text, so `ai-policy check` and the build refuse the config.
   * `why` is `reason` as a message id (`lint.url-reason.<id>`) with its slots, for a finding in another language.
   */
  | {kind: 'unsafe'; reason: string; why: LinkRefusal; namesFile?: true};

/** Why a target is refused, as data: the id of its sentence and what fills it. */
export interface LinkRefusal {
  id: string;
  slots?: Record<string, string>;
}

/** Stand-ins for the page that shows the link; `.invalid` is reserved, so it can never be a real site. */
const PAGES = ['https://site.invalid/policy/', 'http://site.invalid/policy/'] as const;

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;
/** `&colon;`, `&#58;`, `&#x3a;`: Markdown and HTML readers decode these, the URL parser does not. */
const CHARACTER_REFERENCE = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;

export function judgeLinkTarget(input: string): LinkTarget {
  const candidate = input.trim();
  if (candidate === '') return unsafe('is empty', {id: 'empty'});

  const control = CONTROL_CHARACTER.exec(candidate);
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    // Browsers silently drop tabs and newlines from URLs, so "java\tscript:" is read as "javascript:".
    return unsafe(`contains the control character U+${code}, which browsers drop or read differently`, {
      id: 'control-character',
      slots: {code: `U+${code}`},
    });
  }
  if (CHARACTER_REFERENCE.test(candidate)) {
    return unsafe('contains an HTML character reference (&...;), which Markdown and HTML readers decode', {
      id: 'character-reference',
    });
  }

  const absolute = parseUrl(candidate);
  if (absolute) {
    switch (absolute.protocol) {
      case 'http:':
      case 'https:':
        return {kind: 'external', href: absolute.href, host: absolute.hostname};
      case 'mailto:':
        return {kind: 'mailto', href: absolute.href};
      default:
        return unsafe(`uses the ${absolute.protocol} scheme; only http:, https: and mailto: links are kept`, {
          id: 'scheme',
          slots: {scheme: absolute.protocol},
        });
    }
  }

  // No scheme of its own: it is resolved against the page, which may be served over http or https.
  for (const page of PAGES) {
    const resolved = parseUrl(candidate, page);
    if (!resolved) return unsafe('is not a valid URL', {id: 'invalid'});
    if (resolved.origin !== new URL(page).origin) {
      // "//host", "/\host", "\\host": browsers read a leading pair of slashes or backslashes as a new site.
      return unsafe(`looks like a path but leaves the site: browsers open it on ${resolved.host}`, {
        id: 'leaves-site',
        slots: {host: resolved.host},
      });
    }
    if (resolved.pathname.startsWith('//')) {
      return unsafe(
        'resolves to a path starting with "//", which servers and routers may read as another site',
        {id: 'double-slash'},
      );
    }
  }
  if (candidate.includes('\\'))
    return unsafe('contains a backslash, which browsers read as "/"; write "/"', {id: 'backslash'});
  if (percentDecoded(candidate.split(/[?#]/, 1)[0]!) === undefined)
    return unsafe(
      'has a "%" that is not a valid percent-encoding, which Docusaurus cannot read as a URL path',
      {id: 'percent'},
    );
  const file = fileReference(candidate);
  if (file) return {kind: 'unsafe', reason: file.reason, why: file.why, namesFile: true};
  return {kind: 'same-site', href: candidate};
}

/**
 * Why Docusaurus would read a same-site path as a file on the build machine, or undefined when it is a
 * URL path. An embedded policy's links pass through Docusaurus's Markdown link handling
 * (`@docusaurus/mdx-loader`, remark `transformLinks`): a link whose path starts with `@site/`, or whose
 * last segment has an extension other than `.md`, `.mdx` or `.html`, is looked up as a file (under the
 * site folder, beside the embedding Markdown file, or in a static folder joined with the path, `..`
 * included), and when the file exists it is copied into `build/assets/files/` and linked. So a policy link
 * that names a file could publish `.env` or `/proc/self/environ`. The rule: no alias (`@...`) or home
 * (`~...`) prefix, and a path whose last segment has an extension (any but `.html`, so `.md` too) must be
 * absolute and free of `.` and `..` segments: such a path can only reach a file in `static/`, which the
 * site publishes anyway. Judged on the percent-decoded path, as Docusaurus decodes it before the lookup.
 */
function fileReference(candidate: string): {reason: string; why: LinkRefusal} | undefined {
  const rawPath = candidate.split(/[?#]/, 1)[0]!;
  if (rawPath === '') return undefined; // "?tab=x" or "#section": this page.
  const decoded = percentDecoded(rawPath);
  if (decoded === undefined) return undefined; // refused before, as not a valid URL path
  const suggestion =
    'link a page by its URL path (/docs/intro) or a file in static/ by its absolute path (/files/guide.pdf)';
  if (decoded.startsWith('@'))
    return {
      reason: `starts with "@", which Docusaurus reads as a file on the build machine (@site/ is the site's folder), not as a page; ${suggestion}`,
      why: {id: 'file-alias'},
    };
  if (decoded.startsWith('~'))
    return {
      reason: `starts with "~", which build tools read as a home folder or a package, not as a page; ${suggestion}`,
      why: {id: 'file-home'},
    };
  const segments = decoded.split('/');
  const extension = extensionOf(segments.filter((segment) => segment !== '').at(-1) ?? '');
  if (extension === '' || extension === '.html') return undefined;
  if (!decoded.startsWith('/'))
    return {
      reason: `is a relative path to a file (${extension}), which Docusaurus looks up beside the page that embeds the policy and copies into the site; ${suggestion}`,
      why: {id: 'file-relative', slots: {extension}},
    };
  if (segments.some((segment) => segment === '.' || segment === '..'))
    return {
      reason: `is a path to a file (${extension}) with "." or ".." in it, which Docusaurus can follow out of static/ and copy into the site; ${suggestion}`,
      why: {id: 'file-dot-segments', slots: {extension}},
    };
  return undefined;
}

function percentDecoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** The extension of a path segment as Node's `path.extname` gives it: `guide.pdf` → `.pdf`, `.env` → none. */
function extensionOf(segment: string): string {
  if (segment === '..') return '';
  const dot = segment.lastIndexOf('.');
  return dot > 0 ? segment.slice(dot) : '';
}

/** Whether a string may become an `href` at all (the theme's check; the engine also decides on external hosts). */
export function isSafeHref(url: string): boolean {
  return judgeLinkTarget(url).kind !== 'unsafe';
}

function parseUrl(candidate: string, base?: string): URL | undefined {
  try {
    return new URL(candidate, base);
  } catch {
    return undefined;
  }
}

function unsafe(reason: string, why: LinkRefusal): LinkTarget {
  return {kind: 'unsafe', reason, why};
}
