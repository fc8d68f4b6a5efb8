/**
 * The control crosswalk at `<routeBasePath>/controls`: the route the plugin adds, and `@theme/AiPolicyControlsPage`
 * rendered to static HTML outside Docusaurus (site components stubbed), read back with a real HTML parser.
 */
import {load} from 'cheerio';
import {createElement} from 'react';
import {describe, expect, it} from 'vitest';
import type {AiPolicyMetadata} from '../src/plugin/page-data.js';
import {ALL_REGIMES, documentOf, MINIMAL} from './support/policy.js';
import {mockSiteModules, renderToStaticMarkup} from './support/theme.js';

mockSiteModules();

const {default: AiPolicyControlsPage} = await import('../theme/AiPolicyControlsPage/index.js');

function render(
  input: unknown,
  {sectionPages = true, oscal = '/ai-policy.oscal.json' as string | null} = {},
) {
  const document = documentOf(input);
  const metadata = {
    title: document.title,
    organization: document.header.organization,
    permalink: '/ai-policy',
    sections: document.sections.map((section) => ({
      id: section.id,
      title: section.title,
      permalink: sectionPages ? `/ai-policy/${section.id}` : null,
    })),
  } as AiPolicyMetadata;
  return renderToStaticMarkup(
    createElement(AiPolicyControlsPage, {metadata, content: {frameworks: document.controls, oscal}}),
  );
}

describe('AiPolicyControlsPage', () => {
  it('lists each selected framework, each control with what addresses it linked to its section, then the gaps', () => {
    const $ = load(render({...MINIMAL, compliance: ['hipaa']}));
    expect(
      $('h2')
        .map((_, heading) => $(heading).text())
        .get(),
    ).toEqual(['HIPAA', 'OWASP Top 10 for LLM Applications']);
    const training = $('tr[data-control="164.308(a)(5)"]');
    expect(training.find('th').text()).toBe('164.308(a)(5)Security awareness and training');
    const item = training.find('li[data-item="hipaa.training"]');
    expect(item.find('[data-relation]').text()).toBe('partially');
    // The training duty is said once, in the approved-tools section: the link goes where it is said.
    expect(item.find('a').attr('href')).toBe('/ai-policy/approved-tools');
    expect(item.find('a').text()).toBe('HIPAA §164.308(a)(5)(i)');
    const rule = $('tr[data-control="LLM05"] li[data-item="org.code-review"]');
    expect(rule.text()).toMatch(/^supports AI-generated code must be reviewed by a person before merge/);
    expect(rule.find('a').attr('href')).toBe('/ai-policy/code-review');
    expect(
      $('#controls-hipaa')
        .parent()
        .find('[data-gap]')
        .map((_, gap) => $(gap).attr('data-gap'))
        .get(),
    ).toEqual(['164.312(b)', '164.502(b)', '164.514(d)']);
    expect($('a[href$=".oscal.json"]').attr('href')).toBe('/ai-policy.oscal.json');
  });

  it('links to the anchor on the full page without section pages, and has no OSCAL link without downloads', () => {
    const $ = load(render({...MINIMAL, compliance: ['soc2']}, {sectionPages: false, oscal: null}));
    expect($('li[data-item="soc2.change"] a').attr('href')).toBe('/ai-policy#code-review');
    expect($('a[href$=".oscal.json"]')).toHaveLength(0);
  });

  it('renders config text as text', () => {
    const html = render({...ALL_REGIMES, organization: '<img src=x onerror=alert(1)>'});
    expect(html).not.toContain('<img');
    expect(load(html)('h2')).toHaveLength(9);
  });
});
