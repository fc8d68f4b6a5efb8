/**
 * `@theme/AiPolicyChangesPage` rendered to static HTML outside Docusaurus, with the site components it uses
 * stubbed: untrusted strings (commit subjects, author names, config text) stay text, and only http(s)
 * commit links become hrefs, whatever the page data holds.
 */
import {createElement} from 'react';
import {describe, expect, it} from 'vitest';
import type {AiPolicyHistoryContent, AiPolicyHistoryEntry} from '../src/plugin/history-data.js';
import type {AiPolicyMetadata} from '../src/plugin/page-data.js';
import {mockSiteModules, renderToStaticMarkup} from './support/theme.js';

mockSiteModules();

const {default: AiPolicyChangesPage} = await import('../theme/AiPolicyChangesPage/index.js');

const metadata = {
  title: 'AI Tool Usage Policy',
  organization: 'Acme Corp',
  permalink: '/ai-policy',
} as AiPolicyMetadata;

function entry(overrides: Partial<AiPolicyHistoryEntry>): AiPolicyHistoryEntry {
  return {
    hash: 'a'.repeat(40),
    shortHash: 'aaaaaaa',
    id: 'commit-aaaaaaa',
    date: '2026-05-04',
    dateText: '4 May 2026',
    author: 'Ada Lovelace',
    subject: 'Drop the expired exception',
    approvers: [],
    path: 'ai-policy.yml',
    previousPath: null,
    kind: 'changed',
    baselines: [],
    version: '0123456789ab',
    url: null,
    changes: [],
    problem: null,
    ...overrides,
  };
}

function render(content: Partial<AiPolicyHistoryContent>): string {
  const full: AiPolicyHistoryContent = {
    policyFile: 'ai-policy.yml',
    version: 'ba9876543210',
    unreleased: null,
    entries: [],
    notices: [],
    truncated: false,
    ...content,
  };
  return renderToStaticMarkup(createElement(AiPolicyChangesPage, {metadata, content: full}));
}

describe('AiPolicyChangesPage', () => {
  it('renders commit subjects, author names and change text as text', () => {
    const html = render({
      entries: [
        entry({
          subject: '<img src=x onerror=alert(1)>',
          author: '<b>Mallory</b>',
          approvers: ['<i>Eve</i>'],
          changes: [
            {
              code: 'tool-added',
              text: [{type: 'strong', children: [{type: 'text', value: '<script>x</script>'}]}],
            },
          ],
        }),
      ],
    });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;b&gt;Mallory&lt;/b&gt;');
    expect(html).toContain('approved by &lt;i&gt;Eve&lt;/i&gt;');
    expect(html).toContain(
      '<li data-change="tool-added"><strong>&lt;script&gt;x&lt;/script&gt;</strong></li>',
    );
    expect(html).not.toMatch(/<(img|b|i|script)[ >]/);
  });

  it('names a baseline upgrade above what it changed, and a changed path baseline', () => {
    const html = render({
      entries: [
        entry({
          kind: 'baseline',
          baselines: [
            {name: '@northwind/ai-policy-baseline', from: '1.2.0', to: '1.3.0', source: 'repository'},
          ],
          changes: [{code: 'tool-ceiling-changed', text: [{type: 'text', value: 'Cursor: public only.'}]}],
        }),
        entry({
          hash: 'b'.repeat(40),
          id: 'commit-bbbbbbb',
          kind: 'baseline',
          baselines: [{name: '../org/base.yml', from: null, to: null, source: 'repository'}],
        }),
      ],
    });
    expect(html).toContain(
      'data-baseline="@northwind/ai-policy-baseline">Baseline <code>@northwind/ai-policy-baseline</code> 1.2.0 → 1.3.0.</p>',
    );
    expect(html).toContain('Baseline <code>../org/base.yml</code> changed.');
    expect(html.indexOf('1.3.0')).toBeLessThan(html.indexOf('Cursor: public only.'));
  });

  it('says an upgrade read from the lockfile cannot be diffed, and points to ai-policy diff', () => {
    const html = render({
      entries: [
        entry({
          kind: 'baseline',
          version: null,
          baselines: [{name: '@acme/ai-policy', from: '1.2.0', to: '1.3.0', source: 'lockfile'}],
        }),
      ],
    });
    expect(html).toContain('Baseline <code>@acme/ai-policy</code> 1.2.0 → 1.3.0.');
    expect(html).toContain(
      'What this upgrade changed cannot be shown: only the installed version of <code>@acme/ai-policy</code> is on the build machine; compare the policy files of 1.2.0 and 1.3.0 with <code>ai-policy diff</code>.',
    );
    // Not knowing is not "no change".
    expect(html).not.toContain('No change in meaning');
  });

  it('shows each commit’s date as the page’s readers write it, keeping the ISO date for machines', () => {
    const html = render({entries: [entry({date: '2026-05-04', dateText: '4. Mai 2026'})]});
    expect(html).toMatch(/<time dateTime="2026-05-04"[^>]*>4\. Mai 2026<\/time>/);
  });

  it('links a commit only to an http(s) address', () => {
    const linked = render({entries: [entry({url: 'https://github.com/acme/handbook/commit/abc'})]});
    expect(linked).toContain(
      'commit <a href="https://github.com/acme/handbook/commit/abc"><code>aaaaaaa</code></a>',
    );
    const unsafe = render({entries: [entry({url: 'javascript:alert(1)'})]});
    expect(unsafe).not.toContain('javascript:');
    expect(unsafe).toContain('commit <code>aaaaaaa</code>');
  });

  it('shows the notices, the unreleased changes, and what an entry cannot show', () => {
    const html = render({
      notices: [{code: 'shallow', message: 'This site was built from a shallow clone.'}],
      unreleased: {
        baseVersion: '0123456789ab',
        changes: [{code: 'posture-changed', text: [{type: 'text', value: 'Posture changed.'}]}],
        problem: null,
      },
      entries: [
        entry({kind: 'earliest-in-clone'}),
        entry({
          hash: 'b'.repeat(40),
          id: 'commit-bbbbbbb',
          problem: 'What this commit changed cannot be shown.',
        }),
        entry({hash: 'c'.repeat(40), id: 'commit-ccccccc', kind: 'renamed', previousPath: 'policy/ai.yml'}),
      ],
    });
    expect(html).toContain(
      '<div class="alert alert--info" aria-label="What this history cannot show"><ul><li data-notice="shallow">',
    );
    expect(html).toContain('<h2 id="unreleased-changes"');
    expect(html).toContain('against version <code>0123456789ab</code>');
    expect(html).toContain('<li data-change="posture-changed">Posture changed.</li>');
    expect(html).toContain('The oldest version in this clone of the repository');
    expect(html).toContain('What this commit changed cannot be shown.');
    expect(html).toContain(
      'The file was renamed from <code>policy/ai.yml</code> to <code>ai-policy.yml</code>.',
    );
    expect(html).toContain('No change in meaning: comments, formatting or the order of keys only.');
  });
});
