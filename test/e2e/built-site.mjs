/**
 * The example site as readers get it: `docusaurus build`, served by `docusaurus serve`, in Chromium.
 * Checks what static HTML assertions cannot: hydration, what is actually visible, scrolling, the clipboard,
 * computed colours in both colour modes, and print media.
 */
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {
  contentHeadings,
  headingInView,
  headingSkips,
  markEmbedRegion,
  measureContrast,
  open,
  themeStorageKey,
  withContext,
} from './browser.mjs';
import {check, checkEqual} from './harness.mjs';

const SUITE = 'built site';

/** Pages that embed sections: the heading before each embed and the page's own heading after it. */
const EMBEDS = [
  {
    route: '/docs/onboarding',
    start: 'data-classification',
    end: 'week-two-your-first-change',
    section: 'data-classification',
  },
  {route: '/docs/ide-setup', start: 'ai-assistants', end: 'troubleshooting', section: 'approved-tools'},
  {
    route: '/blog/ai-tool-usage-policy',
    start: 'what-changes-for-you',
    end: 'what-does-not-change',
    section: 'approved-tools',
  },
  {route: '/security', start: 'incidents-and-exceptions', end: null, section: 'incidents-and-exceptions'},
];

/** Text a reader must be able to read, in both colour modes: asserted. */
const READABLE = [
  {what: 'table cells', selector: 'article table'},
  {what: 'header fields', selector: 'article header dl'},
  {what: 'notices', selector: 'article .theme-admonition'},
];
/** The rest of the article (links, lists, breadcrumbs): reported, since its colours are the site's. */
const ADVISORY = {what: 'other article text', selector: 'article'};

/**
 * @param {object} options
 * @param {import('./harness.mjs').Harness} options.harness
 * @param {import('playwright-core').Browser} options.browser
 * @param {string} options.origin  e.g. http://127.0.0.1:4321
 * @param {{organization: string, tools: {name: string}[], dataClasses: {id: string, name: string}[]}} options.config
 * @param {string} options.outDir  the build output `docusaurus serve` serves (the last test tampers with it)
 * @param {string} options.screenshotsDir
 */
export async function builtSiteSuite({harness, browser, origin, outDir, config, screenshotsDir}) {
  const url = (route) => `${origin}${route}`;
  const toolNames = config.tools.map((tool) => tool.name);
  const classNames = config.dataClasses.map((dataClass) => dataClass.name);

  const withPage = (t, fn, {colorMode, contextOptions} = {}) =>
    withContext(t, {browser, origin, colorMode, storageKey, contextOptions}, fn);

  function checkNoProblems(watcher, where) {
    const problems = watcher.problems();
    check(problems.length === 0, `${where}: the browser reported problems:\n  ${problems.join('\n  ')}`);
  }

  const policyJson = await (await fetch(url('/ai-policy.json'))).json();
  const storageKey = await themeStorageKey(origin);
  const sections = policyJson.sections;

  console.log(`\n${SUITE} (${origin})`);

  await harness.test(SUITE, 'policy page and a section page hydrate with no console errors', async (t) => {
    await withPage(t, async (page, watcher) => {
      for (const route of ['/ai-policy', '/ai-policy/gdpr', '/ai-policy/data-classification']) {
        const response = await open(page, url(route));
        checkEqual(response?.status(), 200, `${route} status`);
        checkNoProblems(watcher, route);
        // Hydrated: the copy button's React click handler answers in the live region (copied, or blocked
        // since this context has no clipboard permission; either message proves the handler is attached).
        await page.getByRole('button', {name: /^Copy as Markdown: /}).click();
        await page
          .getByRole('status')
          .filter({hasText: /Copied|Could not copy/})
          .waitFor({timeout: 5000});
      }
    });
  });

  await harness.test(SUITE, 'the policy page shows what a reader needs', async (t) => {
    await withPage(t, async (page) => {
      await open(page, url('/ai-policy'));
      const header = page.locator('article header dl');
      check(await header.isVisible(), 'the header fields are not visible');
      check(
        (await header.textContent())?.includes(config.organization),
        `the header does not show the organization "${config.organization}"`,
      );
      for (const name of toolNames) {
        check(
          await page.locator('article').getByText(name, {exact: false}).first().isVisible(),
          `tool "${name}" is not visible`,
        );
      }
      const table = page.locator('table.ai-policy-data-classes');
      check(await table.isVisible(), 'the data-classification table is not visible');
      const tableText = (await table.textContent()) ?? '';
      for (const name of classNames) check(tableText.includes(name), `the data-class table lacks "${name}"`);
      check(await page.locator('table.ai-policy-tool-matrix').isVisible(), 'the tool matrix is not visible');
      // The theme's table styles lose to Infima when the site's browserslist makes Docusaurus downgrade CSS
      // cascade layers (Infima's rules then carry `:not(#\#):not(#\#)`); worth knowing, not a reader's problem.
      const display = await table.evaluate((element) => getComputedStyle(element).display);
      if (display !== 'table')
        harness.note(`the data-class table computes display: ${display} (the theme asks for table)`);
      const headings = await contentHeadings(page);
      const h1 = headings.find((heading) => heading.level === 1);
      checkEqual(h1?.text, policyJson.title, 'h1');
    });
  });

  await harness.test(
    SUITE,
    "an embedded matrix has the policy page's cell colours, light and dark",
    async (t) => {
      // The first cell of each kind in the tool x class matrix: its computed colours as the reader sees them.
      const cellColours = (page, tableSelector) =>
        page.evaluate((selector) => {
          const tables = [...document.querySelectorAll(selector)].filter((table) =>
            [...table.querySelectorAll('td')].some((cell) => /^(Allowed|No:)/.test(cell.textContent ?? '')),
          );
          const cells = tables.length ? [...tables[0].querySelectorAll('td')] : [];
          // In Markdown an embed's row headers are cells too: match the decision words, not "not allowed".
          const first = (allowed) =>
            cells.find((cell) => (allowed ? /^Allowed/ : /^No:/).test(cell.textContent ?? ''));
          const colours = (cell) =>
            cell && {background: getComputedStyle(cell).backgroundColor, color: getComputedStyle(cell).color};
          return {allowed: colours(first(true)), denied: colours(first(false))};
        }, tableSelector);
      for (const colorMode of ['light', 'dark']) {
        await withPage(
          t,
          async (page) => {
            await open(page, url('/ai-policy'));
            const onPage = await cellColours(page, 'table.ai-policy-tool-matrix');
            await open(page, url('/docs/onboarding'));
            const embedded = await cellColours(page, 'article table');
            check(
              onPage.allowed && onPage.denied,
              `${colorMode}: the policy page's matrix has no allowed and denied cells`,
            );
            const transparent = 'rgba(0, 0, 0, 0)';
            check(
              onPage.allowed.background !== transparent && onPage.denied.background !== transparent,
              `${colorMode}: the policy page's matrix cells are not tinted: ${JSON.stringify(onPage)}`,
            );
            checkEqual(
              JSON.stringify(embedded),
              JSON.stringify(onPage),
              `${colorMode}: embedded matrix colours`,
            );
          },
          {colorMode},
        );
      }
    },
  );

  await harness.test(SUITE, 'heading levels never skip (policy, section and embedding pages)', async (t) => {
    await withPage(t, async (page) => {
      const failures = [];
      const routes = [
        '/ai-policy',
        ...sections.map((section) => `/ai-policy/${section.id}`),
        ...EMBEDS.map((embed) => embed.route),
      ];
      for (const route of routes) {
        await open(page, url(route));
        const skips = headingSkips(await contentHeadings(page));
        if (skips.length) failures.push(`${route}: ${skips.join('; ')}`);
      }
      check(failures.length === 0, `heading levels skip:\n  ${failures.join('\n  ')}`);
    });
  });

  await harness.test(SUITE, 'table-of-contents links scroll to their sections', async (t) => {
    await withPage(t, async (page) => {
      await open(page, url('/ai-policy'));
      const toc = page.locator('.col--3 .table-of-contents');
      check(await toc.isVisible(), 'no visible table of contents at 1280 px');
      const links = await toc
        .locator('a[href^="#"]')
        .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
      for (const section of sections) {
        check(links.includes(`#${section.id}`), `the TOC has no link to #${section.id}`);
      }
      // Bottom to top, so every click has to scroll (the first sections start in view).
      for (const href of [...links].reverse()) {
        const id = decodeURIComponent(href.slice(1));
        await toc.locator(`a[href="${href}"]`).click();
        await page.waitForFunction((hash) => window.location.hash === hash, href);
        await page.waitForFunction(
          ({id}) => {
            const element = document.getElementById(id);
            if (!element) return false;
            const {top} = element.getBoundingClientRect();
            const navbar = document.querySelector('.navbar')?.getBoundingClientRect().height ?? 0;
            return top >= navbar - 2 && top < window.innerHeight;
          },
          {id},
          {timeout: 5000},
        );
        check(await headingInView(page, id), `#${id} is not in view after clicking its TOC link`);
      }
      // The "Sections" list goes to each section's own page, through the client-side router.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.locator('nav[aria-labelledby="ai-policy-contents-title"] a', {hasText: 'GDPR'}).click();
      await page.waitForURL(url('/ai-policy/gdpr'));
      await page.locator('h1', {hasText: 'GDPR'}).waitFor();
    });
  });

  await harness.test(SUITE, '"Copy as Markdown" copies exactly the .md download', async (t) => {
    await withPage(t, async (page, watcher, context) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin});
      const download = await (await fetch(url('/ai-policy.md'))).text();
      await open(page, url('/ai-policy'));
      await page.getByRole('button', {name: 'Copy as Markdown: the policy'}).click();
      await page.getByRole('status').filter({hasText: 'Copied'}).waitFor();
      const clipboard = await page.evaluate(() => navigator.clipboard.readText());
      check(
        clipboard === download,
        `the clipboard differs from /ai-policy.md (${firstDifference(clipboard, download)})`,
      );

      // A section page copies that section alone.
      await open(page, url('/ai-policy/data-classification'));
      await page.getByRole('button', {name: 'Copy as Markdown: this section'}).click();
      await page.getByRole('status').filter({hasText: 'Copied'}).waitFor();
      const section = await page.evaluate(() => navigator.clipboard.readText());
      const title = sections.find((entry) => entry.id === 'data-classification')?.title;
      check(section.includes(`# ${title}`), `the copied section has no "${title}" heading`);
      for (const name of classNames) check(section.includes(name), `the copied section lacks "${name}"`);
      check(section.length < download.length / 2, 'the section page copied more than its section');
      checkNoProblems(watcher, 'copy');
    });
  });

  await harness.test(
    SUITE,
    'the French policy page reads French and copies the French Markdown',
    async (t) => {
      await withPage(t, async (page, watcher, context) => {
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin});
        const download = await (await fetch(url('/fr/ai-policy.md'))).text();
        check(
          download.startsWith('# Politique d’utilisation des outils d’IA'),
          '/fr/ai-policy.md is not French',
        );
        await open(page, url('/fr/ai-policy'));
        checkEqual(await page.locator('html').getAttribute('lang'), 'fr', 'the page language');
        for (const text of [
          'Politique d’utilisation des outils d’IA',
          'Classification des données',
          'Outils approuvés',
        ])
          check(await page.getByText(text, {exact: true}).first().isVisible(), `"${text}" is not visible`);
        check(
          !(await page
            .getByText('Data classification', {exact: true})
            .first()
            .isVisible()
            .catch(() => false)),
          'the English section title shows on the French page',
        );
        // French typography: a narrow no-break space before the colon.
        await page.getByRole('button', {name: 'Copier en Markdown\u202F: la politique'}).click();
        await page.getByRole('status').filter({hasText: 'Copié'}).waitFor();
        const clipboard = await page.evaluate(() => navigator.clipboard.readText());
        check(
          clipboard === download,
          `the clipboard differs from /fr/ai-policy.md (${firstDifference(clipboard, download)})`,
        );
        checkNoProblems(watcher, 'French copy');
      });
    },
  );

  await harness.test(SUITE, 'download links return the files with the right content type', async (t) => {
    await withPage(t, async (page) => {
      await open(page, url('/ai-policy'));
      const cases = [
        {name: 'Download .md', file: 'ai-policy.md', type: /^text\/(markdown|plain); charset=utf-8$/i},
        {name: 'Download .json', file: 'ai-policy.json', type: /^application\/json; charset=utf-8$/i},
      ];
      for (const {name, file, type} of cases) {
        const link = page.locator('article a', {hasText: name});
        const href = await link.getAttribute('href');
        checkEqual(href, `/${file}`, `${name} href`);
        const response = await page.request.get(url(href));
        checkEqual(response.status(), 200, `${href} status`);
        const contentType = response.headers()['content-type'] ?? '';
        check(type.test(contentType), `${href} is served as "${contentType}"`);
        // Clicking downloads the same bytes under the right file name.
        const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
        checkEqual(download.suggestedFilename(), file, `${name} file name`);
        const saved = await download.path();
        check((await readFile(saved)).equals(await response.body()), `${name} saved different bytes`);
      }
      const json = await (await page.request.get(url('/ai-policy.json'))).json();
      checkEqual(json.organization, config.organization, 'JSON organization');
      checkEqual(
        json.tools.map((tool) => tool.name),
        toolNames,
        'JSON tools',
      );
      const markdown = await (await page.request.get(url('/ai-policy.md'))).text();
      check(markdown.startsWith(`# ${json.title}\n`), 'the Markdown download does not start with the title');
    });
  });

  await harness.test(
    SUITE,
    'embedded sections render on the docs, blog and page, and their links work',
    async (t) => {
      await withPage(t, async (page, watcher) => {
        const checked = new Set();
        for (const embed of EMBEDS) {
          const response = await open(page, url(embed.route));
          checkEqual(response?.status(), 200, `${embed.route} status`);
          checkNoProblems(watcher, embed.route);
          const count = await markEmbedRegion(page, embed.start, embed.end);
          check(count > 0, `${embed.route}: nothing between #${embed.start} and #${embed.end}`);
          const region = page.locator('[data-e2e-embed]');
          const text = (await region.allInnerTexts()).join('\n');
          if (embed.section === 'data-classification') {
            const table = page.locator('table[data-e2e-embed], [data-e2e-embed] table').first();
            check(await table.isVisible(), `${embed.route}: no visible table in the embed`);
            for (const name of classNames)
              check(text.includes(name), `${embed.route}: embed lacks "${name}"`);
          } else if (embed.section === 'approved-tools') {
            for (const name of toolNames) check(text.includes(name), `${embed.route}: embed lacks "${name}"`);
          } else {
            check(
              text.includes(policyJson.incidents.contact),
              `${embed.route}: embed lacks the incident contact`,
            );
          }
          // Every internal link in the embed answers 200, and every fragment has its target on the page.
          const hrefs = await region
            .locator('a[href]')
            .evaluateAll((anchors) => anchors.map((anchor) => anchor.href));
          for (const href of hrefs) {
            const target = new URL(href);
            if (target.origin !== origin) continue;
            if (target.hash) {
              const id = decodeURIComponent(target.hash.slice(1));
              if (target.pathname === new URL(page.url()).pathname) {
                check(
                  (await page.locator(`[id="${id}"]`).count()) === 1,
                  `${embed.route}: ${target.hash} has no single target`,
                );
              }
            }
            const key = target.origin + target.pathname;
            if (checked.has(key)) continue;
            checked.add(key);
            const linked = await page.request.get(key);
            checkEqual(linked.status(), 200, `${embed.route}: link ${href}`);
          }
        }
        // Following an embedded anchor scrolls to it, as the page's own TOC does.
        await open(page, url('/docs/onboarding'));
        const tocLink = page.locator('.table-of-contents a[href="#data-classification--tool-by-data-class"]');
        if (await tocLink.count()) {
          await tocLink.first().click();
          await page.waitForFunction(
            () => window.location.hash === '#data-classification--tool-by-data-class',
          );
          check(
            await headingInView(page, 'data-classification--tool-by-data-class'),
            'embedded heading not scrolled into view',
          );
        } else {
          throw new Error('the onboarding TOC does not list the embedded "Tool by data class" heading');
        }
      });
    },
  );

  for (const mode of ['light', 'dark']) {
    await harness.test(SUITE, `text stays readable in ${mode} mode (WCAG contrast ≥ 4.5:1)`, async (t) => {
      await withPage(
        t,
        async (page, watcher) => {
          const failures = [];
          let measured = 0;
          for (const route of ['/ai-policy', '/docs/onboarding']) {
            await open(page, url(route));
            checkEqual(await page.getAttribute('html', 'data-theme'), mode, `${route} data-theme`);
            for (const {what, selector} of READABLE) {
              const rows = await measureContrast(page, selector);
              if (route === '/ai-policy' && what !== 'notices')
                check(rows.length > 0, `${route}: no ${what} measured`);
              measured += rows.length;
              for (const row of rows.filter((row) => row.ratio < row.required)) {
                failures.push(
                  `${route} ${what}: <${row.tag}> "${row.text}" ${row.color} on ${row.background} = ${row.ratio}:1`,
                );
              }
            }
          }
          check(measured > 50, `only ${measured} text runs measured`);
          check(
            failures.length === 0,
            `low contrast in ${mode} mode:\n  ${[...new Set(failures)].join('\n  ')}`,
          );
          // The rest of the article, reported: one line per distinct colour pair below 4.5:1.
          const advisory = new Map();
          for (const route of ['/ai-policy', '/docs/onboarding']) {
            await open(page, url(route));
            for (const row of await measureContrast(page, ADVISORY.selector)) {
              if (row.ratio < row.required)
                advisory.set(
                  `${row.color} on ${row.background}`,
                  `${route} <${row.tag}> "${row.text}" ${row.color} on ${row.background} = ${row.ratio}:1`,
                );
            }
          }
          if (advisory.size)
            harness.note(`${mode} mode, ${ADVISORY.what} below 4.5:1: ${[...advisory.values()].join('; ')}`);
          checkNoProblems(watcher, `${mode} mode`);
        },
        {colorMode: mode},
      );
    });
  }

  await harness.test(SUITE, 'the colour-mode toggle switches the policy page to dark mode', async (t) => {
    await withPage(
      t,
      async (page) => {
        await open(page, url('/ai-policy'));
        checkEqual(await page.getAttribute('html', 'data-theme'), 'light', 'initial data-theme');
        const toggle = page
          .locator('.navbar')
          .getByRole('button', {name: /dark|light|mode/i})
          .first();
        for (
          let clicks = 0;
          clicks < 3 && (await page.getAttribute('html', 'data-theme')) !== 'dark';
          clicks++
        ) {
          await toggle.click();
        }
        checkEqual(await page.getAttribute('html', 'data-theme'), 'dark', 'data-theme after the toggle');
        // Infima eases link colours from the light to the dark value; measured mid-way, a link is neither.
        await page.waitForFunction(() =>
          document.getAnimations().every((animation) => animation.playState !== 'running'),
        );
        const cells = await measureContrast(page, 'article table');
        const low = cells.filter((row) => row.ratio < row.required);
        check(low.length === 0, `low contrast after toggling: ${JSON.stringify(low.slice(0, 5))}`);
      },
      {contextOptions: {colorScheme: 'light'}},
    );
  });

  await harness.test(SUITE, 'print hides navigation and keeps the policy text', async (t) => {
    await withPage(t, async (page) => {
      for (const route of ['/ai-policy', '/ai-policy/data-classification', '/ai-policy/controls']) {
        await open(page, url(route));
        if (route !== '/ai-policy') {
          // The link back to the full policy, on screen; print leaves it out below.
          check(await page.locator('nav[aria-label="Breadcrumbs"] a').isVisible(), `${route}: no link back`);
        }
        await page.emulateMedia({media: 'print'});
        for (const selector of [
          '.navbar',
          'footer.footer',
          '.theme-doc-sidebar-container',
          '.table-of-contents',
          '.pagination-nav',
          'article button',
          'nav[aria-label="Breadcrumbs"]',
        ]) {
          const visible = await page
            .locator(selector)
            .evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).length);
          checkEqual(visible, 0, `${route}: visible "${selector}" elements in print`);
        }
        check(await page.locator('article h1').isVisible(), `${route}: the title is hidden in print`);
        if (route !== '/ai-policy/controls') {
          check(
            await page.locator('table.ai-policy-data-classes').isVisible(),
            `${route}: the data-class table is hidden in print`,
          );
        }
        if (route === '/ai-policy') {
          check(await page.locator('article header dl').isVisible(), 'the header fields are hidden in print');
        }
        await page.emulateMedia({media: 'screen'});
      }
    });
  });

  await harness.test(SUITE, 'screenshots of the policy page in light and dark mode', async (t) => {
    await mkdir(screenshotsDir, {recursive: true});
    for (const mode of ['light', 'dark']) {
      await withPage(
        t,
        async (page) => {
          await open(page, url('/ai-policy'));
          await page.evaluate(() => document.fonts.ready);
          checkEqual(await page.getAttribute('html', 'data-theme'), mode, 'data-theme');
          const file = path.join(screenshotsDir, `policy-${mode}.png`);
          await page.screenshot({path: file, animations: 'disabled', caret: 'hide'});
          console.log(`    wrote ${path.relative(process.cwd(), file)}`);
        },
        {colorMode: mode},
      );
    }
  });

  // Last, because it changes the build output: proves the hydration check above is not vacuous.
  await harness.test(SUITE, 'control: the hydration check catches a server/client mismatch', async (t) => {
    const file = path.join(outDir, 'ai-policy', 'gdpr', 'index.html');
    const html = await readFile(file, 'utf8');
    const title = sections.find((section) => section.id === 'gdpr')?.title;
    const tampered = html.replace(`>${title}</h1>`, `>${title} (tampered)</h1>`);
    check(tampered !== html, `no <h1>${title}</h1> in ${file}`);
    await writeFile(file, tampered);
    try {
      await withPage(t, async (page, watcher) => {
        await open(page, url('/ai-policy/gdpr'));
        check(
          watcher.hydrationProblems().length > 0,
          `no hydration problem reported; saw: ${watcher.problems().join('; ') || 'nothing'}`,
        );
      });
    } finally {
      await writeFile(file, html);
    }
  });
}

function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `lengths ${a.length} and ${b.length}, first difference at ${i}: ${JSON.stringify(a.slice(i, i + 40))} vs ${JSON.stringify(b.slice(i, i + 40))}`;
}
