/**
 * A regime's section names the duties said elsewhere ("Also required: training, ...") as links to where
 * each is said. The links must land on a heading wherever the section is shown: the full page (a fragment),
 * a section alone (the full page's path and the fragment), and Markdown, which has no heading ids (words).
 */
import type {Link, Root, RootContent} from 'mdast';
import {visit} from 'unist-util-visit';
import {describe, expect, it} from 'vitest';
import {buildPolicyDocument} from '../src/engine/build.js';
import type {PolicyDocument} from '../src/engine/model.js';
import {shippedCatalog} from '../src/i18n/site-language.js';
import {renderPolicyMarkdown, renderSectionMarkdown} from '../src/render/markdown.js';
import {renderPolicyMdast, renderSectionMdast} from '../src/render/mdast.js';
import {ALL_REGIMES, configOf, documentOf} from './support/policy.js';

/** Every heading id of a rendered tree (what the page's anchors are). */
function headingIds(nodes: readonly RootContent[]): Set<string> {
  const ids = new Set<string>();
  visit({type: 'root', children: [...nodes]} as Root, 'heading', (heading) => {
    const id = (heading.data as {hProperties?: {id?: string}} | undefined)?.hProperties?.id;
    if (id) ids.add(id);
  });
  return ids;
}

function links(nodes: readonly RootContent[]): Array<{url: string; text: string}> {
  const found: Array<{url: string; text: string}> = [];
  visit({type: 'root', children: [...nodes]} as Root, 'link', (link: Link) => {
    found.push({
      url: link.url,
      text: link.children.map((child) => ('value' in child ? child.value : '')).join(''),
    });
  });
  return found;
}

/** The "Also required" line of a regime section: its last paragraph. */
function sharedLine(document: PolicyDocument, sectionId: string, policyPage?: string) {
  const nodes = renderSectionMdast(document, sectionId, policyPage ? {policyPage} : {});
  return nodes.at(-1)!;
}

const regimes = documentOf(ALL_REGIMES);
const fullPage = renderPolicyMdast(regimes).children;
const anchors = headingIds(fullPage);

describe('the duties a regime section names', () => {
  it('are links to headings of the full page, one per duty said elsewhere', () => {
    const fragments = links(fullPage).filter((link) => link.url.startsWith('#'));
    // Six of the eight regimes share a duty with another section; each name is one link.
    expect(fragments.length).toBeGreaterThanOrEqual(20);
    for (const link of fragments) expect(anchors, `${link.text} → ${link.url}`).toContain(link.url.slice(1));
    // HIPAA names sanctions, training, incident reporting and policy review: each lands where it is said.
    // Its BAA rule states the law alone; the matrix is not named again.
    const start = fullPage.findIndex((node) => headingIds([node]).has('hipaa'));
    const end = fullPage.findIndex(
      (node, index) => index > start && node.type === 'heading' && node.depth === 2,
    );
    expect(links(fullPage.slice(start, end)).filter((link) => link.url.startsWith('#'))).toEqual([
      {url: '#purpose-and-scope', text: 'sanctions'},
      {url: '#approved-tools--training', text: 'AI literacy'},
      {url: '#incidents-and-exceptions', text: 'incident reporting'},
      {url: '#incidents-and-exceptions', text: 'policy review'},
    ]);
  });

  it('land on the translated headings in another language', () => {
    const french = buildPolicyDocument(configOf(ALL_REGIMES), {catalog: shippedCatalog('fr'), locale: 'fr'});
    const page = renderPolicyMdast(french).children;
    const ids = headingIds(page);
    const fragments = links(page).filter((link) => link.url.startsWith('#'));
    expect(fragments.length).toBeGreaterThanOrEqual(20);
    for (const link of fragments) expect(ids, `${link.text} → ${link.url}`).toContain(link.url.slice(1));
    // The training heading is translated, so its anchor is too.
    expect(fragments.some((link) => /^#approved-tools--(?!training)/.test(link.url))).toBe(true);
  });

  it('lead to the full policy page from a section shown alone (its page, an embed)', () => {
    const line = links([sharedLine(regimes, 'hipaa', '/handbook/ai-policy')]);
    expect(line.map((link) => link.url)).toEqual([
      '/handbook/ai-policy#purpose-and-scope',
      '/handbook/ai-policy#approved-tools--training',
      '/handbook/ai-policy#incidents-and-exceptions',
      '/handbook/ai-policy#incidents-and-exceptions',
    ]);
    for (const link of line) expect(anchors).toContain(link.url.split('#')[1]);
    expect(renderSectionMarkdown(regimes, 'hipaa', {policyPage: '/handbook/ai-policy'})).toContain(
      'Also required: [sanctions](/handbook/ai-policy#purpose-and-scope), [AI literacy](/handbook/ai-policy#approved-tools--training), [incident reporting](/handbook/ai-policy#incidents-and-exceptions) and [policy review](/handbook/ai-policy#incidents-and-exceptions).',
    );
    // A fragment link the config wrote is left alone: it may point at a heading of the embedding page.
    const custom = documentOf({
      ...ALL_REGIMES,
      sections: {
        custom: [{id: 'local-setup', title: 'Local setup', body: 'See [the steps](#install) first.'}],
      },
    });
    expect(links(renderSectionMdast(custom, 'local-setup', {policyPage: '/ai-policy'}))).toEqual([
      {url: '#install', text: 'the steps'},
    ]);
  });

  it('are words, never a broken link, where no page with the anchors is known', () => {
    // A section alone with no page to point at (the CLI's `render --section`, an MCP client).
    expect(links([sharedLine(regimes, 'hipaa')])).toEqual([]);
    const alone = renderSectionMarkdown(regimes, 'hipaa');
    expect(alone).toContain('Also required: sanctions, AI literacy, incident reporting and policy review.');
    // Markdown has no heading ids: the download and the CLI's page keep the names, without links.
    const markdown = renderPolicyMarkdown(regimes);
    expect(markdown).not.toMatch(/\]\(#/);
    expect(markdown).toContain('Also required: vendor review, accounts, code review and policy review.');
  });
});

describe('the names of the duties a regime section names', () => {
  // "Also required: prohibited practices" reads as requiring them: each name says what the duty requires.
  const sharedLines = (locale: 'en' | 'fr' | 'de') => {
    const document =
      locale === 'en'
        ? regimes
        : buildPolicyDocument(configOf(ALL_REGIMES), {catalog: shippedCatalog(locale), locale});
    // French typography puts a narrow no-break space before the colon; compared here as a space.
    return renderPolicyMarkdown(document)
      .replace(/[\u00a0\u202f]/g, ' ')
      .split('\n')
      .filter((line) => /^(Also required|Également exigé|Ebenfalls verlangt)/.test(line));
  };

  it('are the duty, never what it forbids, in English, French and German', () => {
    expect(sharedLines('en')).toEqual(
      expect.arrayContaining([
        'Also required: human intervention and incident reporting.',
        'Also required: AI literacy and no prohibited uses.',
      ]),
    );
    expect(sharedLines('fr')).toEqual(
      expect.arrayContaining([
        'Également exigé : intervention humaine et signalement des incidents.',
        'Également exigé : maîtrise de l’IA et aucun usage interdit.',
      ]),
    );
    expect(sharedLines('de')).toEqual(
      expect.arrayContaining([
        'Ebenfalls verlangt: menschliches Eingreifen und Meldung von Vorfällen.',
        'Ebenfalls verlangt: KI-Kompetenz und keine verbotenen Nutzungen.',
      ]),
    );
    for (const line of [...sharedLines('en'), ...sharedLines('fr'), ...sharedLines('de')]) {
      expect(line).not.toMatch(
        /[:,] (prohibited|automated decisions|pratiques interdites|décisions automatisées|verbotene|automatisierte)/i,
      );
    }
  });
});
