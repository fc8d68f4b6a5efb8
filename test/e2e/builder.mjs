/**
 * The policy builder (`builder: true`) on the built example site: it starts from the published policy,
 * shows each edit in the preview within the issue's 200 ms budget, writes a file the real CLI accepts and
 * renders to exactly the Markdown the preview showed, puts the CLI's own messages beside the field that
 * has the problem, loads its engine only on its own page, and sends nothing anywhere while editing.
 */
import {execFile} from 'node:child_process';
import {mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {gzipSync} from 'node:zlib';
import {open, themeStorageKey, withContext} from './browser.mjs';
import {check, checkEqual, median} from './harness.mjs';

const SUITE = 'policy builder';
const run = promisify(execFile);
/** The issue's budget from an input event to the preview showing its effect. */
const PREVIEW_BUDGET_MS = 200;
/** The engine's chunk, named by the `webpackChunkName` comment in the builder page. */
const ENGINE_CHUNK = /\/ai-policy-builder-engine\.[0-9a-f]+\.js$/;
const TODAY = '2026-12-01';

/**
 * @param {object} options
 * @param {import('./harness.mjs').Harness} options.harness
 * @param {import('playwright-core').Browser} options.browser
 * @param {string} options.origin
 * @param {string} options.outDir  the build output being served
 * @param {string} options.repoRoot
 * @param {string} options.screenshotsDir
 * @param {{organization: string}} options.config  the example site's policy
 */
export async function builderSuite({harness, browser, origin, outDir, repoRoot, screenshotsDir, config}) {
  const url = (route) => `${origin}${route}`;
  const cli = path.join(repoRoot, 'lib', 'cli', 'main.js');
  const storageKey = await themeStorageKey(origin);
  const work = await mkdtemp(path.join(tmpdir(), 'ai-policy-builder-e2e-'));
  console.log(`\n${SUITE} (${origin}/ai-policy/builder)`);

  /** `withContext`, with downloads on and the scripts the page requests listed. */
  const withPage = (t, fn, {colorMode} = {}) =>
    withContext(
      t,
      {browser, origin, colorMode, storageKey, contextOptions: {acceptDownloads: true}},
      async (page, watcher, context) => {
        const scripts = [];
        page.on('request', (request) => {
          if (request.resourceType() === 'script') scripts.push(request.url());
        });
        await fn({page, watcher, scripts, context});
      },
    );

  /** Opens the builder and waits for its engine and first preview (the page's own User Timing mark). */
  async function openBuilder(page) {
    const response = await open(page, url('/ai-policy/builder'));
    checkEqual(response?.status(), 200, '/ai-policy/builder status');
    await page.waitForFunction(() => performance.getEntriesByName('ai-policy-builder:ready').length > 0);
  }

  const preview = (page) => page.locator('[data-preview="policy"]');

  /**
   * Runs `action` and measures, in the page, from the first input event it causes to the moment the
   * preview's DOM contains `expected` (a MutationObserver on the preview), with performance.now().
   */
  async function timeToPreview(page, expected, action) {
    await page.evaluate(
      ({expected}) => {
        const panel = document.querySelector('[data-preview="policy"]');
        if (panel.textContent.includes(expected)) throw new Error(`the preview already shows "${expected}"`);
        window.__previewLatency = new Promise((resolve, reject) => {
          let start = null;
          const types = ['input', 'change', 'click', 'keydown'];
          const begin = () => {
            start ??= performance.now();
          };
          const stop = () => {
            observer.disconnect();
            for (const type of types) document.removeEventListener(type, begin, true);
            clearTimeout(timer);
          };
          for (const type of types) document.addEventListener(type, begin, true);
          const observer = new MutationObserver(() => {
            if (start !== null && panel.textContent.includes(expected)) {
              stop();
              resolve(performance.now() - start);
            }
          });
          observer.observe(panel, {subtree: true, childList: true, characterData: true});
          const timer = setTimeout(() => {
            stop();
            reject(new Error(`the preview did not show "${expected}" within 10 s`));
          }, 10_000);
        });
      },
      {expected},
    );
    await action();
    return page.evaluate(() => window.__previewLatency);
  }

  async function step(page, name) {
    await page.getByRole('button', {name: new RegExp(`^\\d+ ${name}`)}).click();
  }

  /**
   * Saves a file the page offers where `ai-policy check` finds its baseline: the example site's policy
   * extends @northwind/ai-policy-baseline, so the file's folder gets the package, linked as npm links a
   * `file:` dependency.
   */
  async function besideBaseline(name) {
    const dir = path.join(work, name);
    const scope = path.join(dir, 'node_modules', '@northwind');
    await mkdir(scope, {recursive: true});
    await symlink(path.join(repoRoot, 'example-baseline'), path.join(scope, 'ai-policy-baseline'));
    return path.join(dir, 'ai-policy.yml');
  }

  async function cliCheck(file) {
    return run(process.execPath, [cli, 'check', file, '--today', TODAY], {cwd: work}).then(
      ({stdout, stderr}) => ({code: 0, stdout, stderr}),
      (error) => ({code: error.code, stdout: error.stdout, stderr: error.stderr}),
    );
  }

  await harness.test(
    SUITE,
    'opens with the published policy; other pages load none of its code',
    async (t) => {
      const loaded = {};
      for (const route of ['/', '/ai-policy', '/docs/onboarding', '/ai-policy/builder']) {
        await withPage(t, async ({page, watcher, scripts}) => {
          if (route === '/ai-policy/builder') await openBuilder(page);
          else await open(page, url(route));
          check(watcher.problems().length === 0, `${route}: ${watcher.problems().join('; ')}`);
          loaded[route] = new Set(scripts);
          if (route !== '/ai-policy/builder') return;
          checkEqual(
            await page.locator('#ai-policy-builder-organization').inputValue(),
            config.organization,
            'the organization field',
          );
          check(
            (await preview(page).textContent()).includes(config.organization),
            'the preview does not show the published organization',
          );
          const ready = await page.evaluate(
            () => performance.getEntriesByName('ai-policy-builder:ready')[0].startTime,
          );
          harness.measurements.builderTimeToInteractiveMs = Math.round(ready);
          harness.note(
            `builder time to interactive (navigation start → engine loaded and first preview): ${Math.round(ready)} ms`,
          );
        });
      }
      const builderScripts = [...loaded['/ai-policy/builder']];
      check(
        builderScripts.some((script) => ENGINE_CHUNK.test(script)),
        'the builder did not load the engine chunk',
      );
      for (const route of ['/', '/ai-policy', '/docs/onboarding']) {
        const engine = [...loaded[route]].filter((script) => ENGINE_CHUNK.test(script));
        checkEqual(engine, [], `engine chunks loaded by ${route}`);
      }
      // The builder's own JS: what its page loads and the policy page and home page do not.
      const others = new Set([...loaded['/'], ...loaded['/ai-policy'], ...loaded['/docs/onboarding']]);
      const own = builderScripts.filter((script) => !others.has(script));
      let gzipped = 0;
      let raw = 0;
      for (const script of own) {
        const bytes = await readFile(path.join(outDir, new URL(script).pathname));
        raw += bytes.length;
        gzipped += gzipSync(bytes, {level: 9}).length;
      }
      harness.measurements.builderOwnJs = {
        files: own.map((script) => new URL(script).pathname),
        raw,
        gzipped,
      };
      harness.note(
        `builder's own JS: ${own.length} files, ${(raw / 1024).toFixed(1)} KiB, ${(gzipped / 1024).toFixed(1)} KiB gzipped`,
      );
    },
  );

  await harness.test(
    SUITE,
    'each edit shows in the preview within 200 ms; the download passes check and renders to the preview',
    async (t) => {
      await withPage(t, async ({page, watcher}) => {
        await openBuilder(page);
        // Docusaurus prefetches the chunks of links as they scroll into view: let it see the whole page
        // first, so what is recorded below is what editing causes.
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForLoadState('networkidle');
        await page.evaluate(() => window.scrollTo(0, 0));
        const requests = [];
        page.on('request', (request) => requests.push(request.url()));

        const latencies = {};
        latencies.organization = await timeToPreview(page, 'Southwind Clinics', () =>
          page.getByRole('textbox', {name: 'Organization'}).fill('Southwind Clinics'),
        );

        // The example's policy extends a baseline that lets no team approve a tool: the edits tighten it.
        await step(page, 'Approved tools');
        const prohibited = await page
          .locator('fieldset fieldset legend')
          .filter({hasText: /^Prohibited tool \d+/})
          .count();
        await page.getByRole('button', {name: 'Add a prohibited tool'}).click();
        const nameField = page.locator(`#ai-policy-builder-prohibitedTools-${prohibited}-name`);
        checkEqual(
          await page.evaluate(() => document.activeElement?.id),
          `ai-policy-builder-prohibitedTools-${prohibited}-name`,
          'focus after "Add a prohibited tool"',
        );
        latencies.tool = await timeToPreview(page, 'Mistral Le Chat', () =>
          nameField.fill('Mistral Le Chat'),
        );

        await step(page, 'Compliance regimes');
        latencies.regime = await timeToPreview(page, 'PCI DSS requirements', () =>
          page.getByRole('checkbox', {name: 'PCI DSS'}).check(),
        );

        await step(page, 'Enforcement posture');
        latencies.training = await timeToPreview(page, 'every six months', () =>
          page.locator('#ai-policy-builder-training-refresh').fill('every six months'),
        );

        const engineMs = await page.evaluate(() =>
          performance.getEntriesByName('ai-policy-builder:evaluate').map((entry) => entry.duration),
        );
        harness.note(
          `builder engine per evaluation (parse, validate, build, lint, diff): median ${median(engineMs).toFixed(1)} ms over ${engineMs.length} runs`,
        );
        for (const [what, ms] of Object.entries(latencies))
          check(
            ms <= PREVIEW_BUDGET_MS,
            `${what}: the preview took ${ms.toFixed(1)} ms (budget ${PREVIEW_BUDGET_MS} ms)`,
          );
        harness.measurements.builderPreviewLatencyMs = Object.fromEntries(
          Object.entries(latencies).map(([what, ms]) => [what, Math.round(ms * 10) / 10]),
        );
        harness.note(
          `builder preview latency: ${Object.entries(latencies)
            .map(([what, ms]) => `${what} ${ms.toFixed(1)} ms`)
            .join(', ')} (median ${median(Object.values(latencies)).toFixed(1)} ms)`,
        );

        // The Markdown the preview shows, and the file the page downloads.
        await page.getByRole('tab', {name: 'Markdown'}).click();
        const markdown = await page.locator('[data-preview="markdown"]').textContent();
        check(
          markdown.includes('Southwind Clinics') && markdown.includes('Mistral Le Chat'),
          'the Markdown lacks the edits',
        );
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', {name: 'Download ai-policy.yml'}).click(),
        ]);
        checkEqual(download.suggestedFilename(), 'ai-policy.yml', 'the download name');
        const file = await besideBaseline('downloaded');
        await download.saveAs(file);
        const yaml = await page.locator('[data-output="yaml"]').textContent();
        checkEqual(await readFile(file, 'utf8'), yaml, 'the download vs the YAML shown');
        // Only the overlay: the site's extends, then what the form changed, no baseline fact restated.
        check(
          /^extends: "@northwind\/ai-policy-baseline"$/m.test(yaml),
          `the file does not extend the baseline:\n${yaml}`,
        );
        for (const edit of ['Southwind Clinics', 'Mistral Le Chat', 'pci-dss', 'every six months'])
          check(yaml.includes(edit), `the file lacks the edit "${edit}"`);
        check(!yaml.includes('Claude / Claude Code'), `the file restates the baseline's tools:\n${yaml}`);
        check(
          (await page.locator('[data-output="overlay-note"]').textContent()).includes(
            '@northwind/ai-policy-baseline',
          ),
          'the page does not say the file is an overlay of the baseline',
        );

        const checked = await cliCheck(file);
        checkEqual(checked.code, 0, `ai-policy check exit code (${checked.stdout}${checked.stderr})`);
        check(/valid, \d+ sections/.test(checked.stdout), `ai-policy check: ${checked.stdout}`);
        const rendered = await run(process.execPath, [cli, 'render', file], {cwd: work});
        check(
          rendered.stdout === markdown,
          `ai-policy render differs from the preview's Markdown (${firstDifference(rendered.stdout, markdown)})`,
        );

        // The semantic difference lists what the edits changed.
        const changes = await page.locator('[data-output="changes"]').textContent();
        for (const expected of ['Mistral Le Chat', 'PCI DSS'])
          check(changes.includes(expected), `the changes list does not mention ${expected}: ${changes}`);

        check(watcher.problems().length === 0, `the browser reported: ${watcher.problems().join('; ')}`);
        const network = requests.filter((request) => !/^(blob|data):/.test(request));
        checkEqual(network, [], 'requests made while editing');
        harness.note(
          `builder: ${requests.length} requests while editing and downloading (${requests.join(', ') || 'none'})`,
        );
      });
    },
  );

  await harness.test(
    SUITE,
    "an invalid entry shows check's message beside its field; the preview keeps the last valid policy",
    async (t) => {
      await withPage(t, async ({page, watcher}) => {
        await openBuilder(page);
        // A loosening: Cursor's ceiling above the baseline's. The page says what `ai-policy check` says.
        await step(page, 'Approved tools');
        const ceiling = page.locator('#ai-policy-builder-tools-3-maxDataClass');
        await ceiling.selectOption('phi');
        const messages = page.locator('#ai-policy-builder-tools-3-maxDataClass-messages');
        await messages.waitFor();
        checkEqual(await ceiling.getAttribute('aria-invalid'), 'true', 'aria-invalid on the ceiling field');
        const describedBy = (await ceiling.getAttribute('aria-describedby')) ?? '';
        check(
          describedBy.split(' ').includes('ai-policy-builder-tools-3-maxDataClass-messages'),
          `aria-describedby is "${describedBy}"`,
        );
        const shown = (await messages.textContent()).trim();
        check(shown.startsWith('raises the ceiling of "Cursor"'), `the message beside the field: "${shown}"`);
        const status = await page.locator('p[role="status"]').first().textContent();
        check(status.includes(shown), `the live region does not announce the problem: "${status}"`);
        // The preview still shows the published policy, and says it is the last valid policy.
        check(
          (await preview(page).textContent()).includes(config.organization),
          'the preview lost the last valid policy',
        );
        await page.getByText('this is the last valid policy').waitFor();

        // The same words as `ai-policy check` prints for the file as it stands (which names the baseline by
        // its path on disk where the page names the package), at the same baseline line.
        const file = await besideBaseline('invalid');
        await writeFile(file, await page.locator('[data-output="yaml"]').textContent());
        const checked = await cliCheck(file);
        checkEqual(checked.code, 1, 'ai-policy check exit code on the loosening draft');
        const [words, where] = shown.split(' at @northwind/ai-policy-baseline/');
        check(
          checked.stderr.includes(words) && checked.stderr.includes(`/example-baseline/${where}`),
          `ai-policy check printed:\n${checked.stderr}\nbut the page showed "${shown}"`,
        );

        // A problem in a list item lands on that item's field.
        await page.locator('#ai-policy-builder-tools-0-maxDataClass').selectOption('public');
        await page.locator('#ai-policy-builder-tools-1-name').fill('Claude / Claude Code');
        const duplicate = page.locator('#ai-policy-builder-tools-1-name-messages');
        await duplicate.waitFor();
        check((await duplicate.textContent()).length > 0, 'the duplicate tool name has no message');
        check(
          (await page.getByRole('button', {name: /^3 Approved tools/}).textContent()).includes('to fix'),
          'the step does not count its problems',
        );

        // Fixing one problem clears its field while the other still holds the preview back.
        await ceiling.selectOption('public');
        await messages.waitFor({state: 'detached'});
        checkEqual(await ceiling.getAttribute('aria-invalid'), null, 'aria-invalid after the fix');
        await step(page, 'Organization');
        await page.locator('#ai-policy-builder-organization').fill('Northwind Health Cloud Europe');
        await page.waitForTimeout(300);
        check(
          !(await preview(page).textContent()).includes('Northwind Health Cloud Europe'),
          'the preview showed a draft that still has a problem',
        );
        await step(page, 'Approved tools');
        await page.locator('#ai-policy-builder-tools-1-name').fill('GitHub Copilot Business');
        await preview(page).getByText('Northwind Health Cloud Europe').first().waitFor();
        await page.getByText('this is the last valid policy').waitFor({state: 'detached'});

        // An emptied field is written as empty, and refused as `check` refuses it in the overlay.
        await step(page, 'Organization');
        await page.locator('#ai-policy-builder-organization').fill('');
        const emptied = page.locator('#ai-policy-builder-organization-messages');
        await emptied.waitFor();
        const emptiedText = (await emptied.textContent()).trim();
        const emptiedFile = await besideBaseline('emptied');
        await writeFile(emptiedFile, await page.locator('[data-output="yaml"]').textContent());
        const emptiedCheck = await cliCheck(emptiedFile);
        check(
          emptiedCheck.code === 1 && emptiedCheck.stderr.includes(`organization  ${emptiedText}`),
          `ai-policy check printed:\n${emptiedCheck.stderr}\nbut the page showed "${emptiedText}"`,
        );
        check(watcher.problems().length === 0, `the browser reported: ${watcher.problems().join('; ')}`);
      });
    },
  );

  await harness.test(SUITE, 'keyboard only: reach a step, add a data class, type it', async (t) => {
    await withPage(t, async ({page}) => {
      await openBuilder(page);
      await page.getByRole('button', {name: /^4 Data classification/}).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', {name: /Step 4 of 6/}).waitFor();
      const add = page.getByRole('button', {name: 'Add a data class'});
      await add.focus();
      await page.keyboard.press('Enter');
      const focused = await page.evaluate(() => document.activeElement?.id ?? '');
      check(
        /^ai-policy-builder-dataClasses-\d+-id$/.test(focused),
        `focus after "Add a data class": ${focused}`,
      );
      await page.keyboard.type('board-minutes');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Board minutes');
      await preview(page).getByText('Board minutes').first().waitFor();
    });
  });

  await harness.test(SUITE, 'screenshots of the builder in light and dark mode', async (t) => {
    await mkdir(screenshotsDir, {recursive: true});
    for (const mode of ['light', 'dark']) {
      await withPage(
        t,
        async ({page}) => {
          await openBuilder(page);
          await step(page, 'Approved tools');
          await page.evaluate(() => document.fonts.ready);
          checkEqual(await page.getAttribute('html', 'data-theme'), mode, 'data-theme');
          const file = path.join(screenshotsDir, `builder-${mode}.png`);
          await page.screenshot({path: file, animations: 'disabled', caret: 'hide'});
          check((await stat(file)).size > 10_000, `${file} is suspiciously small`);
          console.log(`    wrote ${path.relative(process.cwd(), file)}`);
        },
        {colorMode: mode},
      );
    }
  });

  await rm(work, {recursive: true, force: true});
}

function firstDifference(a, b) {
  let index = 0;
  while (index < a.length && a[index] === b[index]) index++;
  return `first difference at character ${index}: ${JSON.stringify(a.slice(index, index + 40))} vs ${JSON.stringify(b.slice(index, index + 40))}`;
}
