/**
 * Rendering: config text is data, never markup. Hostile strings in every string field are read back with a
 * real markdown parser (and rendered to HTML with micromark) to prove they come out as the same text and
 * nothing else. Also: determinism and the JSON download's shape.
 */
import type {Nodes, Root} from 'mdast';
import {micromark} from 'micromark';
import {gfm, gfmHtml} from 'micromark-extension-gfm';
import {describe, expect, it} from 'vitest';
import type {PolicyConfigInput} from '../src/config/schema.js';
import {renderPolicyJson, toPolicyJson} from '../src/render/json.js';
import {renderPolicyMarkdown, renderSectionMarkdown} from '../src/render/markdown.js';
import {REGIME_IDS} from '../src/vocabulary/config-values.js';
import {
  configOf,
  documentOf,
  MINIMAL,
  markdownOf,
  nodesOfType,
  parseMarkdown,
  tableCells,
  textOf,
  walk,
} from './support/policy.js';

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '<a href="javascript:alert(1)">click</a>',
  '![pic](https://evil.example/track.png)',
  '*emphasis* and **strong** and _under_',
  '| pipes | in | cells |',
  '`backticks` and ``double``',
  '# leading hash',
  '> quoted',
  '- dash item',
  '1. numbered',
  '<!-- comment -->',
  '&lt;script&gt; &amp; &#60;b&#62;',
  'back\\slash \\* \\',
  '[ref]: javascript:alert(1)',
  '~~strike~~ and [^note]',
  '{curly} and $dollar and <div>',
  'line one\n# line two\n<script>alert(2)</script>',
];

const BENIGN = 'Plain words';

/**
 * A config with `value` in every string field a user can write. Names that must be unique get a suffix; the
 * custom section body is markdown by design and is tested on its own.
 */
function everyField(value: string): PolicyConfigInput {
  return {
    organization: value,
    industry: 'saas',
    effectiveDate: '2026-06-15',
    owner: value,
    compliance: ['gdpr', 'hipaa'],
    tools: [
      {
        name: `${value} tool`,
        vendor: value,
        agreement: 'baa',
        conditions: value,
        url: 'https://tools.example/setup',
      },
      {name: `${value} second`, agreement: 'enterprise', maxDataClass: 'internal'},
    ],
    prohibitedTools: [{name: `${value} banned`, reason: value}, `${value} banned too`],
    unlistedTools: {maxDataClass: 'public'},
    useCases: {encouraged: [value], prohibited: [value]},
    training: {required: true, course: value, refresh: value},
    disclosure: {commitTrailer: value, pullRequests: true},
    toolReview: {turnaround: value, contact: value},
    dataClasses: [
      {id: 'public', name: `${value} public`, rule: 'any-approved-tool', examples: [value]},
      {
        id: 'internal',
        name: `${value} internal`,
        rule: 'enterprise-agreement-only',
        examples: [value, value],
      },
      {id: 'phi', name: `${value} phi`, rule: 'baa-only', categories: ['phi']},
      {id: 'secrets', name: `${value} secrets`, rule: 'never'},
    ],
    budgets: {owner: value, anomalyResponse: value, tooling: value},
    exceptions: {
      approver: value,
      granted: [{who: value, what: value, expires: '2030-01-01', approvedBy: value}],
    },
    incidents: {contact: value, channel: value},
    sections: {
      rename: {budgets: value},
      custom: [{id: 'extra', title: value, body: 'A fixed body.', after: 'code-review'}],
    },
    links: {externalHosts: ['tools.example']},
  };
}

const SAFE_URL = /^(https?:\/\/|mailto:)/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const isSafeLink = (url: string) => SAFE_URL.test(url) || (!HAS_SCHEME.test(url) && !url.startsWith('//'));

/**
 * The tree's shape without its text: which kinds of node, nested how. A GFM autolink literal (a bare
 * `https://...` in the text, shown as a link to itself) counts as text: it adds no markup of the config's.
 */
function skeleton(tree: Root): string {
  const isAutolink = (node: Nodes) =>
    node.type === 'link' &&
    [textOf(node), `http://${textOf(node)}`, `mailto:${textOf(node)}`].includes(node.url);
  const visit = (node: Nodes, depth: number): string[] => {
    const lines = [`${' '.repeat(depth)}${node.type}${node.type === 'heading' ? node.depth : ''}`];
    if (!('children' in node)) return lines;
    let previousWasText = false;
    for (const child of node.children as Nodes[]) {
      const asText = child.type === 'text' || isAutolink(child);
      if (asText && previousWasText) continue; // adjacent text reads as one run
      lines.push(...(asText ? [`${' '.repeat(depth + 1)}text`] : visit(child, depth + 1)));
      previousWasText = asText;
    }
    return lines;
  };
  return visit(tree, 0).join('\n');
}

function toHtml(markdown: string): string {
  return micromark(markdown, {extensions: [gfm()], htmlExtensions: [gfmHtml()]});
}

describe.each(HOSTILE.map((value) => [JSON.stringify(value), value] as const))(
  'hostile text %s',
  (_, value) => {
    const markdown = markdownOf(everyField(value));
    const tree = parseMarkdown(markdown);

    it('produces no raw HTML node', () => {
      expect(nodesOfType(tree, 'html').map((node) => node.value)).toEqual([]);
    });

    it('produces no link or image whose target is not http(s), mailto or relative', () => {
      const targets: string[] = [];
      walk(tree, (node) => {
        if (node.type === 'link' || node.type === 'image' || node.type === 'definition')
          targets.push(node.url);
      });
      expect(targets.filter((url) => !isSafeLink(url))).toEqual([]);
      expect(nodesOfType(tree, 'image')).toEqual([]);
    });

    it('adds no structure: the page has the same shape as with plain words', () => {
      expect(skeleton(tree)).toBe(skeleton(parseMarkdown(markdownOf(everyField(BENIGN)))));
    });

    it('reads back as the same text wherever it is shown', () => {
      // Header fields, list items, table cells and headings: each is one node a reader looks at.
      const fields = nodesOfType(tree, 'list')[0]!.children.map(textOf);
      expect(fields[0]).toBe(`Organization: ${value}`);
      expect(fields).toContain(`Owner: ${value}`);

      const headings = nodesOfType(tree, 'heading').map(textOf);
      expect(headings).toContain(value); // renamed budgets section and the custom section's title

      const cells = nodesOfType(tree, 'table').flatMap((table) => tableCells(table).flat());
      for (const expected of [
        `${value} public`,
        `${value} internal`,
        `${value} secrets`,
        `${value} tool`,
        value, // an example, and the exception register's who / what / approved by
        `${value}; ${value}`, // two examples
      ]) {
        expect(cells).toContain(expected);
      }

      const items = nodesOfType(tree, 'listItem').map(textOf);
      expect(items).toContain(value); // a use case
      expect(items).toContain(`${value} banned: ${value}`);
      expect(items).toContain(`${value} banned too`);
      expect(items.some((item) => item.startsWith(`${value} tool (${value}): BAA.`))).toBe(true);

      const code = nodesOfType(tree, 'inlineCode').map((node) => node.value);
      // Inline code cannot hold a line ending; it is shown as a space.
      expect(code).toContain(value.replace(/\n/g, ' '));
    });

    it('renders to HTML with no script, no event handler and no javascript: link', () => {
      const html = toHtml(markdown);
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<img/i);
      expect(html).not.toMatch(/<a href="javascript/i);
      expect(html).not.toMatch(/<div/i);
      // "onerror=" may appear as visible text, never inside a tag.
      expect(html).not.toMatch(/<[^>]*onerror=/i);
      for (const [, href] of html.matchAll(/<a href="([^"]*)"/g)) expect(isSafeLink(href!)).toBe(true);
    });

    it('renders single sections as safely', () => {
      const document = documentOf(everyField(value));
      for (const id of ['approved-tools', 'data-classification', 'incidents-and-exceptions', 'extra']) {
        const sectionTree = parseMarkdown(renderSectionMarkdown(document, id));
        expect(nodesOfType(sectionTree, 'html')).toEqual([]);
        expect(toHtml(renderSectionMarkdown(document, id))).not.toMatch(/<script|<img/i);
      }
    });
  },
);

describe('link targets from the config', () => {
  const toolLinks = (url: string, externalHosts: string[] = []) => {
    const input = {
      ...MINIMAL,
      tools: [{name: 'Setup Guide Tool', agreement: 'enterprise', url}],
      links: {externalHosts},
    };
    const tree = parseMarkdown(renderSectionMarkdown(documentOf(input), 'approved-tools'));
    return nodesOfType(tree, 'link')
      .filter((link) => textOf(link) === 'Setup Guide Tool')
      .map((link) => link.url);
  };

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/path',
  ])('drops the unsafe tools[].url %j and keeps the tool name as text', (url) => {
    expect(toolLinks(url)).toEqual([]);
    const markdown = markdownOf({
      ...MINIMAL,
      tools: [{name: 'Setup Guide Tool', agreement: 'enterprise', url}],
    });
    expect(markdown).toContain('**Setup Guide Tool**');
    expect(toHtml(markdown)).not.toMatch(/href="(javascript|data|vbscript)|href="\/\//i);
  });

  it.each(['mailto:security@acme.example', '/docs/ide-setup', '#setup'])(
    'links the tool name to the same-site or mailto url %j',
    (url) => {
      expect(toolLinks(url)).toEqual([url]);
    },
  );

  it.each([
    ['https://tools.example/setup', 'tools.example'],
    ['http://intranet.example/ai', 'intranet.example'],
  ])(
    'links the tool name to the external url %j only when links.externalHosts lists its host',
    (url, host) => {
      expect(toolLinks(url, [host])).toEqual([url]);
      expect(toolLinks(url)).toEqual([]);
      const markdown = markdownOf({
        ...MINIMAL,
        tools: [{name: 'Setup Guide Tool', agreement: 'enterprise', url}],
      });
      // Shown as code, so that no Markdown viewer turns it back into a link.
      expect(markdown).toContain(`**Setup Guide Tool** (\`${url}\`)`);
    },
  );

  it('keeps an entity-encoded scheme inert', () => {
    // A Markdown or HTML reader decodes `&colon;` into ":", so the engine drops such a target outright.
    expect(toolLinks('javascript&colon;alert(1)')).toEqual([]);
    const markdown = markdownOf({
      ...MINIMAL,
      tools: [{name: 'Setup Guide Tool', agreement: 'enterprise', url: 'javascript&colon;alert(1)'}],
    });
    expect(toHtml(markdown)).not.toMatch(/href="javascript:/i);
  });
});

describe('custom section bodies (markdown by design)', () => {
  const bodyTree = (body: string, externalHosts: string[] = []) =>
    parseMarkdown(
      renderSectionMarkdown(
        documentOf({
          ...MINIMAL,
          sections: {custom: [{id: 'extra', title: 'Extra', body}]},
          links: {externalHosts},
        }),
        'extra',
      ),
    );

  it('shows raw HTML as visible text, never as HTML', () => {
    const tree = bodyTree(
      '<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> inline.\n\n<div>block</div>',
    );
    expect(nodesOfType(tree, 'html')).toEqual([]);
    const text = textOf(tree);
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('<div>block</div>');
    const html = toHtml(
      renderSectionMarkdown(
        documentOf({
          ...MINIMAL,
          sections: {custom: [{id: 'extra', title: 'Extra', body: '<script>alert(1)</script>'}]},
        }),
        'extra',
      ),
    );
    expect(html).not.toMatch(/<script/i);
  });

  it('keeps the text of an unsafe link and drops its target; keeps safe links', () => {
    const tree = bodyTree(
      '[click me](javascript:alert(1)) and [docs](https://example.com/docs) and [mail](mailto:a@b.example) and [x](data:text/html,hi) and [ref][r]\n\n[r]: javascript:alert(2)',
      ['example.com'],
    );
    expect(nodesOfType(tree, 'link').map((link) => link.url)).toEqual([
      'https://example.com/docs',
      'mailto:a@b.example',
    ]);
    expect(textOf(tree)).toContain('click me and docs and mail and x and ref');
    expect(nodesOfType(tree, 'definition')).toEqual([]);
  });

  it('turns images into their alt text, so the policy loads nothing remote', () => {
    const tree = bodyTree('See ![the diagram](https://evil.example/pixel.png) here.');
    expect(nodesOfType(tree, 'image')).toEqual([]);
    expect(textOf(tree)).toBe('ExtraSee the diagram here.');
  });

  it('demotes headings below the section title', () => {
    const tree = bodyTree('# Top\n\n## Second');
    expect(nodesOfType(tree, 'heading').map((heading) => [heading.depth, textOf(heading)])).toEqual([
      [2, 'Extra'],
      [3, 'Top'],
      [3, 'Second'],
    ]);
  });
});

describe('determinism', () => {
  const FULL: PolicyConfigInput = {
    ...everyField('Acme Corp'),
    compliance: [...REGIME_IDS],
  };

  it('gives byte-identical markdown and JSON for the same config, built twice', () => {
    const first = documentOf(FULL);
    const second = documentOf(structuredClone(FULL));
    expect(renderPolicyMarkdown(second)).toBe(renderPolicyMarkdown(first));
    expect(renderPolicyJson(second)).toBe(renderPolicyJson(first));
    // The same document object rendered twice, too (renderers do not mutate it).
    expect(renderPolicyMarkdown(first)).toBe(renderPolicyMarkdown(first));
  });

  it('does not depend on the order of `compliance`', () => {
    const forward = documentOf({...FULL, compliance: [...REGIME_IDS]});
    const reversed = documentOf({...FULL, compliance: [...REGIME_IDS].reverse()});
    const shuffled = documentOf({
      ...FULL,
      compliance: ['iso42001', 'gdpr', 'nist-ai-rmf', 'soc2', 'pci-dss', 'hipaa', 'eu-ai-act', 'iso27001'],
    });
    for (const other of [reversed, shuffled]) {
      expect(renderPolicyMarkdown(other)).toBe(renderPolicyMarkdown(forward));
      expect(renderPolicyJson(other)).toBe(renderPolicyJson(forward));
    }
  });

  it('does not depend on key order in the file', () => {
    const reordered = Object.fromEntries(Object.entries(FULL).reverse());
    expect(renderPolicyJson(documentOf(reordered))).toBe(renderPolicyJson(documentOf(FULL)));
    expect(renderPolicyMarkdown(documentOf(reordered))).toBe(renderPolicyMarkdown(documentOf(FULL)));
  });

  it('ends the markdown with exactly one newline and has no trailing spaces', () => {
    const markdown = renderPolicyMarkdown(documentOf(FULL));
    expect(markdown.endsWith('\n')).toBe(true);
    expect(markdown.endsWith('\n\n')).toBe(false);
    expect(markdown.split('\n').filter((line) => /[ \t]$/.test(line))).toEqual([]);
  });
});

describe('JSON download', () => {
  const input: PolicyConfigInput = {
    organization: 'Acme Corp',
    industry: 'financial-services',
    effectiveDate: '2026-06-15',
    owner: 'Security team',
    posture: 'mandatory',
    compliance: ['pci-dss', 'gdpr'],
    tools: [
      {name: 'Claude Code', vendor: 'Anthropic', agreement: 'enterprise', maxDataClass: 'internal'},
      {name: 'Chat Helper', agreement: 'standard', conditions: 'Public data only.'},
    ],
    prohibitedTools: [{name: 'DeepSeek', reason: 'data residency'}],
    unlistedTools: {maxDataClass: 'public'},
    incidents: {contact: 'security@acme.example'},
    review: {cadence: 'quarterly', lastReviewed: '2026-06-15'},
    exceptions: {granted: [{who: 'support', what: 'ticket summaries', expires: '2026-12-31'}]},
  };
  const document = documentOf(input);
  const json = renderPolicyJson(document);
  const parsed = JSON.parse(json);

  it('parses back to exactly the object it was rendered from', () => {
    expect(parsed).toEqual(toPolicyJson(document));
    expect(json.endsWith('}\n')).toBe(true);
  });

  it('has the documented top-level shape', () => {
    expect(parsed.schemaVersion).toBe(6);
    expect(parsed).toMatchObject({
      organization: 'Acme Corp',
      industry: 'financial-services',
      effectiveDate: '2026-06-15',
      posture: 'mandatory',
      owner: 'Security team',
      compliance: ['gdpr', 'pci-dss'],
      review: {cadence: 'quarterly', lastReviewed: '2026-06-15', nextDue: '2026-09-15'},
      unlistedTools: {maxDataClass: 'public'},
      prohibitedTools: [{name: 'DeepSeek', reason: 'data residency'}],
      exceptions: {
        // The default approver is the policy's owner when it names one: the JSON names whom the page names.
        approver: 'Security team',
        granted: [{who: 'support', what: 'ticket summaries', expires: '2026-12-31', approvedBy: null}],
      },
      incidents: {contact: 'security@acme.example', channel: null},
    });
  });

  it('lists tools and data classes with every field, nulls for what the config leaves out', () => {
    expect(parsed.tools).toEqual([
      {
        name: 'Claude Code',
        vendor: 'Anthropic',
        agreements: ['enterprise'],
        maxDataClass: 'internal',
        conditions: null,
        client: null,
        models: [],
        from: null,
      },
      {
        name: 'Chat Helper',
        vendor: null,
        agreements: ['standard'],
        maxDataClass: null,
        conditions: 'Public data only.',
        client: null,
        models: [],
        from: null,
      },
    ]);
    expect(
      parsed.dataClasses.map((dataClass: {id: string; rule: string}) => [dataClass.id, dataClass.rule]),
    ).toEqual([
      ['public', 'any-approved-tool'],
      ['internal', 'enterprise-agreement-only'],
      ['restricted', 'never'],
    ]);
    for (const dataClass of parsed.dataClasses) {
      expect(Object.keys(dataClass).sort()).toEqual([
        'categories',
        'effectiveRule',
        'examples',
        'from',
        'id',
        'name',
        'paths',
        'rule',
      ]);
    }
  });

  it('carries the tool x class decisions a gateway can enforce', () => {
    expect(parsed.decisions).toEqual([
      {tool: 'Claude Code', dataClass: 'public', allowed: true, reason: 'allowed'},
      {tool: 'Claude Code', dataClass: 'internal', allowed: true, reason: 'allowed'},
      {tool: 'Claude Code', dataClass: 'restricted', allowed: false, reason: 'class-never'},
      {tool: 'Chat Helper', dataClass: 'public', allowed: true, reason: 'allowed'},
      {tool: 'Chat Helper', dataClass: 'internal', allowed: false, reason: 'agreement-too-weak'},
      {tool: 'Chat Helper', dataClass: 'restricted', allowed: false, reason: 'class-never'},
    ]);
  });

  it('lists each selected regime with its cited clauses', () => {
    expect(parsed.regimes.map((regime: {id: string}) => regime.id)).toEqual(['gdpr', 'pci-dss']);
    for (const regime of parsed.regimes) {
      expect(typeof regime.label).toBe('string');
      expect(regime.clauses.length).toBeGreaterThan(0);
      for (const clause of regime.clauses) {
        expect(Object.keys(clause)).toEqual([
          'id',
          'citation',
          'status',
          'source',
          'checked',
          'caveat',
          'duty',
          'controls',
        ]);
        expect(clause.id).toMatch(/^[a-z0-9-]+\.[a-z0-9-]+$/);
        expect(clause.citation).not.toBe('');
        expect(['verified', 'partially', 'reported']).toContain(clause.status);
        expect(clause.source).not.toBe('');
      }
    }
    const clauseIds = parsed.regimes.flatMap((regime: {clauses: Array<{id: string}>}) =>
      regime.clauses.map((clause) => clause.id),
    );
    expect(new Set(clauseIds).size).toBe(clauseIds.length);
    const gdpr = parsed.regimes.find((regime: {id: string}) => regime.id === 'gdpr');
    expect(gdpr.clauses.some((clause: {citation: string}) => clause.citation.includes('Art. 28'))).toBe(true);
  });

  it('lists the sections as the page shows them, and the findings', () => {
    expect(parsed.sections.map((section: {id: string}) => section.id)).toEqual(
      document.sections.map((s) => s.id),
    );
    expect(Object.keys(parsed.sections[0])).toEqual(['id', 'kind', 'title', 'summary']);
    expect(Array.isArray(parsed.findings)).toBe(true);
    const withFinding = JSON.parse(
      renderPolicyJson(documentOf({...input, unlistedTools: {maxDataClass: 'internal'}})),
    );
    expect(withFinding.findings).toContainEqual(
      expect.objectContaining({
        code: 'unlisted-ceiling-ignored',
        path: 'unlistedTools.maxDataClass',
        stale: false,
      }),
    );
  });

  it('keeps hostile text as exact strings', () => {
    const value = HOSTILE.join(' ');
    const hostile = JSON.parse(renderPolicyJson(documentOf(everyField(value))));
    expect(hostile.organization).toBe(value);
    expect(hostile.tools[0].name).toBe(`${value} tool`);
    expect(hostile.tools[0].conditions).toBe(value);
    expect(hostile.exceptions.granted[0].who).toBe(value);
  });

  it('does not depend on the config object’s identity (the config is not mutated)', () => {
    const config = configOf(input);
    const before = JSON.stringify(config);
    renderPolicyJson(documentOf(input));
    expect(JSON.stringify(config)).toBe(before);
  });
});

describe('the data classes table', () => {
  const classesTable = (input: PolicyConfigInput) => {
    const tables = nodesOfType(
      parseMarkdown(renderSectionMarkdown(documentOf(input), 'data-classification')),
      'table',
    );
    return tableCells(tables[0]!);
  };
  const classes = (examples: string[][]): PolicyConfigInput => ({
    ...MINIMAL,
    dataClasses: [
      {id: 'public', name: 'Public', rule: 'any-approved-tool', examples: examples[0]},
      {id: 'secret', name: 'Secret', rule: 'never', examples: examples[1]},
    ],
  });

  it('leaves out the Examples column when no class has examples', () => {
    expect(classesTable(classes([[], []]))).toEqual([
      ['Data class', 'Rule'],
      ['Public', expect.any(String)],
      ['Secret', expect.any(String)],
    ]);
  });

  it('keeps it when one class has examples, empty for the others', () => {
    const rows = classesTable(classes([['the website'], []]));
    expect(rows.map((row) => row.slice(0, 2))).toEqual([
      ['Data class', 'Examples'],
      ['Public', 'the website'],
      ['Secret', ''],
    ]);
  });
});
