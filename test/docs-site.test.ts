/**
 * The documentation site (website/, pages in docs/): one real `docusaurus build`, which fails on a broken link
 * or anchor (`onBrokenLinks`/`onBrokenAnchors: 'throw'`). Each page is published, and the example policy's
 * sections embedded with `::ai-policy` are rendered into the pages that show them.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {buildSite, type CliRun, outputDir, REPO_ROOT, removeDir, visibleText} from './helpers/site.js';

const WEBSITE = path.join(REPO_ROOT, 'website');
const DOCS = path.join(REPO_ROOT, 'docs');
/** 2026-12-01, as in example-site.test.ts: the example policy is current, whatever the calendar says. */
const BUILD_DATE_EPOCH = String(Date.UTC(2026, 11, 1) / 1000);

const pages = readdirSync(DOCS).filter((name) => name.endsWith('.md'));
// The example's tools and classes: its ai-policy.yml extends this baseline and adds none of its own.
const example = parse(readFileSync(path.join(REPO_ROOT, 'example-baseline', 'ai-policy.yml'), 'utf8')) as {
  dataClasses: Array<{name: string}>;
  tools: Array<{name: string}>;
};

describe('the docs site, built with the real docusaurus build', () => {
  let outDir: string;
  let run: CliRun;

  beforeAll(async () => {
    outDir = await outputDir('docs-build');
    run = await buildSite(WEBSITE, outDir, {env: {SOURCE_DATE_EPOCH: BUILD_DATE_EPOCH}});
    if (run.code !== 0)
      throw new Error(`docusaurus build failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
  });

  afterAll(async () => {
    if (outDir) await removeDir(outDir);
  });

  const html = (page: string) =>
    readFile(path.join(outDir, page === 'index.md' ? '' : page.replace(/\.md$/, ''), 'index.html'), 'utf8');

  it('publishes every page of docs/, with no broken link and no directive left unexpanded', async () => {
    expect(pages.length).toBeGreaterThan(15);
    for (const page of pages) expect(visibleText(await html(page)).length, page).toBeGreaterThan(500);
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(
      /unused Markdown directives|broken link|broken anchor/i,
    );
  });

  it('embeds the example policy where a page shows the feature: its matrix names every class and tool', async () => {
    const decisions = visibleText(await html('decisions.md'));
    for (const dataClass of example.dataClasses) expect(decisions).toContain(dataClass.name);
    for (const tool of example.tools) expect(decisions).toContain(tool.name);
    // Embedded headings join the page's table of contents (the recommended beforeDefaultRemarkPlugins).
    expect(await html('decisions.md')).toMatch(
      /<a href=#data-classification--tool-by-data-class class="table-of-contents__link[^"]*">Tool by data class</,
    );
    // The enforcement section, with the example's generated files.
    expect(visibleText(await html('export.md'))).toContain('.cursorignore (Cursor)');
  });

  it('publishes the example policy itself, which the docs link to', async () => {
    const policy = visibleText(await readFile(path.join(outDir, 'example-policy', 'index.html'), 'utf8'));
    expect(policy).toContain('Northwind');
  });
});
