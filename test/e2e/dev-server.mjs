/**
 * `docusaurus start` on a copy of the example site: editing the policy while the server runs updates the
 * open policy page and an open embedding page without a manual reload or a restart, a broken config is
 * reported with its location while the server keeps answering, and fixing it recovers the pages. The site's
 * `ai-policy.yml` extends the organization's baseline; the copy gets its own copy of the baseline
 * (`org-baseline.yml`), and the edits go there, as the security team edits the baseline the handbook reads.
 */
import {cp, readFile, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {measureContrast, open, showsText, VIEWPORT, waitForText, watchPage} from './browser.mjs';
import {check, checkEqual, median} from './harness.mjs';
import {freePort, sleep, startDocusaurus, stopProcess, waitForServer} from './processes.mjs';

const SUITE = 'dev server';

/** Generated or installed directories the site copy must not carry over. */
const NOT_COPIED = new Set(['build', '.docusaurus', 'node_modules', '.cache-loader']);

const TESTS = [
  'serves the policy page and the onboarding doc',
  'renaming a tool updates the open policy page and onboarding doc live (3 saves)',
  'an invalid config keeps the server up and reports org-baseline.yml:LINE:COL',
  'fixing the config recovers both pages without a reload',
  'a review-overdue notice appears live and is readable in light and dark mode',
];

/**
 * @param {object} options
 * @param {import('./harness.mjs').Harness} options.harness
 * @param {import('playwright-core').Browser} options.browser
 * @param {string} options.exampleSite
 * @param {string} options.exampleBaseline  the baseline file the example site's policy extends
 * @param {string} options.siteDir  where the copy goes, inside the repository (git-ignored)
 * @param {{tools: {name: string}[], review: {lastReviewed: string}}} options.config
 * @param {Record<string, string>} options.env
 * @returns {Promise<boolean>} whether every test passed (the copy is kept for inspection otherwise)
 */
export async function devServerSuite({harness, browser, exampleSite, exampleBaseline, siteDir, config, env}) {
  console.log(`\n${SUITE} (docusaurus start on ${path.relative(process.cwd(), siteDir)})`);
  // The file the edits go to: the copy's own baseline, never the repository's.
  const policyFile = path.join(siteDir, 'org-baseline.yml');
  let server;
  let context;
  try {
    try {
      await rm(siteDir, {recursive: true, force: true});
      await cp(exampleSite, siteDir, {
        recursive: true,
        filter: (source) => !NOT_COPIED.has(path.basename(source)),
      });
      // Inside this repository, a site without its own package.json would be read as ESM ("type": "module").
      const sitePackage = JSON.parse(await readFile(path.join(siteDir, 'package.json'), 'utf8'));
      check(sitePackage.type !== 'module', 'the site copy must not be "type": "module"');
      await writeFile(policyFile, await readFile(exampleBaseline, 'utf8'));
      const overlayFile = path.join(siteDir, 'ai-policy.yml');
      const overlay = await readFile(overlayFile, 'utf8');
      check(/^extends: .*$/m.test(overlay), 'the example site policy has no extends line');
      await writeFile(overlayFile, overlay.replace(/^extends: .*$/m, 'extends: ./org-baseline.yml'));
      const port = await freePort();
      server = startDocusaurus(['start', '--host', '127.0.0.1', '--port', String(port), '--no-open'], {
        cwd: siteDir,
        env,
        label: 'docusaurus start',
      });
      const started = Date.now();
      await waitForServer(server, `http://127.0.0.1:${port}/ai-policy`, {
        ready: (output) => /compiled successfully/.test(output),
      });
      console.log(`  dev server ready in ${Date.now() - started} ms on port ${port}`);
      server.origin = `http://127.0.0.1:${port}`;
    } catch (error) {
      harness.fail(SUITE, 'docusaurus start serves the site copy', error);
      harness.skip(SUITE, TESTS, 'the dev server did not start');
      return false;
    }
    const origin = server.origin;
    const url = (route) => `${origin}${route}`;
    const original = await readFile(policyFile, 'utf8');
    let current = original;
    /** Saves the policy file the way most editors do: truncate, then write. */
    async function save(text) {
      current = text;
      await writeFile(policyFile, text);
    }
    function replaceOnce(text, from, to) {
      check(text.includes(from), `org-baseline.yml has no "${from}"`);
      return text.replace(from, to);
    }

    context = await browser.newContext({viewport: VIEWPORT, colorScheme: 'light'});
    context.setDefaultTimeout(20_000);
    const pages = {};
    for (const [key, route] of [
      ['policy', '/ai-policy'],
      ['onboarding', '/docs/onboarding'],
    ]) {
      const page = await context.newPage();
      const entry = {key, route, page, watcher: watchPage(page, origin), navigations: 0};
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) entry.navigations++;
      });
      pages[key] = entry;
    }
    const all = Object.values(pages);
    const trackAll = (t) => {
      for (const entry of all) t.track(entry.page);
    };
    /** Waits until the page's text includes `text`, without reloading it; resolves with ms since `since`. */
    async function shown(entry, text, since, timeout = 30_000) {
      await waitForText(entry.page, text, timeout);
      return Date.now() - since;
    }
    const renamed = config.tools[1]?.name ?? config.tools[0].name;
    let lastName = renamed;
    let passedAll = true;
    const record = (ok) => {
      passedAll &&= ok;
      return ok;
    };

    const served = await harness.test(SUITE, TESTS[0], async (t) => {
      trackAll(t);
      for (const entry of all) {
        const response = await open(entry.page, url(entry.route));
        checkEqual(response?.status(), 200, `${entry.route} status`);
        await shown(entry, renamed, Date.now());
        const problems = entry.watcher.problems();
        check(problems.length === 0, `${entry.route}: ${problems.join('\n')}`);
      }
    });
    if (!record(served)) {
      harness.skip(SUITE, TESTS.slice(1), 'the dev server pages did not load');
      return false;
    }

    record(
      await harness.test(
        SUITE,
        TESTS[1],
        async (t) => {
          trackAll(t);
          const times = {policy: [], onboarding: []};
          for (const [run, suffix] of ['Alpha', 'Bravo', 'Charlie'].entries()) {
            const name = `Copilot ${suffix} Edition`;
            const before = all.map((entry) => entry.navigations);
            const saved = Date.now();
            await save(replaceOnce(original, `name: ${renamed}\n`, `name: ${name}\n`));
            const elapsed = await Promise.all(all.map((entry) => shown(entry, name, saved)));
            const how = all.map(
              (entry, index) =>
                `${entry.key} ${elapsed[index]} ms${entry.navigations > before[index] ? ' (page reloaded itself)' : ' (in place)'}`,
            );
            console.log(`    save ${run + 1}: ${how.join(', ')}`);
            for (const [index, entry] of all.entries()) times[entry.key].push(elapsed[index]);
            // The previous name is gone, not shown next to the new one.
            for (const entry of all) {
              const stale = await showsText(entry.page, lastName);
              check(!stale, `${entry.route} still shows "${lastName}" next to "${name}"`);
            }
            lastName = name;
            // The dev server's download follows the edit too.
            const markdown = await (await fetch(url('/ai-policy.md'))).text();
            check(markdown.includes(name), `/ai-policy.md in the dev server does not show "${name}"`);
            // Let the bundler settle (its second rebuild for the same save) before the next save.
            await sleep(1000);
          }
          harness.measurements.saveToUpdateMs = {
            policyPage: times.policy,
            onboardingDoc: times.onboarding,
            medianPolicyPage: median(times.policy),
            medianOnboardingDoc: median(times.onboarding),
          };
          harness.note(
            `save → updated DOM, median of 3: policy page ${median(times.policy)} ms, onboarding doc ${median(times.onboarding)} ms (runs: ${times.policy.join('/')} and ${times.onboarding.join('/')} ms)`,
          );
          check(server.exitCode === undefined, 'the dev server exited');
          for (const entry of all) {
            const problems = entry.watcher.problems();
            check(problems.length === 0, `${entry.route}: ${problems.join('\n')}`);
          }
        },
        {timeoutMs: 150_000},
      ),
    );

    const industryLine = original.split('\n').findIndex((line) => /^industry:/.test(line));
    const invalid = await harness.test(SUITE, TESTS[2], async (t) => {
      trackAll(t);
      check(industryLine >= 0, 'org-baseline.yml has no industry line');
      const broken = 'industry: sass';
      const location = `org-baseline.yml:${industryLine + 1}:${broken.indexOf('sass') + 1}`;
      const outputBefore = server.output.length;
      for (const entry of all) entry.watcher.clear();
      const lines = current.split('\n');
      lines[industryLine] = broken;
      await save(lines.join('\n'));
      const deadline = Date.now() + 30_000;
      while (!server.output.slice(outputBefore).includes(location) && Date.now() < deadline) await sleep(100);
      const output = server.output.slice(outputBefore);
      check(
        output.includes(location),
        `the server did not report ${location}; it printed:\n${output.slice(0, 3000)}`,
      );
      check(/did you mean "saas"/.test(output), 'the server output has no "did you mean" suggestion');
      // Still up, still answering.
      check(server.exitCode === undefined, 'the dev server exited');
      checkEqual((await fetch(url('/ai-policy'))).status, 200, 'HTTP status while the config is invalid');
      // The open policy page keeps the last valid policy.
      check(await showsText(pages.policy.page, lastName), 'the policy page lost its content');
      // What the browser shows: webpack-dev-server's error overlay, if it is enabled.
      const overlays = [];
      for (const entry of all) {
        const overlay = await entry.page
          .locator('#webpack-dev-server-client-overlay')
          .contentFrame()
          .locator('body')
          .textContent({timeout: 5000})
          .catch(() => '');
        overlays.push(
          `${entry.key}: ${overlay.includes(location) ? `error overlay shows ${location}` : 'no overlay with the location'}`,
        );
      }
      harness.note(`invalid config: server printed ${location}; ${overlays.join('; ')}`);
    });
    record(invalid);

    record(
      await harness.test(SUITE, TESTS[3], async (t) => {
        trackAll(t);
        check(invalid, 'depends on the invalid-config test');
        const name = 'Copilot Fixed Edition';
        const before = all.map((entry) => entry.navigations);
        const saved = Date.now();
        await save(replaceOnce(original, `name: ${renamed}\n`, `name: ${name}\n`));
        const elapsed = await Promise.all(all.map((entry) => shown(entry, name, saved)));
        harness.note(
          `recovery after the fix: ${all.map((entry, index) => `${entry.key} ${elapsed[index]} ms${entry.navigations > before[index] ? ' (page reloaded itself)' : ' (in place)'}`).join(', ')}`,
        );
        lastName = name;
        // The compile-error overlay goes away once the config compiles again. A page that ran the failed
        // module while the config was broken keeps webpack-dev-server's "Uncaught runtime errors" overlay
        // until it is dismissed (standard dev-server behaviour); the content under it has recovered.
        const leftOver = [];
        for (const entry of all) {
          const overlay = entry.page.locator('#webpack-dev-server-client-overlay');
          const deadline = Date.now() + 10_000;
          let text = '';
          while (Date.now() < deadline) {
            text = (await overlay.count())
              ? await overlay
                  .contentFrame()
                  .locator('body')
                  .textContent({timeout: 2000})
                  .catch(() => '')
              : '';
            if (!/compiled with problems/i.test(text)) break;
            await sleep(200);
          }
          check(
            !/compiled with problems/i.test(text),
            `${entry.route}: the compile-error overlay is still shown after the fix`,
          );
          if (/uncaught runtime errors/i.test(text)) leftOver.push(entry.key);
        }
        if (leftOver.length) {
          harness.note(
            `after the fix, the runtime-error overlay from the broken embed stays open on: ${leftOver.join(', ')} (content underneath is updated; dismissing it or a reload clears it)`,
          );
        }
        // Fresh loads of both pages are clean.
        await sleep(500);
        const fresh = await context.newPage();
        t.track(fresh);
        const watcher = watchPage(fresh, origin);
        for (const route of ['/ai-policy', '/docs/onboarding']) {
          await open(fresh, url(route));
          await waitForText(fresh, name);
        }
        check(watcher.problems().length === 0, `fresh page: ${watcher.problems().join('\n')}`);
        await fresh.close();
        check(server.exitCode === undefined, 'the dev server exited');
      }),
    );

    record(
      await harness.test(SUITE, TESTS[4], async (t) => {
        trackAll(t);
        const {policy} = pages;
        const lastReviewed = config.review.lastReviewed;
        await save(replaceOnce(current, `lastReviewed: ${lastReviewed}`, 'lastReviewed: 2025-01-02'));
        const notice = policy.page.locator('article .theme-admonition', {hasText: 'Review overdue'});
        await notice.waitFor({timeout: 30_000});
        const failures = [];
        for (const mode of ['light', 'dark']) {
          if (mode === 'dark') {
            const toggle = policy.page
              .locator('.navbar')
              .getByRole('button', {name: /dark|light|mode/i})
              .first();
            for (
              let clicks = 0;
              clicks < 3 && (await policy.page.getAttribute('html', 'data-theme')) !== 'dark';
              clicks++
            ) {
              await toggle.click();
            }
          }
          checkEqual(await policy.page.getAttribute('html', 'data-theme'), mode, 'data-theme');
          const rows = await measureContrast(policy.page, 'article .theme-admonition');
          check(
            rows.some(
              (row) => row.text.includes('Review overdue') || row.text.includes('policy needed attention'),
            ),
            `${mode}: the notice text was not measured`,
          );
          for (const row of rows.filter((row) => row.ratio < row.required)) {
            failures.push(
              `${mode}: <${row.tag}> "${row.text}" ${row.color} on ${row.background} = ${row.ratio}:1`,
            );
          }
        }
        check(failures.length === 0, `low contrast in the notices:\n  ${failures.join('\n  ')}`);
      }),
    );
    return passedAll;
  } finally {
    if (context) await context.close().catch(() => {});
    await stopProcess(server);
  }
}
