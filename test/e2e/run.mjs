#!/usr/bin/env node
/**
 * Browser and dev-server tests (`npm run test:e2e`, after `npm run build`).
 *
 * 1. Builds the example site once with the real `docusaurus build`, serves it with `docusaurus serve` on a
 *    free loopback port, and checks it in Debian's Chromium (test/e2e/built-site.mjs), then its policy
 *    builder page (test/e2e/builder.mjs).
 * 2. Runs `docusaurus start` on a copy of the example site in test/.tmp/e2e-site and edits its
 *    ai-policy.yml while pages are open (test/e2e/dev-server.mjs).
 *
 * Writes test-results/e2e.json ({numPassedTests, numFailedTests, numPendingTests, ...}), screenshots of
 * failures to test-results/e2e-failures/, the screenshots the README and docs show to docs/screenshots/, and ends with
 * "N passed, N failed". Every server it starts is stopped at the end, also on failure or Ctrl-C.
 */
import {existsSync, rmSync} from 'node:fs';
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parse} from 'yaml';
import {CHROMIUM, launchBrowser} from './browser.mjs';
import {builderSuite} from './builder.mjs';
import {builtSiteSuite} from './built-site.mjs';
import {devServerSuite} from './dev-server.mjs';
import {Harness} from './harness.mjs';
import {
  freePort,
  killAllSync,
  runDocusaurus,
  startDocusaurus,
  stopAll,
  stopProcess,
  waitForServer,
} from './processes.mjs';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXAMPLE_SITE = path.join(REPO_ROOT, 'example-site');
const EXAMPLE_BASELINE = path.join(REPO_ROOT, 'example-baseline', 'ai-policy.yml');
const E2E_SITE = path.join(REPO_ROOT, 'test', '.tmp', 'e2e-site');
const RESULTS_DIR = path.join(REPO_ROOT, 'test-results');
const SCREENSHOTS_DIR = path.join(REPO_ROOT, 'docs', 'screenshots');
/**
 * 2026-12-01 is "today" for staleness (SOURCE_DATE_EPOCH, as in test/example-site.test.ts): the example
 * policy is current then, so pages and screenshots do not change when the calendar passes its review date.
 */
const SOURCE_DATE_EPOCH = String(Date.UTC(2026, 11, 1) / 1000);

/** The build output directory, removed on any exit (it is in the OS temp dir, outside the repository). */
let outDir;
function cleanUpSync() {
  killAllSync();
  if (outDir) rmSync(outDir, {recursive: true, force: true});
}
process.on('exit', cleanUpSync);
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
]) {
  process.on(signal, () => {
    console.log(`\n${signal}: stopping servers`);
    process.exit(code);
  });
}

async function main() {
  const started = Date.now();
  process.chdir(REPO_ROOT);
  const harness = new Harness({
    failuresDir: path.join(RESULTS_DIR, 'e2e-failures'),
    reportFile: path.join(RESULTS_DIR, 'e2e.json'),
  });
  await harness.prepare();
  console.log(`e2e: screenshots of failures go to ${path.relative(REPO_ROOT, harness.failuresDir)}/`);

  let browser;
  let serve;
  let devPassed = false;
  try {
    if (!existsSync(path.join(REPO_ROOT, 'lib', 'index.js')))
      throw new Error('lib/ is missing: run `npm run build` first');
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
    // The example's facts: its ai-policy.yml extends this baseline and adds no tool, class or review date.
    const config = parse(await readFile(EXAMPLE_BASELINE, 'utf8'));
    const env = {SOURCE_DATE_EPOCH};

    browser = await launchBrowser();

    // Built site.
    outDir = await mkdtemp(path.join(tmpdir(), 'ai-policy-e2e-build-'));
    let origin;
    try {
      const buildStarted = Date.now();
      // Output outside the repository: Docusaurus requires its CommonJS server bundle from the output
      // directory, which the root package.json's "type": "module" would break.
      const build = await runDocusaurus(['build', EXAMPLE_SITE, '--out-dir', outDir], {
        cwd: REPO_ROOT,
        env,
        label: 'docusaurus build',
        timeoutMs: 300_000,
      });
      if (build.code !== 0) throw new Error(`docusaurus build failed (${build.code}):\n${build.output}`);
      console.log(`built the example site in ${Date.now() - buildStarted} ms`);
      const port = await freePort();
      serve = startDocusaurus(
        ['serve', EXAMPLE_SITE, '--dir', outDir, '--host', '127.0.0.1', '--port', String(port), '--no-open'],
        {cwd: REPO_ROOT, env, label: 'docusaurus serve'},
      );
      origin = `http://127.0.0.1:${port}`;
      await waitForServer(serve, `${origin}/ai-policy`, {timeoutMs: 60_000});
    } catch (error) {
      harness.fail('built site', 'docusaurus build and serve the example site', error);
      harness.skip('built site', ['the built-site suite'], 'the example site was not built and served');
    }
    if (origin) {
      try {
        await builtSiteSuite({harness, browser, origin, outDir, config, screenshotsDir: SCREENSHOTS_DIR});
      } catch (error) {
        harness.fail('built site', 'the built-site suite', error);
      }
      try {
        await builderSuite({
          harness,
          browser,
          origin,
          outDir,
          repoRoot: REPO_ROOT,
          screenshotsDir: SCREENSHOTS_DIR,
          config,
        });
      } catch (error) {
        harness.fail('policy builder', 'the policy builder suite', error);
      }
    }
    await stopProcess(serve);

    // Dev server.
    devPassed = await devServerSuite({
      harness,
      browser,
      exampleSite: EXAMPLE_SITE,
      exampleBaseline: EXAMPLE_BASELINE,
      siteDir: E2E_SITE,
      config,
      env,
    });
  } catch (error) {
    harness.fail('e2e', 'the e2e run itself', error);
  } finally {
    if (browser) await browser.close().catch(() => {});
    await stopAll();
    if (outDir) await rm(outDir, {recursive: true, force: true});
    outDir = undefined;
    if (devPassed) await rm(E2E_SITE, {recursive: true, force: true});
    else if (existsSync(E2E_SITE))
      console.log(`kept the dev-server site copy for inspection: ${path.relative(REPO_ROOT, E2E_SITE)}`);
  }

  await harness.writeReport();
  const {passed, failed, pending} = harness.counts();
  console.log(`\nreport: ${path.relative(REPO_ROOT, harness.reportFile)}`);
  if (failed) console.log(`failure screenshots: ${path.relative(REPO_ROOT, harness.failuresDir)}/`);
  if (pending) console.log(`${pending} skipped`);
  console.log(`total runtime ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

await main();
