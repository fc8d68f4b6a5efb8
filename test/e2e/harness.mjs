/**
 * A small serial test runner for the browser suite: named tests that share expensive fixtures (one built
 * site, one dev server, one browser), a per-test timeout, a screenshot of every page a failed test had open,
 * and the JSON summary CI reads (`numPassedTests`, `numFailedTests`, `numPendingTests`).
 */
import {mkdir, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';

export class Harness {
  /** @param {{failuresDir: string, reportFile: string}} options */
  constructor({failuresDir, reportFile}) {
    this.failuresDir = failuresDir;
    this.reportFile = reportFile;
    /** @type {{suite: string, name: string, status: 'passed' | 'failed' | 'pending', durationMs: number, error?: string, screenshots?: string[]}[]} */
    this.results = [];
    /** Measurements printed at the end and kept in the report (e.g. save-to-update times). */
    this.measurements = {};
    this.notes = [];
    this.startedAt = Date.now();
  }

  async prepare() {
    await rm(this.failuresDir, {recursive: true, force: true});
    await mkdir(this.failuresDir, {recursive: true});
  }

  /** Something worth reading in the report that is not a pass/fail (what the browser showed, timings). */
  note(message) {
    this.notes.push(message);
    console.log(`  note: ${message}`);
  }

  /**
   * Runs one test. `fn` receives a context whose `track(page)` registers a page for failure screenshots.
   * Returns whether it passed, so a suite can skip tests that depend on it.
   */
  async test(suite, name, fn, {timeoutMs = 90_000} = {}) {
    const started = Date.now();
    const tracked = new Set();
    const t = {
      track(page) {
        tracked.add(page);
        return page;
      },
    };
    let timer;
    try {
      await Promise.race([
        fn(t),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      const durationMs = Date.now() - started;
      this.results.push({suite, name, status: 'passed', durationMs});
      console.log(`  ✓ ${name} (${durationMs} ms)`);
      return true;
    } catch (error) {
      const durationMs = Date.now() - started;
      const screenshots = await this.#screenshot(name, tracked);
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      this.results.push({suite, name, status: 'failed', durationMs, error: message, screenshots});
      console.log(`  ✗ ${name} (${durationMs} ms)\n${indent(message, 6)}`);
      for (const file of screenshots) console.log(`      screenshot: ${file}`);
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Records tests that could not run because a fixture they need failed. */
  skip(suite, names, reason) {
    for (const name of names) {
      this.results.push({suite, name, status: 'pending', durationMs: 0, error: reason});
      console.log(`  - ${name} (skipped: ${reason})`);
    }
  }

  /** A fixture failure (build, server start) counts as a failed test, so the run cannot pass silently. */
  fail(suite, name, error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    this.results.push({suite, name, status: 'failed', durationMs: 0, error: message});
    console.log(`  ✗ ${name}\n${indent(message, 6)}`);
  }

  async #screenshot(name, pages) {
    const files = [];
    let index = 0;
    for (const page of pages) {
      if (page.isClosed()) continue;
      index++;
      const file = path.join(this.failuresDir, `${slug(name)}-${index}.png`);
      try {
        await page.screenshot({path: file, fullPage: false, timeout: 10_000});
        files.push(file);
      } catch {
        // A crashed or closed page has nothing to show; the error message is what matters then.
      }
    }
    return files;
  }

  counts() {
    const count = (status) => this.results.filter((result) => result.status === status).length;
    return {passed: count('passed'), failed: count('failed'), pending: count('pending')};
  }

  async writeReport() {
    const {passed, failed, pending} = this.counts();
    const report = {
      numTotalTests: this.results.length,
      numPassedTests: passed,
      numFailedTests: failed,
      numPendingTests: pending,
      success: failed === 0,
      startTime: this.startedAt,
      durationMs: Date.now() - this.startedAt,
      measurements: this.measurements,
      notes: this.notes,
      testResults: this.results,
    };
    await mkdir(path.dirname(this.reportFile), {recursive: true});
    await writeFile(this.reportFile, `${JSON.stringify(report, null, 2)}\n`);
  }
}

function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

function indent(text, spaces) {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => pad + line)
    .join('\n');
}

/** Throws with `message` unless `condition` holds. */
export function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** Throws unless the two values are equal (by `===`, or JSON for objects), showing both. */
export function checkEqual(actual, expected, what) {
  const same =
    typeof actual === 'object' ? JSON.stringify(actual) === JSON.stringify(expected) : actual === expected;
  if (!same) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
