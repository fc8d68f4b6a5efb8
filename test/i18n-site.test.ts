/**
 * A classic site in English, French and German, as a user sets it up: `write-translations` writes the
 * plugin's theme strings and policy messages; the French and German builds speak their language (the
 * shipped translations); editing one French message reaches the policy page and an embed on a French doc
 * after a rebuild with the bundler cache kept; a mistyped slot fails the build with its file and position.
 */
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdir, readFile, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {load} from 'cheerio';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {MESSAGES} from '../src/engine/catalog.generated.js';
import {outputDir, removeDir, runDocusaurus, TMP_ROOT, visibleText} from './helpers/site.js';

const siteDir = path.join(TMP_ROOT, 'i18n-site');
let outDir = '';

const FILES: Record<string, string> = {
  'package.json': '{"name": "i18n-fixture", "private": true}\n',
  'docusaurus.config.mjs': `import {remarkAiPolicy} from 'docusaurus-plugin-ai-policy/remark';

export default {
  title: 'i18n fixture',
  url: 'https://handbook.example',
  baseUrl: '/',
  future: {v4: true},
  onBrokenLinks: 'throw',
  i18n: {defaultLocale: 'en', locales: ['en', 'fr', 'de']},
  presets: [['classic', {docs: {remarkPlugins: [remarkAiPolicy]}, blog: false, theme: {}}]],
  plugins: [['docusaurus-plugin-ai-policy', {builder: true}]],
  themeConfig: {navbar: {items: [{type: 'localeDropdown', position: 'right'}]}},
};
`,
  'src/pages/index.md': '# Handbook\n',
  'docs/onboarding.md': '---\ntitle: Onboarding\n---\n\n::ai-policy{section="data-classification"}\n',
  'ai-policy.yml': `organization: Acme Corp
industry: saas
effectiveDate: 2026-06-15
posture: mandatory
compliance: [soc2, gdpr, eu-ai-act]
tools:
  - {name: Claude Workspace, vendor: Anthropic, agreement: enterprise}
  - {name: GitHub Copilot, agreement: enterprise}
review: {cadence: quarterly, lastReviewed: 2026-06-15}
incidents: {contact: security@acme.example}
`,
};

const POLICY_I18N = (locale: string) => path.join(siteDir, 'i18n', locale, 'docusaurus-plugin-ai-policy');
const EDITED = 'En cas de doute, demandez à {contact} : message propre au site.';

async function page(locale: string, route: string): Promise<string> {
  const prefix = locale === 'en' ? '' : `${locale}/`;
  return readFile(path.join(outDir, prefix, route, 'index.html'), 'utf8');
}

/** English catalog sentences with no slot, long enough that no translation contains them by chance. */
const ENGLISH_SENTENCES = Object.values(MESSAGES).filter(
  (text) => !text.includes('{') && text.split(' ').length >= 6,
);

describe('a site in English, French and German', () => {
  beforeAll(async () => {
    await rm(siteDir, {recursive: true, force: true});
    for (const [name, content] of Object.entries(FILES)) {
      await mkdir(path.dirname(path.join(siteDir, name)), {recursive: true});
      await writeFile(path.join(siteDir, name), content);
    }
    // Two commits of the policy, so the history page has changes to word: the first without Copilot.
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=Ada Lovelace', '-c', 'user.email=ada@acme.example', ...args], {
        cwd: siteDir,
        stdio: 'pipe',
      });
    const policy = FILES['ai-policy.yml']!;
    git('init', '-q');
    await writeFile(
      path.join(siteDir, 'ai-policy.yml'),
      policy
        .replace('  - {name: GitHub Copilot, agreement: enterprise}\n', '')
        .replace('quarterly', 'annual'),
    );
    git('add', 'ai-policy.yml');
    git('commit', '-qm', 'Adopt the AI policy');
    await writeFile(path.join(siteDir, 'ai-policy.yml'), policy);
    git('commit', '-qam', 'Approve GitHub Copilot');
    outDir = await outputDir('i18n');
  });

  afterAll(async () => {
    await removeDir(siteDir);
    await removeDir(outDir);
  }, 240_000);

  it('write-translations writes the theme strings and the policy messages', async () => {
    const run = await runDocusaurus(siteDir, ['write-translations', '--locale', 'fr']);
    expect(run.code, run.stderr).toBe(0);
    const code = JSON.parse(await readFile(path.join(siteDir, 'i18n/fr/code.json'), 'utf8'));
    expect(code['theme.aiPolicy.copyMarkdown']).toMatchObject({message: expect.any(String)});
    expect(code['theme.aiPolicy.sectionPage']).toBeDefined();
    const classification = JSON.parse(
      await readFile(path.join(POLICY_I18N('fr'), 'data-classification.json'), 'utf8'),
    );
    expect(classification['data-classification.unsure']).toEqual({
      message: MESSAGES['data-classification.unsure'],
      description: expect.stringContaining('{contact}'),
    });
    const common = JSON.parse(await readFile(path.join(POLICY_I18N('fr'), 'common.json'), 'utf8'));
    expect(Object.keys(common)).toContain('common.footer');
  }, 240_000);

  it('builds each locale in its language, downloads included', async () => {
    const run = await runDocusaurus(siteDir, ['build', '--out-dir', outDir]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const french = visibleText(await page('fr', 'ai-policy'));
    expect(french).toContain('Classification des données');
    expect(french).toContain('Copier en Markdown');
    expect(french).toContain('RGPD');
    const german = await page('de', 'ai-policy');
    const germanText = visibleText(german);
    expect(germanText).toContain('Datenklassifizierung');
    expect(germanText).toContain('Als Markdown kopieren');
    const leftovers = ENGLISH_SENTENCES.filter((sentence) => germanText.includes(sentence));
    expect(leftovers).toEqual([]);
    expect(german).not.toContain('lang="en"');
    expect(await readFile(path.join(outDir, 'de', 'ai-policy.md'), 'utf8')).toContain(
      '# Richtlinie zur Nutzung',
    );
    expect(await readFile(path.join(outDir, 'fr', 'ai-policy.md'), 'utf8')).toContain(
      '# Politique d’utilisation',
    );
    const json = (locale: string) =>
      readFile(path.join(outDir, locale === 'en' ? '' : locale, 'ai-policy.json'), 'utf8').then(JSON.parse);
    const [en, fr] = [await json('en'), await json('fr')];
    expect(fr.decisions).toEqual(en.decisions);
    expect(fr.sections.map((s: {id: string}) => s.id)).toEqual(en.sections.map((s: {id: string}) => s.id));
    expect(fr.title).not.toBe(en.title);
    expect(visibleText(await page('fr', 'docs/onboarding'))).toContain('En cas de doute, retenez la classe');
  }, 240_000);

  it('shows no English on the builder and history pages in French and German', async () => {
    // The pages' own text in <main> (the navbar and footer are the site's): its text nodes, and the
    // attributes a reader meets (labels for assistive technology, placeholders, titles).
    const segments = (html: string) => {
      const $ = load(html);
      const texts: string[] = [];
      $('main *').each((_, element) => {
        for (const node of $(element).contents().toArray())
          if (node.type === 'text') texts.push(($(node).text() ?? '').replace(/\s+/g, ' ').trim());
        for (const name of ['aria-label', 'placeholder', 'title']) texts.push($(element).attr(name) ?? '');
      });
      return texts.filter((text) => /\p{L}{2}/u.test(text));
    };
    // Names and values from the policy file and git, and words that are the same in the language (French
    // says "commit" and "version", German "Name").
    const names = ['Acme Corp', 'Claude Workspace', 'GitHub Copilot', 'Anthropic', 'Ada Lovelace'];
    const subjects = ['Adopt the AI policy', 'Approve GitHub Copilot'];
    const sameWord: Record<string, string[]> = {
      fr: ['Markdown', 'version', 'commit'],
      de: ['Markdown', 'Name', 'Software / SaaS'],
    };
    for (const route of ['ai-policy/builder', 'ai-policy/changes']) {
      const english = new Set(segments(await page('en', route)));
      expect(english.size, route).toBeGreaterThan(10);
      for (const locale of ['fr', 'de']) {
        const html = await page(locale, route);
        const leftovers = segments(html).filter(
          (text) =>
            english.has(text) &&
            ![...names, ...subjects, ...sameWord[locale]!].includes(text) &&
            !/^[\w.-]+\.ya?ml$|^[0-9a-f]{7,12}$|^\d{4}-\d{2}-\d{2}$/.test(text) &&
            !/^(SOC 2|ISO\/IEC \d+|PCI DSS|HIPAA|NIST AI RMF|EU AI Act)$/.test(text),
        );
        expect(leftovers, `${locale}/${route}`).toEqual([]);
      }
    }
    // The history's sentences are in the language, with the agreement in words.
    // (Inline elements leave a space before the punctuation that follows them.)
    const german = visibleText(await page('de', 'ai-policy/changes')).replace(/\s+([;.,)])/g, '$1');
    expect(german).toContain(
      'Neues freigegebenes Werkzeug: GitHub Copilot; vertragliche Grundlage: Enterprise-Vertrag.',
    );
    expect(german).toContain('Überprüfungsrhythmus geändert (vorher: jährlich; jetzt: vierteljährlich).');
    const french = visibleText(await page('fr', 'ai-policy/builder'));
    expect(french).toContain('Logiciel / SaaS');
    expect(french).not.toContain('Software and SaaS');
  });

  it('an edited French message reaches the page and the embed after a rebuild with the cache kept', async () => {
    const file = path.join(POLICY_I18N('fr'), 'data-classification.json');
    const content = JSON.parse(await readFile(file, 'utf8'));
    content['data-classification.unsure'].message = EDITED;
    await writeFile(file, `${JSON.stringify(content, null, 2)}\n`);
    expect(existsSync(path.join(siteDir, 'node_modules', '.cache'))).toBe(true);
    // One locale built alone goes to the output directory itself, not to its fr/ folder.
    const frenchOut = await outputDir('i18n-fr');
    const run = await runDocusaurus(siteDir, ['build', '--out-dir', frenchOut, '--locale', 'fr']);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const page = (route: string) => readFile(path.join(frenchOut, route, 'index.html'), 'utf8');
    // No owner in the policy: the contact is the security team, in French.
    expect(visibleText(await page('ai-policy'))).toContain(
      'En cas de doute, demandez à l’équipe sécurité : message propre au site.',
    );
    expect(visibleText(await page('docs/onboarding'))).toContain('message propre au site');
    await removeDir(frenchOut);
  }, 240_000);

  it('a mistyped slot fails the build with the file and position', async () => {
    const file = path.join(POLICY_I18N('de'), 'common.json');
    const text = `{\n  "common.footer": {\n    "message": "Entwurf von {organisation}."\n  }\n}\n`;
    await mkdir(path.dirname(file), {recursive: true});
    await writeFile(file, text);
    const run = await runDocusaurus(siteDir, ['build', '--out-dir', outDir, '--locale', 'de']);
    expect(run.code).not.toBe(0);
    const column = text.split('\n')[2]!.indexOf('{organisation') + 1;
    expect(run.stdout + run.stderr).toContain(
      `i18n/de/docusaurus-plugin-ai-policy/common.json:3:${column}  common.footer: the slot {organisation} is not in the English message (did you mean {organization}?)`,
    );
    // Docusaurus prints its own wrapper's stack; none of it points into this package.
    expect(run.stdout + run.stderr).not.toMatch(/\bat .*[\\/](?:src|lib)[\\/](?:plugin|i18n|engine)[\\/]/);
  }, 240_000);
});
