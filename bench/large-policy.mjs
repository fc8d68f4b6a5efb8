/**
 * A large organization's policy: `tools` approved tools and `classes` data classes, with conditions,
 * vendors, models and example lists, as a new user with a big estate would write it (500 x 30 is 1.1 MB of
 * YAML, 1000 x 30 2.2 MB). Deterministic, so runs compare.
 *
 *   node bench/large-policy.mjs --tools 500 --classes 30 > big.yml
 */
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {stringify} from 'yaml';
import {median} from './stats.mjs';

const CLI = fileURLToPath(new URL('../lib/cli/main.js', import.meta.url));

const RULES = ['any-approved-tool', 'enterprise-agreement-only', 'baa-only', 'never'];
const AGREEMENTS = ['standard', 'enterprise', ['enterprise', 'baa']];

export function largePolicyYaml({tools, classes}) {
  const dataClasses = Array.from({length: classes}, (_, index) => ({
    id: `class-${index}`,
    name: `Data class ${index}`,
    rule: index === 0 ? 'any-approved-tool' : RULES[index % RULES.length],
    examples: Array.from(
      {length: 8},
      (_, example) => `example ${example} of class ${index}, as staff describe it`,
    ),
    ...(index % 7 === 3 ? {categories: ['personal-data']} : {}),
    paths: [`data/class-${index}/**`],
  }));
  const toolList = Array.from({length: tools}, (_, index) => ({
    name: `Tool ${index}`,
    vendor: `Vendor ${index % 40}`,
    agreement: AGREEMENTS[index % AGREEMENTS.length],
    maxDataClass: `class-${(index * 7) % classes}`,
    conditions: Array.from(
      {length: 12},
      (_, part) =>
        `Condition ${part} for tool ${index}: use it only through single sign-on, with the project's own settings reviewed by the lead of team ${(index + part) % 50}, and logs kept in the central store.`,
    ).join(' '),
    models: [`model-${index}-large`, `model-${index}-small`],
  }));
  return stringify(
    {
      organization: 'Large Org',
      industry: 'saas',
      effectiveDate: '2026-06-15',
      compliance: ['soc2', 'gdpr'],
      owner: 'Security team <security@large.example>',
      tools: toolList,
      prohibitedTools: Array.from({length: 20}, (_, index) => ({
        name: `Banned ${index}`,
        reason: 'no agreement',
      })),
      unlistedTools: {maxDataClass: 'class-0'},
      dataClasses,
      exceptions: {
        approver: 'CISO',
        granted: Array.from({length: 200}, (_, index) => ({
          who: `team ${index}`,
          what: `class-${index % classes} in Tool ${index % tools} for the migration of service ${index}`,
          expires: '2027-12-31',
        })),
      },
      review: {cadence: 'quarterly', lastReviewed: '2026-06-15'},
      incidents: {contact: 'security@large.example'},
    },
    {aliasDuplicateObjects: false, lineWidth: 0},
  );
}

if (import.meta.url === `file://${process.argv[1]}` && !process.argv.includes('--curve')) {
  const {values} = parseArgs({
    options: {tools: {type: 'string', default: '500'}, classes: {type: 'string', default: '30'}},
  });
  process.stdout.write(largePolicyYaml({tools: Number(values.tools), classes: Number(values.classes)}));
}

/** Wall time of `ai-policy check` and `ai-policy render` on `source`, each a fresh process: medians. */
function cliTimes(source, runs) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ai-policy-large-'));
  const file = path.join(dir, 'ai-policy.yml');
  writeFileSync(file, source);
  const times = {check: [], render: []};
  try {
    for (let run = 0; run < runs; run++) {
      for (const verb of ['check', 'render']) {
        const started = performance.now();
        // check exits 0 with warnings; anything else means the benchmark measured a failure.
        const out = spawnSync(process.execPath, [CLI, verb, file], {encoding: 'utf8', maxBuffer: 1 << 28});
        if (out.status !== 0) throw new Error(`bench: ai-policy ${verb} failed:\n${out.stderr}`);
        times[verb].push(performance.now() - started);
      }
    }
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
  return {check: median(times.check), render: median(times.render)};
}

/**
 * The engine's curve over the size of the policy: parse + validate, build, Markdown, for `sizes` tools at
 * `classes` data classes, median of `runs` in process; and the CLI on each, in fresh processes.
 */
export async function benchLargePolicies({sizes = [50, 200, 500, 1000], classes = 30, runs = 5} = {}) {
  const {parsePolicyConfig} = await import('../lib/config/parse.js');
  const {buildPolicyDocument} = await import('../lib/engine/build.js');
  const {renderPolicyMarkdown} = await import('../lib/render/markdown.js');
  const rows = [];
  for (const tools of sizes) {
    const source = largePolicyYaml({tools, classes});
    const steps = {parse: [], build: [], markdown: [], total: []};
    for (let run = 0; run < runs + 1; run++) {
      const t0 = performance.now();
      const result = parsePolicyConfig(source, 'ai-policy.yml');
      if (!result.ok) throw new Error(`bench: the ${tools}-tool policy is invalid`);
      const t1 = performance.now();
      const document = buildPolicyDocument(result.config);
      const t2 = performance.now();
      renderPolicyMarkdown(document);
      const t3 = performance.now();
      if (run === 0) continue; // warm-up
      steps.parse.push(t1 - t0);
      steps.build.push(t2 - t1);
      steps.markdown.push(t3 - t2);
      steps.total.push(t3 - t0);
    }
    rows.push({
      tools,
      classes,
      bytes: Buffer.byteLength(source),
      cli: cliTimes(source, runs),
      parse: median(steps.parse),
      build: median(steps.build),
      markdown: median(steps.markdown),
      total: median(steps.total),
    });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--curve')) {
  for (const row of await benchLargePolicies())
    console.log(
      `${row.tools} tools x ${row.classes} classes (${(row.bytes / 1e6).toFixed(2)} MB): parse ${row.parse.toFixed(0)} ms, build ${row.build.toFixed(0)} ms, markdown ${row.markdown.toFixed(0)} ms, total ${row.total.toFixed(0)} ms; CLI check ${row.cli.check.toFixed(0)} ms, render ${row.cli.render.toFixed(0)} ms`,
    );
}
