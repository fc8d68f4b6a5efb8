/**
 * `remarkAiPolicy` in the pipelines it meets: plain remark (what the embed turns into, as Markdown), MDX
 * (the HTML a reader gets) and Docusaurus's own MDX processor (anchors, table of contents, directive
 * warnings). Every error case checks the text a writer would read: file:line:column, what is valid, and
 * the "did you mean".
 */
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {evaluate} from '@mdx-js/mdx';
import type {Root} from 'mdast';
import {directiveToMarkdown} from 'mdast-util-directive';
import {gfmToMarkdown} from 'mdast-util-gfm';
import {toMarkdown} from 'mdast-util-to-markdown';
import {createElement, type ReactElement} from 'react';
import * as jsxRuntime from 'react/jsx-runtime';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {VFile} from 'vfile';
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest';
import {type RemarkAiPolicyOptions, remarkAiPolicy} from '../src/remark/index.js';
// The renderer's style, so an embed can be compared with `renderSectionMarkdown` as text.
import {MARKDOWN_STYLE, renderSectionMarkdown} from '../src/render/markdown.js';
import {registerPolicyInstance} from '../src/store/instances.js';
import {loadPolicy, policyStoreStats} from '../src/store/policy-store.js';

// react-dom ships no types here (no @types/react-dom); this is the one function the tests use.
const {renderToStaticMarkup} = createRequire(import.meta.url)('react-dom/server') as {
  renderToStaticMarkup(element: ReactElement): string;
};

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIR = path.join(ROOT, 'test/.tmp', `remark-${process.pid}`);
const POLICY = path.join(DIR, 'ai-policy.yml');
const CONTRACTOR_POLICY = path.join(DIR, 'contractors.yml');
const BROKEN_POLICY = path.join(DIR, 'broken.yml');
/** The Markdown file the errors name, relative to the working directory as Docusaurus prints it. */
const DOC = path.join(DIR, 'docs/onboarding.md');
const DOC_SHOWN = path.relative(process.cwd(), DOC);

const policyYaml = (organization: string, firstTool: string) => `organization: ${organization}
industry: saas
effectiveDate: 2026-06-15
owner: Security team <security@acme.example>
posture: mandatory
compliance: [soc2, gdpr]
tools:
  - name: ${firstTool}
    vendor: Anthropic
    agreement: enterprise
    maxDataClass: internal
  - name: GitHub Copilot
    agreement: enterprise
prohibitedTools: [DeepSeek]
review: {cadence: quarterly, lastReviewed: 2026-06-15}
incidents: {contact: security@acme.example}
`;

beforeAll(() => {
  mkdirSync(path.dirname(DOC), {recursive: true});
  writeFileSync(POLICY, policyYaml('Acme Corp', 'Claude Code'));
  writeFileSync(
    CONTRACTOR_POLICY,
    `${policyYaml('Acme Contracting', 'Contractor Assistant')}sections: {disable: [budgets]}\n`,
  );
  // Line 3 has the problem: an industry the schema does not know.
  writeFileSync(
    BROKEN_POLICY,
    'organization: Acme Corp\neffectiveDate: 2026-06-15\nindustry: saaas\ntools:\n  - {name: X, agreement: enterprise}\n',
  );
  registerPolicyInstance('default', POLICY);
  registerPolicyInstance('contractors', CONTRACTOR_POLICY);
  registerPolicyInstance('broken', BROKEN_POLICY);
});

afterAll(() => rmSync(DIR, {recursive: true, force: true}));

/** remark-parse + remark-directive + remark-gfm + the plugin; the resulting tree and its Markdown. */
async function remark(
  markdown: string,
  options?: RemarkAiPolicyOptions,
): Promise<{tree: Root; markdown: string}> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkGfm)
    .use(remarkAiPolicy, options);
  const file = new VFile({value: markdown, path: DOC});
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  return {
    tree,
    markdown: toMarkdown(tree, {...MARKDOWN_STYLE, extensions: [gfmToMarkdown(), directiveToMarkdown()]}),
  };
}

/** The MDX path: compile, run, and render to the HTML a reader's browser receives. */
async function mdxHtml(source: string): Promise<string> {
  const {default: Content} = await evaluate(new VFile({value: source, path: DOC.replace(/\.md$/, '.mdx')}), {
    ...jsxRuntime,
    remarkPlugins: [remarkDirective, remarkGfm, remarkAiPolicy],
  });
  return renderToStaticMarkup(createElement(Content));
}

async function failure(markdown: string, options?: RemarkAiPolicyOptions): Promise<string> {
  const error = await remark(markdown, options).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error, 'expected the embed to fail').toBeInstanceOf(Error);
  return (error as Error).message;
}

function directivesNamed(tree: Root, name: string): number {
  let count = 0;
  visit(tree, (node) => {
    if (
      (node.type === 'leafDirective' ||
        node.type === 'textDirective' ||
        node.type === 'containerDirective') &&
      node.name === name
    )
      count++;
  });
  return count;
}

const sectionMarkdown = async (id: string, options: {level?: number; title?: boolean} = {}) =>
  renderSectionMarkdown((await loadPolicy(POLICY)).document, id, options).trim();

describe('embedding a section', () => {
  it('replaces the directive with exactly the policy markdown of that section', async () => {
    const {tree, markdown} = await remark(
      '# Onboarding\n\nBefore.\n\n::ai-policy{section="approved-tools"}\n\nAfter.\n',
    );
    expect(directivesNamed(tree, 'ai-policy')).toBe(0);
    expect(markdown).toContain(`Before.\n\n${await sectionMarkdown('approved-tools')}\n\nAfter.`);
    expect(markdown).toContain('## Approved tools');
    expect(markdown).toContain('**Claude Code** (Anthropic)');
  });

  it('renders GFM tables, e.g. the data classification and the tool x class matrix', async () => {
    const {markdown} = await remark('::ai-policy{section="data-classification"}\n');
    expect(markdown).toContain(await sectionMarkdown('data-classification'));
    expect(markdown).toMatch(/^\| Data class +\|/m);
    expect(markdown).toMatch(/^\| \*\*Claude Code\*\* +\|/m);
  });

  it('level sets the depth of the section heading and shifts its sub-headings with it', async () => {
    const {markdown} = await remark('::ai-policy{section="approved-tools" level="4"}\n');
    expect(markdown).toContain('#### Approved tools');
    expect(markdown).toContain('##### Prohibited tools');
    expect(markdown).toContain(await sectionMarkdown('approved-tools', {level: 4}));
  });

  it('title="false" leaves the section heading out; its sub-headings take the level', async () => {
    const {markdown} = await remark(
      '## AI assistants\n\n::ai-policy{section="approved-tools" level="3" title="false"}\n',
    );
    expect(markdown).not.toContain('Approved tools\n');
    expect(markdown).toContain('### Prohibited tools');
    expect(markdown).toContain(await sectionMarkdown('approved-tools', {level: 3, title: false}));
  });

  it('title="true" is the default spelled out', async () => {
    const {markdown} = await remark('::ai-policy{section="budgets" title="true"}\n');
    expect(markdown).toContain(await sectionMarkdown('budgets'));
  });

  it('embeds regime and custom sections by their ids', async () => {
    const {markdown} = await remark('::ai-policy{section="soc2"}\n\n::ai-policy{section="gdpr" level="3"}\n');
    expect(markdown).toContain(await sectionMarkdown('soc2'));
    expect(markdown).toContain(await sectionMarkdown('gdpr', {level: 3}));
  });

  it('embeds the control crosswalk with section="controls": each framework, its controls, the duties, the gaps', async () => {
    const {markdown} = await remark('::ai-policy{section="controls" level="3"}\n');
    expect(markdown).toContain('### Controls\n');
    expect(markdown).toContain('#### SOC 2 (Trust Services Criteria 2017 (revised points of focus 2022))');
    expect(markdown).toContain('#### GDPR (Regulation (EU) 2016/679)');
    expect(markdown).toMatch(
      /^- `CC8\.1` Change management\n {2}- \*\*implements\*\* AI-generated code must pass human review, .* \*\(SOC 2 CC8\.1\)\*$/m,
    );
    expect(markdown).toMatch(/\*\*supports\*\* AI-generated code must be reviewed by a person before merge/);
    expect(markdown).toContain('Not addressed by this policy: CC2.3 (Communication with external parties)');
    // Not a section of the policy: the whole policy does not repeat it.
    expect((await remark('::ai-policy\n')).markdown).not.toContain('Not addressed by this policy');
  });

  it('::ai-policy alone embeds the whole policy, title first, every section below it', async () => {
    const {document} = await loadPolicy(POLICY);
    const {markdown} = await remark('::ai-policy\n');
    expect(markdown).toMatch(new RegExp(`^## ${document.title}$`, 'm'));
    for (const section of document.sections)
      expect(markdown).toMatch(new RegExp(`^### ${section.title}$`, 'm'));
    expect(markdown).toContain('Acme Corp');
  });

  it('::ai-policy{title="false"} starts the whole policy at its sections, at the given level', async () => {
    const {document} = await loadPolicy(POLICY);
    const {markdown} = await remark('::ai-policy{title="false" level="3"}\n');
    expect(markdown).not.toContain(document.title);
    for (const section of document.sections)
      expect(markdown).toMatch(new RegExp(`^### ${section.title}$`, 'm'));
  });

  it('{pluginId} embeds another instance’s policy', async () => {
    const {markdown} = await remark('::ai-policy{section="approved-tools"}\n', {pluginId: 'contractors'});
    expect(markdown).toContain('**Contractor Assistant**');
  });

  it('works inside lists, blockquotes and other containers', async () => {
    const {tree, markdown} = await remark(
      '> Quoted:\n>\n> ::ai-policy{section="budgets"}\n\n:::note\n::ai-policy{section="budgets" level="3"}\n:::\n',
    );
    expect(directivesNamed(tree, 'ai-policy')).toBe(0);
    expect(markdown).toContain('> ## Budgets');
    expect(markdown).toContain('### Budgets');
  });

  it('leaves every other directive alone', async () => {
    const input =
      ':::note\nAn admonition.\n:::\n\n::youtube{#abc}\n\nSome :abbr[HTML]{title="x"} text.\n\n::ai-policy{section="budgets"}\n';
    const {tree, markdown} = await remark(input);
    expect(directivesNamed(tree, 'note')).toBe(1);
    expect(directivesNamed(tree, 'youtube')).toBe(1);
    expect(directivesNamed(tree, 'abbr')).toBe(1);
    expect(markdown).toContain(':::note\nAn admonition.\n:::');
    expect(markdown).toContain('::youtube{#abc}');
    expect(markdown).toContain(':abbr[HTML]{title="x"}');
  });

  it('hands out fresh nodes: a later plugin mutating one embed cannot change the next', async () => {
    const first = await remark('::ai-policy{section="budgets"}\n');
    visit(first.tree, 'text', (node) => {
      node.value = 'MUTATED';
    });
    const second = await remark('::ai-policy{section="budgets"}\n');
    expect(second.markdown).not.toContain('MUTATED');
    expect(second.markdown).toContain(await sectionMarkdown('budgets'));
  });

  it('parses the policy once for many files, not once per file', async () => {
    await loadPolicy(POLICY);
    const before = policyStoreStats().parses;
    await Promise.all(
      Array.from({length: 50}, (_, i) => remark(`# Page ${i}\n\n::ai-policy{section="approved-tools"}\n`)),
    );
    expect(policyStoreStats().parses).toBe(before);
  });

  it('reads nothing for files without the directive, even with no instance registered', async () => {
    const {markdown} = await remark('# Plain page\n\nNo embeds.\n', {pluginId: 'nowhere'});
    expect(markdown).toBe('# Plain page\n\nNo embeds.\n');
  });
});

describe('MDX: the HTML a reader sees', () => {
  it('server-renders the section: heading with its anchor, text, table', async () => {
    const html = await mdxHtml('# Onboarding\n\n::ai-policy{section="data-classification" level="3"}\n');
    expect(html).toContain('<h3 id="data-classification">Data classification</h3>');
    expect(html).toContain('<h4 id="data-classification--tool-by-data-class">');
    expect(html).toMatch(/<table>.*<th>Data class<\/th>/s);
    expect(html).toContain('<strong>Claude Code</strong>');
    expect(html).not.toContain('ai-policy{');
  });

  it('title="false": no section heading, the text starts at once', async () => {
    const html = await mdxHtml('::ai-policy{section="approved-tools" title="false"}\n');
    // The section opens with its tool list: no heading before it.
    expect(html).toMatch(/^<ul>\s*<li><strong>/);
    expect(html).not.toContain('id="approved-tools"');
    expect(html).toContain('<h2 id="approved-tools--prohibited-tools">');
  });

  it('reports errors with the .mdx file location too', async () => {
    const error = await mdxHtml('Text\n\n::ai-policy{section="aproved-tools"}\n').catch(
      (thrown: Error) => thrown,
    );
    expect(String(error)).toContain(`${DOC_SHOWN.replace(/\.md$/, '.mdx')}:3:1`);
    expect(String(error)).toContain('Did you mean section="approved-tools"?');
  });
});

describe('errors fail the build with file:line:column, what is valid, and a suggestion', () => {
  it('unknown section id: lists the valid ids and suggests the nearest', async () => {
    const message = await failure('# Title\n\nText.\n\n::ai-policy{section="aproved-tools"}\n');
    expect(message).toContain(`${DOC_SHOWN}:5:1:`);
    expect(message).toContain('section="aproved-tools" is not a section of this policy');
    expect(message).toContain('"purpose-and-scope", "approved-tools", "data-classification", "soc2", "gdpr"');
    expect(message).toContain('Did you mean section="approved-tools"?');
  });

  it('unknown section id with nothing close: no guess, still the list', async () => {
    const message = await failure('::ai-policy{section="weather"}\n');
    expect(message).toContain(`${DOC_SHOWN}:1:1:`);
    expect(message).toContain('Valid sections: "purpose-and-scope"');
    expect(message).toContain('"controls"');
    expect(message).not.toContain('Did you mean');
  });

  it('a regime the policy does not select: says the fix is in the policy', async () => {
    const message = await failure('::ai-policy{section="hipaa"}\n');
    expect(message).toContain('section="hipaa" is not a section of this policy.');
    expect(message).toContain(
      "a compliance regime the policy does not select; add it to the policy's compliance list",
    );
    expect(message).toContain('Valid sections: "purpose-and-scope"');
  });

  it('a section the policy disables: says so', async () => {
    const message = await failure('::ai-policy{section="budgets"}\n', {pluginId: 'contractors'});
    expect(message).toContain(
      'section="budgets" is not a section of this policy. It is listed in the policy\'s sections.disable.',
    );
  });

  it('unknown attribute: lists the valid ones and suggests the nearest', async () => {
    const message = await failure('Intro\n\n  ::ai-policy{section="budgets" levle="3"}\n');
    expect(message).toContain(`${DOC_SHOWN}:3:3:`);
    expect(message).toContain(
      '::ai-policy has no attribute "levle". Valid attributes: "section", "level", "title".',
    );
    expect(message).toContain('Did you mean "level"?');
  });

  it('the #id shorthand is taken for what it meant: a section', async () => {
    const message = await failure('::ai-policy{#approved-tools}\n');
    expect(message).toContain('no attribute "id"');
    expect(message).toContain('Did you mean section="approved-tools"?');
  });

  it.each([['1'], ['7'], ['two'], ['']])('level="%s" is not a heading depth', async (level) => {
    const message = await failure(`::ai-policy{section="budgets" level="${level}"}\n`);
    expect(message).toContain(`${DOC_SHOWN}:1:1:`);
    expect(message).toContain(`level="${level}" is not a heading depth. Valid levels: 2, 3, 4, 5, 6.`);
  });

  it('title must be true or false', async () => {
    const message = await failure('::ai-policy{section="budgets" title="flase"}\n');
    expect(message).toContain('title="flase" must be "true" or "false". Did you mean "false"?');
  });

  it('the text form :ai-policy is refused, pointing at the leaf form', async () => {
    const message = await failure('See :ai-policy{section="budgets"} here.\n');
    expect(message).toContain(`${DOC_SHOWN}:1:5:`);
    expect(message).toContain(
      '":ai-policy" must be a leaf directive on its own line, e.g. ::ai-policy{section="data-classification"}',
    );
  });

  it('the bare text form :ai-policy is refused too (Docusaurus would print it as text)', async () => {
    const message = await failure('Read :ai-policy first.\n');
    expect(message).toContain(`${DOC_SHOWN}:1:6:`);
  });

  it('the container form :::ai-policy is refused', async () => {
    const message = await failure('Intro\n\n:::ai-policy{section="budgets"}\nbody\n:::\n');
    expect(message).toContain(`${DOC_SHOWN}:3:1:`);
    expect(message).toContain('":::ai-policy" has no content of its own; use the leaf form');
  });

  it('a [label] is refused', async () => {
    const message = await failure('::ai-policy[Budgets]{section="budgets"}\n');
    expect(message).toContain('takes no [label]');
  });

  it('an empty section="" is refused', async () => {
    const message = await failure('::ai-policy{section=""}\n');
    expect(message).toContain('section="" is empty');
  });

  it('an unknown plugin instance names the registered ones and suggests the nearest', async () => {
    const message = await failure('::ai-policy{section="budgets"}\n', {pluginId: 'contractor'});
    expect(message).toContain(`${DOC_SHOWN}:1:1:`);
    expect(message).toContain('instance "contractor", which is not in this site\'s plugins');
    expect(message).toContain('"default", "contractors"');
    expect(message).toContain('Did you mean {pluginId: "contractors"}?');
  });

  it('an invalid policy surfaces as its own located config error, after the embedding page', async () => {
    const message = await failure('Intro\n\n::ai-policy{section="budgets"}\n', {pluginId: 'broken'});
    expect(message).toMatch(new RegExp(`^${escapeRegExp(DOC_SHOWN)}:3:1: cannot embed the AI policy:\\n`));
    expect(message).toContain(`${path.relative(process.cwd(), BROKEN_POLICY)}:3:`);
    expect(message).toContain('industry');
    expect(message).toContain('did you mean "saas"?');
  });
});

describe('in Docusaurus’s MDX processor', () => {
  type Processor = {
    process(input: {
      content: string;
      filePath: string;
      frontMatter: object;
      compilerName: string;
    }): Promise<{content: string}>;
  };

  async function docusaurusCompile(
    content: string,
    where: 'remarkPlugins' | 'beforeDefaultRemarkPlugins',
  ): Promise<string> {
    const {createProcessorUncached} = (await import(
      '@docusaurus/mdx-loader/lib/processor.js'
    )) as unknown as {
      createProcessorUncached(input: {options: object; format: 'mdx' | 'md'}): Promise<Processor>;
    };
    const {DEFAULT_MARKDOWN_CONFIG} = await import('@docusaurus/core/lib/server/configValidation.js');
    const options = {
      markdownConfig: DEFAULT_MARKDOWN_CONFIG,
      admonitions: true,
      siteDir: DIR,
      staticDirs: [],
      [where]: [remarkAiPolicy],
    };
    const processor = await createProcessorUncached({options, format: 'mdx'});
    const result = await processor.process({content, filePath: DOC, frontMatter: {}, compilerName: 'client'});
    return result.content;
  }

  /** The `export const toc = [...]` of compiled MDX, as `id@level` entries. */
  function tocOf(compiled: string): string[] {
    const toc = /export const toc = (\[[\s\S]*?\]);\n/.exec(compiled)?.[1] ?? '[]';
    return [...toc.matchAll(/"?id"?: "([^"]+)",\s*"?level"?: (\d)/g)].map(
      ([, id, level]) => `${id}@${level}`,
    );
  }

  const page = [
    '# Onboarding',
    '## Approved tools',
    'The page has its own heading with the section’s name.',
    '::ai-policy{section="approved-tools"}',
    ':::note\nAdmonitions still work.\n:::',
    '## Later',
    '::ai-policy{section="data-classification" level="3"}',
  ].join('\n\n');

  const expectedToc = [
    'approved-tools@2',
    'approved-tools-1@2',
    'approved-tools--prohibited-tools@3',
    // The GDPR automated-decisions duty is said once, under Prohibited uses.
    'approved-tools--prohibited-uses@3',
    'later@2',
    'data-classification@3',
    'data-classification--tool-by-data-class@4',
  ];

  it.each([['remarkPlugins' as const], ['beforeDefaultRemarkPlugins' as const]])(
    'listed in %s: embedded headings get unique anchors and join the table of contents in place',
    async (where) => {
      const compiled = await docusaurusCompile(page, where);
      expect(tocOf(compiled)).toEqual(expectedToc);
      expect(compiled).toContain('id: "approved-tools-1"');
      expect(compiled).toContain('id: "data-classification--tool-by-data-class"');
      expect(compiled).toContain('type: "note"');
    },
  );

  it('handled directives raise no "unused Markdown directives" warning; others still do', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      await docusaurusCompile('# Page\n\n::ai-policy{section="budgets"}\n', 'remarkPlugins');
      const printed = () => [...warn.mock.calls, ...log.mock.calls].flat().join('\n');
      expect(printed()).not.toContain('unused Markdown directives');
      await docusaurusCompile(
        '# Page\n\n::ai-policy{section="budgets"}\n\n::unknown-thing\n',
        'remarkPlugins',
      );
      expect(printed()).toContain('unused Markdown directives');
      expect(printed()).toContain('::unknown-thing');
      expect(printed()).not.toContain('::ai-policy');
    } finally {
      warn.mockRestore();
      log.mockRestore();
    }
  });

  it('an author’s own `export const toc` is left as written', async () => {
    const compiled = await docusaurusCompile(
      'export const toc = [];\n\n# Page\n\n::ai-policy{section="budgets"}\n',
      'remarkPlugins',
    );
    expect(compiled).toMatch(/export const toc = \[\];/);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('links to the duties a regime section names', () => {
  it('lead from an embedded section to the full policy page, and stay fragments in the whole policy', async () => {
    registerPolicyInstance('with-page', POLICY, '/handbook/ai-policy');
    const target = 'approved-tools--prohibited-uses';
    const section = await remark('::ai-policy{section="gdpr"}\n', {pluginId: 'with-page'});
    expect(section.markdown).toContain(
      `Also required: [human intervention](/handbook/ai-policy#${target}) and [incident reporting](/handbook/ai-policy#incidents-and-exceptions).`,
    );
    // These classes keep personal data out of every tool, so the GDPR section says so and links no matrix.
    expect(section.markdown).toContain(
      'Personal data (**Customer data, PII, credentials and secrets**) must not go',
    );
    // The sentence that sends the reader to the matrix (SOC 2's confidentiality criterion) leads there too.
    const openPolicy = path.join(DIR, 'people.yml');
    writeFileSync(
      openPolicy,
      `${policyYaml('Acme Corp', 'Claude Code')}dataClasses:\n  - {id: internal, name: People data, rule: enterprise-agreement-only, categories: [personal-data]}\n`,
    );
    registerPolicyInstance('people-page', openPolicy, '/handbook/ai-policy');
    const open = await remark('::ai-policy{section="soc2"}\n', {pluginId: 'people-page'});
    expect(open.markdown).toContain('[the matrix](/handbook/ai-policy#data-classification)');
    // The whole policy holds the heading, so the link stays on the page.
    const whole = await remark('::ai-policy\n', {pluginId: 'with-page'});
    expect(whole.markdown).toContain(
      `Also required: [human intervention](#${target}) and [incident reporting](#incidents-and-exceptions).`,
    );
    const openWhole = await remark('::ai-policy\n', {pluginId: 'people-page'});
    expect(openWhole.markdown).toContain('[the matrix](#data-classification)');
    const ids: string[] = [];
    visit(whole.tree, 'heading', (heading) => {
      ids.push(String((heading.data as {hProperties?: {id?: string}}).hProperties?.id));
    });
    expect(ids).toContain(target);
  });
});
