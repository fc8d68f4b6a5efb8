/**
 * Returns the URL when it is safe to render as a link target (http, https, mailto, a relative path or a
 * fragment), otherwise null. Config strings are untrusted: a `javascript:` or `data:` link would run in the
 * reader's browser.
 */
export function safeUrl(url: string): string | null {
  const trimmed = url.trim();
  // Browsers ignore control characters and whitespace inside schemes ("java\tscript:"), so strip them first.
  const compact = [...trimmed]
    .filter((char) => {
      const codePoint = char.codePointAt(0)!;
      return codePoint > 0x20 && (codePoint < 0x7f || codePoint > 0x9f);
    })
    .join('')
    .toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
  if (scheme === undefined) return compact.startsWith('//') ? null : trimmed;
  return scheme === 'http' || scheme === 'https' || scheme === 'mailto' ? trimmed : null;
}
