/**
 * The one URL guard (`src/engine/link-target.ts`), against every trick that makes a link read as harmless
 * while a browser runs it or follows it to another site. Each verdict is checked against what a browser
 * does: Node's `URL` is the WHATWG parser browsers use.
 */
import {describe, expect, it} from 'vitest';
import {isSafeHref, judgeLinkTarget} from '../src/engine/link-target.js';

/** Where a browser showing the policy on `page` would go. */
const resolvedOn = (href: string, page: string) => new URL(href, page);
const PAGES = ['https://handbook.acme.example/ai-policy/', 'http://handbook.acme.example/handbook/ai-policy'];

describe('judgeLinkTarget', () => {
  it.each([
    // Scripts and documents that run in the reader's browser.
    ['javascript:alert(1)', /javascript: scheme/],
    ['JaVaScRiPt:alert(1)', /javascript: scheme/],
    ['  javascript:alert(1)', /javascript: scheme/],
    // Unicode spaces around it are trimmed before judging, as they are before the link is written.
    ['\u00a0\u3000javascript:alert(1)', /javascript: scheme/],
    ['javascript://%0aalert(1)', /javascript: scheme/],
    ['data:text/html,<script>alert(1)</script>', /data: scheme/],
    ['DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', /data: scheme/],
    ['vbscript:msgbox(1)', /vbscript: scheme/],
    ['file:///etc/passwd', /file: scheme/],
    ['blob:https://evil.example/uuid', /blob: scheme/],
    ['C:\\Windows\\evil.exe', /c: scheme/],
    // Invisible characters inside or before the scheme, which browsers drop.
    ['java\tscript:alert(1)', /control character U\+0009/],
    ['java\nscript:alert(1)', /control character U\+000A/],
    ['java\rscript:alert(1)', /control character U\+000D/],
    ['\u0000javascript:alert(1)', /control character U\+0000/],
    ['\u0001javascript:alert(1)', /control character U\+0001/],
    ['\u001fjavascript:alert(1)', /control character U\+001F/],
    ['javascript\u007f:alert(1)', /control character U\+007F/],
    ['\u0085javascript:alert(1)', /control character U\+0085/],
    ['/\t/evil.example', /control character U\+0009/],
    // Character references that a Markdown or HTML reader decodes into a scheme or a slash.
    ['javascript&colon;alert(1)', /character reference/],
    ['JaVaScRiPt&colon;alert(1)', /character reference/],
    ['javascript&#58;alert(1)', /character reference/],
    ['javascript&#x3A;alert(1)', /character reference/],
    ['&#47;&#47;evil.example', /character reference/],
    // Paths that browsers read as another site.
    ['//evil.example/x', /leaves the site: browsers open it on evil\.example/],
    ['/\\evil.example', /leaves the site: browsers open it on evil\.example/],
    ['\\\\evil.example', /leaves the site: browsers open it on evil\.example/],
    ['\\/evil.example', /leaves the site: browsers open it on evil\.example/],
    ['///evil.example', /leaves the site: browsers open it on evil\.example/],
    ['/.//evil.example', /starting with "\/\/"/],
    ['docs\\intro', /backslash/],
    // Docusaurus decodes a file-like path before looking it up, and fails on this.
    ['/files/%E0%A4%A.pdf', /not a valid percent-encoding/],
    // A scheme with nothing a browser can open: no URL at all.
    ['https:', /not a valid URL/],
    ['http://', /not a valid URL/],
    ['https://[::1', /not a valid URL/],
    ['', /is empty/],
    ['   ', /is empty/],
  ])('refuses %j', (candidate, reason) => {
    const target = judgeLinkTarget(candidate);
    expect(target.kind).toBe('unsafe');
    expect(target.kind === 'unsafe' && target.reason).toMatch(reason);
    expect(isSafeHref(candidate)).toBe(false);
  });

  it.each([
    '/docs/ide-setup',
    '/docs/ide-setup#claude',
    'docs/intro',
    '../handbook/security',
    './setup',
    '?tab=tools',
    '#data-classification',
    '/',
    // Percent-encoded slashes stay encoded in a path; browsers do not decode them into an address.
    '%2F%2Fevil.example',
    '/%2F%2Fevil.example',
    '/%5Cevil.example',
    '/search?q=a&b=c',
    '/docs/über-uns',
    // Not a scheme to a browser (a scheme is ASCII letters): a relative path on the same site.
    'ｊａｖａｓｃｒｉｐｔ:alert(1)',
    'java\u200bscript:alert(1)',
  ])('keeps %j as a link on the same site, and a browser agrees', (candidate) => {
    expect(judgeLinkTarget(candidate)).toEqual({kind: 'same-site', href: candidate.trim()});
    for (const page of PAGES) expect(resolvedOn(candidate.trim(), page).origin).toBe(new URL(page).origin);
  });

  it.each([
    ['https://claude.ai', 'https://claude.ai/', 'claude.ai'],
    ['HTTPS://Claude.AI/download', 'https://claude.ai/download', 'claude.ai'],
    ['http://intranet.acme.example/ai', 'http://intranet.acme.example/ai', 'intranet.acme.example'],
    // Written without slashes, but an explicit scheme: the canonical href says where it really goes.
    ['http:evil.example', 'http://evil.example/', 'evil.example'],
    ['https:/\\evil.example', 'https://evil.example/', 'evil.example'],
    ['https://claude.ai@evil.example/', 'https://claude.ai@evil.example/', 'evil.example'],
    // Internationalized names are compared (and shown) in punycode, so look-alikes stay apart.
    ['https://bücher.example/', 'https://xn--bcher-kva.example/', 'xn--bcher-kva.example'],
    ['https://аpple.example/', 'https://xn--pple-43d.example/', 'xn--pple-43d.example'],
  ])('classifies %j as external, with the href a browser would follow', (candidate, href, host) => {
    expect(judgeLinkTarget(candidate)).toEqual({kind: 'external', href, host});
    expect(new URL(candidate).href).toBe(href);
  });

  it.each([
    ['mailto:security@acme.example', 'mailto:security@acme.example'],
    ['MAILTO:security@acme.example?subject=AI tool', 'mailto:security@acme.example?subject=AI%20tool'],
    // A mail client receives the "address"; nothing runs in the browser.
    ['mailto:javascript:alert(1)', 'mailto:javascript:alert(1)'],
  ])('keeps %j as a mailto link', (candidate, href) => {
    expect(judgeLinkTarget(candidate)).toEqual({kind: 'mailto', href});
  });

  // What Docusaurus's Markdown link handling (mdx-loader's remark transformLinks) would look up as a file on
  // the build machine and copy into build/assets/files/ when the policy is embedded in a page.
  it.each([
    ['@site/.env', /starts with "@", which Docusaurus reads as a file on the build machine/],
    ['@site/../../../../proc/self/environ', /starts with "@"/],
    ['@site/docusaurus.config.ts', /starts with "@"/],
    ['%40site/docusaurus.config.ts', /starts with "@"/],
    ['@theme/Layout', /starts with "@"/],
    ['~/.ssh/id_rsa.pub', /starts with "~"/],
    ['../canary.json', /relative path to a file \(\.json\), which Docusaurus looks up beside the page/],
    ['canary.json', /relative path to a file \(\.json\)/],
    ['./secrets.env.txt?download#x', /relative path to a file \(\.txt\)/],
    ['%2e%2e/%2e%2e/canary.json', /relative path to a file \(\.json\)/],
    ['docs/intro.md', /relative path to a file \(\.md\)/],
    ['../README.MD', /relative path to a file \(\.MD\)/],
    ['/../../canary.json', /with "\." or "\.\." in it, which Docusaurus can follow out of static\//],
    ['/img/%2e%2e/%2e%2e/canary.json', /with "\." or "\.\." in it/],
    ['/./robots.txt', /with "\." or "\.\." in it/],
  ])('refuses %j as naming a file on the build machine', (candidate, reason) => {
    const target = judgeLinkTarget(candidate);
    expect(target).toEqual({
      kind: 'unsafe',
      reason: expect.stringMatching(reason),
      why: expect.objectContaining({id: expect.stringMatching(/^file-/)}),
      namesFile: true,
    });
    expect(target.kind === 'unsafe' && target.reason).toMatch(/link a page by its URL path/);
    expect(isSafeHref(candidate)).toBe(false);
  });

  it.each([
    // The site's own downloads and files in static/: an absolute path without dot segments only reaches
    // static/, which the site publishes anyway.
    '/ai-policy.json',
    '/ai-policy.md',
    '/files/guide.pdf',
    '/docs/intro.md',
    '/docs/page.html',
    'docs/page.html',
    '../handbook/security',
    '/v1.2/docs',
    '/docs/.well-known',
    '#section.json',
    '?file=../x.json',
  ])('keeps %j: Docusaurus reads it as a URL path, not a file', (candidate) => {
    expect(judgeLinkTarget(candidate)).toEqual({kind: 'same-site', href: candidate});
  });

  it('gives an href that judges the same again, so the theme agrees with the engine', () => {
    for (const candidate of ['https://claude.ai', 'http:evil.example', '/docs', 'mailto:a@b.example', '#x']) {
      const first = judgeLinkTarget(candidate);
      if (first.kind === 'unsafe') throw new Error(candidate);
      expect(judgeLinkTarget(first.href)).toEqual(first);
    }
  });
});
