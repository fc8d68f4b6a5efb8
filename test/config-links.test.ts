/**
 * Links from the config (`tools[].url`, links in custom section bodies) through the whole pipeline: the
 * document model, the `.md` download read back by a Markdown parser, the embeds' mdast, the theme's HTML,
 * and the lint findings `ai-policy check` prints for every link target the policy does not link.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {PassThrough, Readable} from 'node:stream';
import type {Link, RootContent} from 'mdast';
import {afterAll, describe, expect, it} from 'vitest';
import {runCli} from '../src/cli/run.js';
import {parsePolicyConfig} from '../src/config/parse.js';
import type {PolicyConfigInput} from '../src/config/schema.js';
import type {PolicyDocument} from '../src/engine/model.js';
import {renderPolicyMarkdown} from '../src/render/markdown.js';
import {renderSectionMdast} from '../src/render/mdast.js';
import type {Inline} from '../src/vocabulary/document-nodes.js';
import type {LintFinding} from '../src/vocabulary/lint-finding.js';
import {documentOf, MINIMAL, nodesOfType, parseMarkdown, textOf, toYaml, walk} from './support/policy.js';
import {mockSiteModules, renderDocumentHtml} from './support/theme.js';

mockSiteModules();

/** Pages a reader might see the policy on: a site root over https, a baseUrl over http. */
const PAGES = ['https://handbook.acme.example/ai-policy', 'http://handbook.acme.example/handbook/ai-policy/'];

/** Every target a browser would follow from this document, in each of its outputs. */
async function hrefsEverywhere(document: PolicyDocument): Promise<string[]> {
  const fromModel: string[] = [];
  const visitInlines = (inlines: Inline[]) => {
    for (const inline of inlines) {
      if (inline.type === 'link') fromModel.push(inline.url);
      if ('children' in inline) visitInlines(inline.children);
    }
  };
  const visitBlocks = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visitBlocks);
    else if (value && typeof value === 'object') {
      const block = value as {type?: string; children?: unknown};
      if (block.type && ['text', 'strong', 'emphasis', 'code', 'link', 'citation'].includes(block.type))
        visitInlines([value as Inline]);
      else for (const child of Object.values(value)) visitBlocks(child);
    }
  };
  visitBlocks(document.sections);

  // The `.md` download as any Markdown reader parses it, before any sanitizer of its own.
  const fromMarkdown = nodesOfType(parseMarkdown(renderPolicyMarkdown(document)), 'link').map(
    (link) => link.url,
  );
  // The embeds: mdast spliced into a Docusaurus page.
  const fromEmbeds: string[] = [];
  for (const section of document.sections) {
    for (const node of renderSectionMdast(document, section.id))
      walk(node as RootContent, (inner) => {
        if (inner.type === 'link') fromEmbeds.push((inner as Link).url);
      });
  }
  const html = await renderDocumentHtml(document);
  const fromTheme = [...html.matchAll(/<a [^>]*href="([^"]*)"/g)].map((match) => decodeHtml(match[1]!));
  return [...fromModel, ...fromMarkdown, ...fromEmbeds, ...fromTheme];
}

function decodeHtml(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** True when a browser on any of the pages stays on the handbook's site (or opens a mail client). */
function staysOnSite(href: string): boolean {
  return PAGES.every((page) => {
    const url = new URL(href, page);
    return url.protocol === 'mailto:' || url.origin === new URL(page).origin;
  });
}

const findingsOf = (input: PolicyConfigInput, code: LintFinding['code']) =>
  documentOf(input).findings.filter((finding) => finding.code === code);

const TRICKS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  '\u0001javascript:alert(1)',
  'javascript&colon;alert(1)',
  'JaVaScRiPt&colon;alert(1)',
  'javascript&#58;alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  '/\\evil.example',
  '\\\\evil.example',
  '\\/evil.example',
  '/\t/evil.example',
  '///evil.example',
  '/.//evil.example',
];

describe('tools[].url', () => {
  const withUrl = (url: string, externalHosts: string[] = []): PolicyConfigInput => ({
    ...MINIMAL,
    tools: [{name: 'Setup Guide Tool', agreement: 'enterprise', url}],
    links: {externalHosts},
  });

  it.each(TRICKS)('drops %j from every output and says so, located at tools[0].url', async (url) => {
    const document = documentOf(withUrl(url));
    for (const href of await hrefsEverywhere(document)) expect(staysOnSite(href), href).toBe(true);
    expect(renderPolicyMarkdown(document)).toContain('- **Setup Guide Tool**:');
    const [finding, ...rest] = findingsOf(withUrl(url), 'url-dropped');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({path: 'tools[0].url', severity: 'warning', stale: false});
    expect(finding!.message).toContain(`The link ${JSON.stringify(url)} is left out (the tool name is shown`);
  });

  it.each([
    ['https://claude.ai', 'https://claude.ai/', 'claude.ai'],
    ['http:evil.example', 'http://evil.example/', 'evil.example'],
    ['https://аpple.example/', 'https://xn--pple-43d.example/', 'xn--pple-43d.example'],
  ])(
    'shows the external %j as code, not a link, unless links.externalHosts lists its host',
    async (url, href, host) => {
      const shown = documentOf(withUrl(url));
      expect(await hrefsEverywhere(shown)).toEqual([]);
      expect(renderPolicyMarkdown(shown)).toContain(`- **Setup Guide Tool** (\`${href}\`):`);
      expect(findingsOf(withUrl(url), 'url-external')).toEqual([
        {
          code: 'url-external',
          severity: 'warning',
          message: `The link ${JSON.stringify(url)} leaves the site, so it is shown as text, not as a link; add "${host}" to links.externalHosts to link it.`,
          path: 'tools[0].url',
          stale: false,
        },
      ]);

      const linked = documentOf(withUrl(url, [host]));
      const hrefs = await hrefsEverywhere(linked);
      expect(new Set(hrefs)).toEqual(new Set([href]));
      expect(linked.findings).toEqual([]);
    },
  );

  it('links same-site paths, fragments and mailto without any setting, and finds nothing', async () => {
    for (const url of ['/docs/ide-setup', '#approved-tools', 'mailto:security@acme.example']) {
      const document = documentOf(withUrl(url));
      expect(new Set(await hrefsEverywhere(document))).toEqual(new Set([url]));
      expect(document.findings).toEqual([]);
    }
  });
});

describe('links in custom section bodies', () => {
  const withBody = (body: string, externalHosts: string[] = []): PolicyConfigInput => ({
    ...MINIMAL,
    sections: {custom: [{id: 'extra', title: 'Extra', body}]},
    links: {externalHosts},
  });

  const BODY = [
    'Line one with [protocol-relative](//evil.example/a).', // 1
    'A [backslash path](/\\evil.example) and an [autolink](<javascript:alert(1)>).', // 2
    'An [entity](javascript&colon;alert(1)) and a [reference][evil].', // 3
    'An image ![pixel](https://evil.example/p.png) and a bare https://evil.example/b link.', // 4
    'Also www.evil.example, a [guide](https://opensource.acme.example/guide) and [home](/docs).', // 5
    '',
    '[evil]: //evil.example/ref',
  ].join('\n');

  it('drops the unsafe targets, shows external ones as code, and keeps every label', async () => {
    const document = documentOf(withBody(BODY));
    for (const href of await hrefsEverywhere(document)) expect(staysOnSite(href), href).toBe(true);
    const markdown = renderPolicyMarkdown(document);
    const tree = parseMarkdown(markdown);
    expect(nodesOfType(tree, 'link').map((link) => link.url)).toEqual(['/docs']);
    const text = textOf(tree);
    for (const label of ['protocol-relative', 'backslash path', 'entity', 'reference', 'pixel'])
      expect(text).toContain(label);
    expect(markdown).toContain('a bare `https://evil.example/b` link');
    expect(markdown).toContain(
      'Also `http://www.evil.example/`, a guide (`https://opensource.acme.example/guide`)',
    );
  });

  it('reports every link and image it does not keep, with its body line', () => {
    const document = documentOf(withBody(BODY));
    const lines = document.findings.map((finding) => `${finding.code} ${finding.path} ${finding.message}`);
    expect(lines).toEqual([
      expect.stringMatching(
        /^url-dropped sections\.custom\[0\]\.body The link "\/\/evil\.example\/a" on line 1 of the body is left out \(its text is kept\): it looks like a path but leaves the site: browsers open it on evil\.example\.$/,
      ),
      expect.stringMatching(
        /^url-dropped .* "\/\\\\evil\.example" on line 2 .*browsers open it on evil\.example\.$/,
      ),
      expect.stringMatching(/^url-dropped .* "javascript:alert\(1\)" on line 2 .*javascript: scheme/),
      // Markdown already decoded the character reference: the target is a javascript: URL.
      expect.stringMatching(/^url-dropped .* "javascript:alert\(1\)" on line 3 .*javascript: scheme/),
      expect.stringMatching(/^url-dropped .* "\/\/evil\.example\/ref" on line 3 .*evil\.example\.$/),
      expect.stringMatching(
        /^url-dropped .* The image "https:\/\/evil\.example\/p\.png" on line 4 of the body is not shown \(its alt text is\)/,
      ),
      expect.stringMatching(/^url-external .* "https:\/\/evil\.example\/b" on line 4 .*add "evil\.example"/),
      expect.stringMatching(
        /^url-external .* "http:\/\/www\.evil\.example" on line 5 .*add "www\.evil\.example"/,
      ),
      expect.stringMatching(
        /^url-external .* "https:\/\/opensource\.acme\.example\/guide" on line 5 .*add "opensource\.acme\.example"/,
      ),
    ]);
  });

  it('links external targets whose host is listed', async () => {
    const document = documentOf(withBody(BODY, ['opensource.acme.example']));
    expect(await hrefsEverywhere(document)).toContain('https://opensource.acme.example/guide');
    expect(document.findings.filter((finding) => finding.code === 'url-external')).toHaveLength(2);
  });

  it('reports links of a disabled custom section too: the file still holds them', () => {
    const custom = [{id: 'extra', title: 'Extra', body: '[x](javascript:alert(1))'}];
    const input = {...MINIMAL, sections: {custom, disable: ['extra']}};
    expect(findingsOf(input, 'url-dropped').map((finding) => finding.path)).toEqual([
      'sections.custom[0].body',
    ]);
  });
});

describe('links.externalHosts', () => {
  it.each([
    ['https://claude.ai', 'claude.ai'],
    ['Claude.AI', 'claude.ai'],
    ['claude.ai/download', 'claude.ai'],
    ['claude.ai:443', 'claude.ai'],
    ['bücher.example', 'xn--bcher-kva.example'],
  ])('rejects %j and says to write %j', (entry, canonical) => {
    const result = parsePolicyConfig(toYaml({...MINIMAL, links: {externalHosts: [entry]}}), 'ai-policy.yml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.objectContaining({
        path: ['links', 'externalHosts', 0],
        message: `expected a bare host name such as claude.ai (no scheme, path, port or capitals); write "${canonical}"`,
      }),
    ]);
  });

  it('rejects a wildcard', () => {
    const result = parsePolicyConfig(
      toYaml({...MINIMAL, links: {externalHosts: ['*.acme.example']}}),
      'a.yml',
    );
    expect(!result.ok && result.problems[0]!.message).toBe(
      'expected one host name; wildcards are not supported, list each host',
    );
  });
});

/** Targets Docusaurus would read as a file on the build machine and copy into the site's build. */
const FILE_TARGETS = [
  '@site/.env',
  '@site/../../../../proc/self/environ',
  '../canary.json',
  '%2e%2e/canary.json',
  '/../../canary.json',
  '~/canary.json',
];

describe('links that name a file on the build machine', () => {
  it.each(FILE_TARGETS)('drops %j from every output as tools[0].url, as an error', async (url) => {
    const input: PolicyConfigInput = {
      ...MINIMAL,
      tools: [{name: 'Setup Guide Tool', agreement: 'enterprise', url}],
    };
    const document = documentOf(input);
    expect(await hrefsEverywhere(document)).toEqual([]);
    expect(renderPolicyMarkdown(document)).not.toContain('canary');
    expect(findingsOf(input, 'url-names-file')).toEqual([
      {
        code: 'url-names-file',
        severity: 'error',
        path: 'tools[0].url',
        stale: false,
        message: expect.stringMatching(
          new RegExp(
            `^The link ${JSON.stringify(url).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} names a file on the build machine, not a page: it .+; link a page by its URL path`,
          ),
        ),
      },
    ]);
  });

  it.each(FILE_TARGETS)('drops %j from a custom body, inline or as a reference', async (url) => {
    const body = `Read [the file](${url}) and [the other][ref].\n\n[ref]: ${url}\n`;
    const input: PolicyConfigInput = {...MINIMAL, sections: {custom: [{id: 'extra', title: 'Extra', body}]}};
    const document = documentOf(input);
    expect(await hrefsEverywhere(document)).toEqual([]);
    expect(findingsOf(input, 'url-names-file').map((finding) => [finding.path, finding.severity])).toEqual([
      ['sections.custom[0].body', 'error'],
      ['sections.custom[0].body', 'error'],
    ]);
  });
});

describe('ai-policy check', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, {recursive: true, force: true});
  });

  it('warns about every link it drops or shows as text, located in the file', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'ai-policy-links-'));
    dirs.push(cwd);
    writeFileSync(
      path.join(cwd, 'ai-policy.yml'),
      [
        'organization: Acme Corp',
        'effectiveDate: 2026-06-15',
        'tools:',
        '  - name: Copilot',
        '    agreement: enterprise',
        '    url: //evil.example',
        '  - name: Claude',
        '    agreement: enterprise',
        '    url: javascript:alert(1)',
        '  - name: Gemini',
        '    agreement: enterprise',
        '    url: https://gemini.google.com',
        'sections:',
        '  custom:',
        '    - id: extra',
        '      title: Extra',
        '      body: See [this](data:text/html,x).',
        '',
      ].join('\n'),
    );
    const stdout = new PassThrough();
    const out: string[] = [];
    stdout.on('data', (chunk) => out.push(String(chunk)));
    const code = await runCli(['check', '--today', '2026-06-15'], {
      cwd,
      stdout,
      stderr: new PassThrough(),
      stdin: Readable.from(['']),
    });
    expect(code).toBe(0);
    const lines = out.join('').trimEnd().split('\n');
    expect(lines).toEqual([
      'warning  ai-policy.yml:6:10  tools[0].url  The link "//evil.example" is left out (the tool name is shown without it): it looks like a path but leaves the site: browsers open it on evil.example. [url-dropped]',
      'warning  ai-policy.yml:9:10  tools[1].url  The link "javascript:alert(1)" is left out (the tool name is shown without it): it uses the javascript: scheme; only http:, https: and mailto: links are kept. [url-dropped]',
      'warning  ai-policy.yml:12:10  tools[2].url  The link "https://gemini.google.com" leaves the site, so it is shown as text, not as a link; add "gemini.google.com" to links.externalHosts to link it. [url-external]',
      'warning  ai-policy.yml:17:13  sections.custom[0].body  The link "data:text/html,x" on line 1 of the body is left out (its text is kept): it uses the data: scheme; only http:, https: and mailto: links are kept. [url-dropped]',
      'ai-policy.yml: valid, 7 sections, 4 findings',
    ]);
    expect(
      await runCli(['check', '--strict', '--today', '2026-06-15'], {
        cwd,
        stdout: new PassThrough(),
        stderr: new PassThrough(),
        stdin: Readable.from(['']),
      }),
    ).toBe(1);
  });

  it('refuses a link that names a file: exit 1, the located error and how to fix it', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'ai-policy-links-'));
    dirs.push(cwd);
    writeFileSync(
      path.join(cwd, 'ai-policy.yml'),
      [
        'organization: Acme Corp',
        'effectiveDate: 2026-06-15',
        'tools:',
        '  - name: Copilot',
        '    agreement: enterprise',
        '    url: "@site/.env"',
        'sections:',
        '  custom:',
        '    - id: extra',
        '      title: Extra',
        '      body: See [this](../canary.json).',
        '',
      ].join('\n'),
    );
    for (const format of ['text', 'json', 'github']) {
      const stdout = new PassThrough();
      const out: string[] = [];
      stdout.on('data', (chunk) => out.push(String(chunk)));
      const code = await runCli(['check', '--today', '2026-06-15', '--format', format], {
        cwd,
        stdout,
        stderr: new PassThrough(),
        stdin: Readable.from(['']),
      });
      expect(code, format).toBe(1);
      if (format === 'text')
        expect(out.join('').trimEnd().split('\n')).toEqual([
          'error  ai-policy.yml:6:10  tools[0].url  The link "@site/.env" names a file on the build machine, not a page: it starts with "@", which Docusaurus reads as a file on the build machine (@site/ is the site\'s folder), not as a page; link a page by its URL path (/docs/intro) or a file in static/ by its absolute path (/files/guide.pdf). [url-names-file]',
          'error  ai-policy.yml:11:13  sections.custom[0].body  The link "../canary.json" on line 1 of the body names a file on the build machine, not a page: it is a relative path to a file (.json), which Docusaurus looks up beside the page that embeds the policy and copies into the site; link a page by its URL path (/docs/intro) or a file in static/ by its absolute path (/files/guide.pdf). [url-names-file]',
          'ai-policy.yml: refused, 2 errors to fix, 2 findings in all',
        ]);
    }
  });
});
