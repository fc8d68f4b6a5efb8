/**
 * "Trojan Source" text: a Unicode bidirectional control in a config string (an organization or tool name)
 * reverses or reorders the rest of every sentence it is quoted in. The engine removes them from the config
 * before it builds anything, so every output (Markdown, JSON, embeds, the theme) gets clean text, and it
 * says so with a lint finding at the field.
 */
import {describe, expect, it} from 'vitest';
import {parsePolicyConfig} from '../src/config/parse.js';
import type {PolicyConfigInput} from '../src/config/schema.js';
import {formatDiagnostic} from '../src/diagnostics/text.js';
import {renderPolicyJson} from '../src/render/json.js';
import {renderPolicyMarkdown, renderSectionMarkdown} from '../src/render/markdown.js';
import {renderSectionMdast} from '../src/render/mdast.js';
import {documentOf, MINIMAL, toYaml} from './support/policy.js';
import {mockSiteModules, renderDocumentHtml} from './support/theme.js';

mockSiteModules();

/** Every bidirectional formatting character: embeddings, overrides, isolates, and the three marks. */
const CONTROLS = [
  '\u202a', // LEFT-TO-RIGHT EMBEDDING
  '\u202b', // RIGHT-TO-LEFT EMBEDDING
  '\u202c', // POP DIRECTIONAL FORMATTING
  '\u202d', // LEFT-TO-RIGHT OVERRIDE
  '\u202e', // RIGHT-TO-LEFT OVERRIDE
  '\u2066', // LEFT-TO-RIGHT ISOLATE
  '\u2067', // RIGHT-TO-LEFT ISOLATE
  '\u2068', // FIRST STRONG ISOLATE
  '\u2069', // POP DIRECTIONAL ISOLATE
  '\u200e', // LEFT-TO-RIGHT MARK
  '\u200f', // RIGHT-TO-LEFT MARK
  '\u061c', // ARABIC LETTER MARK
];
const ANY_CONTROL = new RegExp(`[${CONTROLS.join('')}]`);
const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function hostileConfig(control: string): PolicyConfigInput {
  return {
    ...MINIMAL,
    organization: `Acme ${control}evil Corp`,
    owner: `Security ${control}team`,
    tools: [
      {name: `Copilot${control} Pro`, agreement: 'enterprise', conditions: `SSO ${control}only.`},
      {name: 'Claude', vendor: `Anthro${control}pic`, agreement: 'enterprise'},
    ],
    useCases: {encouraged: [`writing ${control}tests`]},
    sections: {
      rename: {budgets: `Mo${control}ney`},
      custom: [
        {id: 'extra', title: `Ex${control}tra`, body: `Body with \`co${control}de\` and ${control}text.`},
      ],
    },
  };
}

describe.each(CONTROLS.map((control) => [codePoint(control), control] as const))('%s', (_, control) => {
  const document = documentOf(hostileConfig(control));

  it('is in no output: Markdown, JSON, single sections, embeds, the theme', async () => {
    expect(renderPolicyMarkdown(document)).not.toMatch(ANY_CONTROL);
    expect(renderPolicyJson(document)).not.toMatch(ANY_CONTROL);
    for (const section of document.sections) {
      expect(renderSectionMarkdown(document, section.id)).not.toMatch(ANY_CONTROL);
      expect(JSON.stringify(renderSectionMdast(document, section.id))).not.toMatch(ANY_CONTROL);
    }
    expect(await renderDocumentHtml(document)).not.toMatch(ANY_CONTROL);
    expect(JSON.stringify(document)).not.toMatch(ANY_CONTROL);
  });

  it('leaves the words themselves as written', async () => {
    expect(document.header.organization).toBe('Acme evil Corp');
    expect(renderPolicyMarkdown(document)).toContain('- **Copilot Pro**: enterprise agreement.');
    expect(renderPolicyMarkdown(document)).toContain('- **Claude** (Anthropic):');
    expect(document.sections.map((section) => section.title)).toEqual(
      expect.arrayContaining(['Money', 'Extra']),
    );
    expect(await renderDocumentHtml(document)).toContain('Acme evil Corp');
  });

  it('is reported once per field, at the field', () => {
    const findings = document.findings.filter((finding) => finding.code === 'bidi-control-removed');
    expect(findings.map((finding) => finding.path)).toEqual([
      'organization',
      'owner',
      'tools[0].name',
      'tools[0].conditions',
      'tools[1].vendor',
      'useCases.encouraged[0]',
      'sections.rename.budgets',
      'sections.custom[0].title',
      'sections.custom[0].body',
    ]);
    expect(findings[0]).toMatchObject({severity: 'warning', stale: false});
    expect(findings[0]!.message).toContain(`(${codePoint(control)} `);
    expect(findings.at(-1)!.message).toMatch(/^Removed 2 invisible bidirectional control characters \(U\+/);
  });
});

describe('text without bidirectional controls', () => {
  it('is untouched and gives no finding, right-to-left scripts included', () => {
    const document = documentOf({...MINIMAL, organization: 'شركة أكمي', owner: 'צוות האבטחה'});
    expect(document.header.organization).toBe('شركة أكمي');
    expect(document.header.owner).toBe('צוות האבטחה');
    expect(document.findings).toEqual([]);
  });
});

describe('config problems that quote a value', () => {
  it('show a bidirectional control as its code point, so the terminal line reads as written', () => {
    const result = parsePolicyConfig(toYaml({...MINIMAL, industry: 'sa\u202eas'}), 'ai-policy.yml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const line = formatDiagnostic(result.problems[0]!);
    expect(line).not.toMatch(ANY_CONTROL);
    expect(line).toContain('got "sa<U+202E>as"');
  });
});
