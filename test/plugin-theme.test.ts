/**
 * The theme components rendered to static HTML with React's server renderer, outside Docusaurus: the
 * `@theme/*` and `@docusaurus/*` modules they import are replaced by minimal stand-ins, so these tests
 * look at what the policy components themselves output. The real site is covered by example-site.test.ts.
 */
import {createElement} from 'react';
import {describe, expect, it} from 'vitest';
import {isSafeHref} from '../src/engine/link-target.js';
import type {Block, Inline} from '../src/vocabulary/document-nodes.js';
import {mockSiteModules, renderToStaticMarkup} from './support/theme.js';

mockSiteModules();

const {default: AiPolicyInline} = await import('../theme/AiPolicyInline/index.js');

function renderInlines(inlines: Inline[]): string {
  return renderToStaticMarkup(createElement(AiPolicyInline, {inlines}));
}

describe('AiPolicyInline', () => {
  it('renders config text as text', () => {
    const html = renderInlines([
      {type: 'text', value: '<script>alert(1)</script> '},
      {type: 'strong', children: [{type: 'text', value: '<img src=x onerror=alert(1)>'}]},
      {type: 'code', value: '<b>'},
    ]);
    expect(html).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; <strong>&lt;img src=x onerror=alert(1)&gt;</strong><code>&lt;b&gt;</code>',
    );
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    '/\\evil.example',
    '\\\\evil.example',
    '\\/evil.example',
    '/\t/evil.example',
    'javascript&colon;alert(1)',
    '\u0001javascript:alert(1)',
  ])('renders a link to %j as its label only, even if the model let it through', (url) => {
    expect(isSafeHref(url)).toBe(false);
    expect(renderInlines([{type: 'link', url, children: [{type: 'text', value: 'label'}]}])).toBe('label');
  });

  it.each([
    'https://example.com/a?b=c',
    'http://example.com/',
    'mailto:security@example.com',
    '/docs/intro',
    '#data-classification',
    'docs/intro',
  ])('links %j', (url) => {
    expect(isSafeHref(url)).toBe(true);
    expect(renderInlines([{type: 'link', url, children: [{type: 'text', value: 'label'}]}])).toContain(
      `href="${url}"`,
    );
  });

  it('writes the href a browser would follow, not the one the string seems to say', () => {
    const html = renderInlines([
      {type: 'link', url: 'http:evil.example', children: [{type: 'text', value: 'x'}]},
    ]);
    expect(html).toBe('<a href="http://evil.example/">x</a>');
  });

  it('puts citations in parentheses after the sentence', () => {
    expect(renderInlines([{type: 'citation', value: 'GDPR Art. 28'}])).toMatch(
      /^<span class="[^"]*">\(GDPR Art\. 28\)<\/span>$/,
    );
  });
});

// Blocks: only the pure-structure cases.
const {default: AiPolicyBlocks} = await import('../theme/AiPolicyBlocks/index.js');

describe('AiPolicyBlocks', () => {
  const render = (blocks: Block[], sectionHeadingLevel = 2) =>
    renderToStaticMarkup(createElement(AiPolicyBlocks, {blocks, sectionHeadingLevel}));

  it('places sub-headings below the section heading, with the anchor the plugin gave them', () => {
    const heading = {
      type: 'heading',
      depth: 1,
      children: [{type: 'text', value: 'Exceptions'}],
      id: 'x--exceptions',
    };
    expect(render([heading as Block])).toBe('<h3 id="x--exceptions">Exceptions</h3>');
    expect(render([{...heading, depth: 4} as Block], 4)).toBe('<h6 id="x--exceptions">Exceptions</h6>');
  });

  it('renders tables with a caption, column headers and row headers', () => {
    const html = render([
      {
        type: 'table',
        role: 'tool-matrix',
        caption: 'Which tool may receive which data class',
        columns: [{label: 'Tool'}, {label: 'Public', align: 'center'}],
        rows: [
          [
            [{type: 'text', value: 'Copilot'}],
            [
              {
                type: 'decision',
                tool: 'Copilot',
                dataClass: 'public',
                allowed: true,
                reason: 'allowed',
                label: 'Allowed',
              },
            ],
          ],
          [
            [{type: 'text', value: 'Other tools, not prohibited'}],
            [
              {
                type: 'decision',
                tool: null,
                dataClass: 'public',
                allowed: false,
                reason: 'unlisted-ceiling',
                label: 'No: not for unlisted tools',
              },
            ],
          ],
        ],
      },
    ]);
    expect(html).toContain('<caption');
    expect(html).toContain('<th scope="col">Tool</th>');
    // The colour follows the decision's status, never its words.
    expect(html).toMatch(
      /<th scope="row">Copilot<\/th><td style="text-align:center" class="[^"]*allowed[^"]*"><span data-allowed="true" data-reason="allowed">Allowed<\/span><\/td>/,
    );
    expect(html).toMatch(/class="[^"]*denied[^"]*"><span data-allowed="false"/);
    expect(html).toContain('ai-policy-tool-matrix');
  });

  it('renders notes as admonitions and nested lists', () => {
    const html = render([
      {
        type: 'note',
        tone: 'warning',
        label: 'Caution:',
        children: [{type: 'paragraph', children: [{type: 'text', value: 'Careful'}]}],
      },
      {type: 'list', ordered: true, items: [[{type: 'paragraph', children: [{type: 'text', value: 'One'}]}]]},
    ]);
    expect(html).toBe('<div class="alert alert--warning"><p>Careful</p></div><ol><li><p>One</p></li></ol>');
  });
});
