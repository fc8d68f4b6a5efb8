/**
 * The shipped translations and the checks a site's own translation files go through. The shipped files are
 * read here straight from messages/<locale>/*.yml with the ICU parser, not through the compiled catalog, so
 * a compile step that dropped or rewrote a message would fail this test too.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {parse as parseIcu, TYPE} from '@formatjs/icu-messageformat-parser';
import {describe, expect, it} from 'vitest';
import {parse as parseYaml} from 'yaml';
import {policyConfigSchema} from '../src/config/schema.js';
import {buildPolicyDocument} from '../src/engine/build.js';
import {inlineText} from '../src/engine/inline.js';
import {shippedCatalog, siteLanguage} from '../src/i18n/site-language.js';
import {policyTranslationFiles} from '../src/i18n/translation-files.js';
import {renderPolicyJson} from '../src/render/json.js';
import {renderPolicyMarkdown} from '../src/render/markdown.js';
import type {Block, Inline} from '../src/vocabulary/document-nodes.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const LOCALES = ['fr', 'de'];

function readLocale(locale: string): Map<string, string> {
  const dir = path.join(ROOT, 'messages', locale);
  const messages = new Map<string, string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.yml'))) {
    const content = parseYaml(readFileSync(path.join(dir, file), 'utf8')) as Record<string, string>;
    for (const [key, text] of Object.entries(content)) messages.set(`${file.slice(0, -4)}.${key}`, text);
  }
  return messages;
}

type Element = ReturnType<typeof parseIcu>[number];
function slots(text: string): string[] {
  const names = new Set<string>();
  const walk = (elements: Element[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      if (element.type === TYPE.tag) walk(element.children);
      else names.add(element.value);
      if ('options' in element) for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(parseIcu(text.replace(/\s+/g, ' '), {ignoreTag: true}));
  return [...names].sort();
}

const ENGLISH = readLocale('en');

const CONFIG = policyConfigSchema.parse({
  organization: 'Acme Corp',
  industry: 'healthcare',
  effectiveDate: '2026-06-15',
  compliance: ['soc2', 'hipaa', 'gdpr', 'iso27001', 'pci-dss', 'eu-ai-act', 'iso42001', 'nist-ai-rmf'],
  tools: [
    {name: 'Claude', vendor: 'Anthropic', agreement: ['enterprise', 'baa'], client: 'claude-code'},
    {name: 'Copilot', agreement: 'enterprise', client: 'github-copilot', models: ['gpt-4o']},
  ],
  dataClasses: [
    {id: 'public', name: 'Public data and open-source code', rule: 'any-approved-tool'},
    {id: 'phi', name: 'Patient records', rule: 'baa-only', categories: ['phi', 'personal-data']},
    {id: 'restricted', name: 'Secrets', rule: 'never', categories: ['credentials'], paths: ['secrets/**']},
  ],
  training: {required: true},
  exceptions: {granted: [{who: 'data team', what: 'Claude for internal notes', expires: '2026-12-31'}]},
});

function foreignPhrases(blocks: Block[]): string[] {
  const found: string[] = [];
  const inlines = (list: Inline[]) => {
    for (const inline of list) {
      if (inline.type === 'foreign') found.push(inlineText(inline.children));
      else if ('children' in inline) inlines(inline.children);
    }
  };
  const walk = (list: Block[]) => {
    for (const block of list) {
      if (block.type === 'paragraph' || block.type === 'heading') inlines(block.children);
      else if (block.type === 'list') for (const item of block.items) walk(item);
      else if (block.type === 'note' || block.type === 'blockquote') walk(block.children);
      else if (block.type === 'table') for (const row of block.rows) for (const cell of row) inlines(cell);
    }
  };
  walk(blocks);
  return found;
}

describe.each(LOCALES)('the shipped %s translation', (locale) => {
  const translated = readLocale(locale);

  it('has every English message and no other', () => {
    expect([...translated.keys()].sort()).toEqual([...ENGLISH.keys()].sort());
  });

  it('keeps every message’s slot names', () => {
    const differing = [...ENGLISH].filter(([id, text]) => {
      const other = translated.get(id);
      return other === undefined || slots(other).join() !== slots(text).join();
    });
    expect(differing.map(([id]) => id)).toEqual([]);
  });

  it('marks every file as a translation to be reviewed by counsel', () => {
    const dir = path.join(ROOT, 'messages', locale);
    for (const file of readdirSync(dir))
      expect(readFileSync(path.join(dir, file), 'utf8').split('\n')[0]).toMatch(
        /^# Translation to be reviewed by counsel/,
      );
  });

  it('leaves no message in English in a full policy, and keeps the JSON’s machine fields', () => {
    const language = {catalog: shippedCatalog(locale), locale};
    const document = buildPolicyDocument(CONFIG, language);
    const english = buildPolicyDocument(CONFIG);
    const allBlocks = [...document.sections.flatMap((section) => section.blocks), ...document.footer];
    expect(foreignPhrases(allBlocks)).toEqual([]);
    expect(document.locale).toBe(locale);
    expect(document.title).not.toBe(english.title);
    // The default class name is a default, so it speaks the locale; a name the config wrote does not.
    expect(document.facts.dataClasses.map((c) => c.name)).toEqual([
      shippedCatalog(locale)['common.default-class.public.name'],
      'Patient records',
      'Secrets',
    ]);
    const json = JSON.parse(renderPolicyJson(document));
    const englishJson = JSON.parse(renderPolicyJson(english));
    expect(json.decisions).toEqual(englishJson.decisions);
    expect(json.unlistedTools).toEqual(englishJson.unlistedTools);
    expect(json.compliance).toEqual(englishJson.compliance);
    expect(json.tools.map((t: {name: string}) => t.name)).toEqual(
      englishJson.tools.map((t: {name: string}) => t.name),
    );
    expect(json.sections.map((s: {id: string}) => s.id)).toEqual(
      englishJson.sections.map((s: {id: string}) => s.id),
    );
    expect(json.regimes.map((r: {clauses: {id: string}[]}) => r.clauses.map((c) => c.id))).toEqual(
      englishJson.regimes.map((r: {clauses: {id: string}[]}) => r.clauses.map((c) => c.id)),
    );
  });

  it('cites as a lawyer of the locale does, while the JSON keeps the canonical English citation', () => {
    const document = buildPolicyDocument(CONFIG, {catalog: shippedCatalog(locale), locale});
    const markdown = renderPolicyMarkdown(document);
    const expected = {
      fr: ['RGPD, art. 28, §\u00A01 à 3', 'HIPAA, §\u00A0164.502(b)'],
      de: ['Art. 28 Abs. 1–3 DSGVO', 'HIPAA §\u00A0164.502(b)'],
    }[locale]!;
    for (const citation of expected) expect(markdown).toContain(citation);
    expect(markdown).not.toContain('Art. 28(1)–(3)');
    const gdpr = JSON.parse(renderPolicyJson(document)).regimes.find((r: {id: string}) => r.id === 'gdpr');
    expect(gdpr.clauses[0]).toMatchObject({id: 'gdpr.processor', citation: 'Art. 28(1)–(3)'});
  });
});

describe('a site’s own translation files', () => {
  const file = (messages: Record<string, string>) => {
    const content = Object.fromEntries(Object.entries(messages).map(([id, message]) => [id, {message}]));
    return {
      displayPath: 'i18n/es/docusaurus-plugin-ai-policy/common.json',
      content,
      source: `${JSON.stringify(content, null, 2)}\n`,
    };
  };

  it('win over the shipped translation message by message, and an untouched English one does not', () => {
    const site = siteLanguage('fr', [
      file({
        'common.footer': 'Projet de {organization}, relu par notre service juridique.',
        'common.title': ENGLISH.get('common.title')!,
      }),
    ]);
    expect(site.problems).toEqual([]);
    expect(site.missing).toEqual([]);
    const document = buildPolicyDocument(CONFIG, site.language);
    expect(document.reviewerNote).toBe('Projet de Acme Corp, relu par notre service juridique.');
    expect(document.title).toBe(shippedCatalog('fr')['common.title']);
  });

  it('count what a locale without a shipped translation lacks, and mark it as English', () => {
    const site = siteLanguage('es', [file({'common.title': 'Política de uso de herramientas de IA'})]);
    // What a page shows: the command line's words (cli.yml, config.yml, export.yml) never reach a site.
    const shown = [...ENGLISH.keys()].filter((id) => !/^(cli|config|export)\./.test(id));
    expect(site.missing.length).toBe(shown.length - 1);
    const document = buildPolicyDocument(CONFIG, site.language);
    expect(document.title).toBe('Política de uso de herramientas de IA');
    const foreign = foreignPhrases(document.sections.flatMap((section) => section.blocks));
    expect(foreign.length).toBeGreaterThan(10);
    expect(foreign.some((text) => text.startsWith('When unsure, use the more sensitive class'))).toBe(true);
    expect(renderPolicyMarkdown(document)).not.toContain('lang=');
  });

  it('locate a mistyped slot in its JSON file, with the slot to use', () => {
    const broken = file({'common.footer': 'Borrador de {organisation}.'});
    const site = siteLanguage('es', [broken]);
    // Line 3 of the file holds the message; the slot starts after `    "message": "Borrador de `.
    const line = broken.source.split('\n')[2]!;
    expect(site.problems).toEqual([
      `i18n/es/docusaurus-plugin-ai-policy/common.json:3:${line.indexOf('{organisation') + 1}  common.footer: the slot {organisation} is not in the English message (did you mean {organization}?); its slots are {organization}`,
    ]);
  });

  it('locate invalid ICU syntax and a dropped slot', () => {
    const site = siteLanguage('es', [
      file({
        'common.header.next-review-cadence': '{date (revisión {cadence})',
        'data-classification.unsure': 'Pregunte.',
      }),
    ]);
    expect(site.problems).toHaveLength(2);
    expect(site.problems[0]).toMatch(
      /^i18n\/es\/docusaurus-plugin-ai-policy\/common\.json:3:\d+ {2}common\.header\.next-review-cadence: not valid ICU MessageFormat/,
    );
    expect(site.problems[1]).toMatch(
      /:6:\d+ {2}data-classification\.unsure: the translation leaves out the slot \{contact\}/,
    );
  });
});

describe('write-translations content', () => {
  it('is one file per content file a page shows, every message in English with a description naming its slots', () => {
    const files = policyTranslationFiles();
    // The command line's words (cli.yml, config.yml, export.yml) are not the site's to translate.
    const commandLine = ['cli', 'config', 'export'];
    expect(files.map((f) => f.path).sort()).toEqual(
      readdirSync(path.join(ROOT, 'messages', 'en'))
        .map((name) => name.slice(0, -4))
        .filter((name) => !commandLine.includes(name))
        .sort(),
    );
    const gdpr = files.find((f) => f.path === 'gdpr')!.content;
    expect(gdpr['gdpr.processor']).toEqual({
      message: ENGLISH.get('gdpr.processor'),
      description: expect.stringContaining('{selfHosted}'),
    });
    expect(files.reduce((count, f) => count + Object.keys(f.content).length, 0)).toBe(
      [...ENGLISH.keys()].filter((id) => !commandLine.includes(id.slice(0, id.indexOf('.')))).length,
    );
  });
});

describe('the shipped theme strings', () => {
  const themeIds = new Set<string>();
  for (const dir of readdirSync(path.join(ROOT, 'theme'), {withFileTypes: true})) {
    if (!dir.isDirectory()) continue;
    // Every component file: the builder page's strings are spread over its steps, fields and output.
    for (const file of readdirSync(path.join(ROOT, 'theme', dir.name)).filter((name) =>
      name.endsWith('.tsx'),
    )) {
      const source = readFileSync(path.join(ROOT, 'theme', dir.name, file), 'utf8');
      for (const match of source.matchAll(/id[:=] ?["'](theme\.aiPolicy\.[\w.]+)["']/g))
        themeIds.add(match[1]!);
    }
  }

  it.each(LOCALES)('%s has every theme string id the components use, and no other', (locale) => {
    const shipped = JSON.parse(readFileSync(path.join(ROOT, 'theme-translations', `${locale}.json`), 'utf8'));
    expect(themeIds.size).toBeGreaterThan(20);
    expect(Object.keys(shipped).sort()).toEqual([...themeIds].sort());
  });
});
