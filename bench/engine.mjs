/**
 * The engine alone, without Docusaurus: what loading one policy costs (read once per build), and what one
 * more embed costs once the policy is loaded.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {parsePolicyConfig} from '../lib/config/parse.js';
import {buildPolicyDocument} from '../lib/engine/build.js';
import {renderPolicyJson} from '../lib/render/json.js';
import {renderPolicyMarkdown} from '../lib/render/markdown.js';
import {renderSectionMdast} from '../lib/render/mdast.js';
import {median, percentile, timeSync} from './stats.mjs';

function summary(samples) {
  return {median: median(samples), p95: percentile(samples, 95), samples: samples.length};
}

export function benchEngine({policyFile, iterations = 300}) {
  const source = readFileSync(policyFile, 'utf8');
  const fileName = path.basename(policyFile);

  // The first call in a fresh process: what a build pays once (module-level setup, cold JIT).
  const first = performance.now();
  const firstResult = parsePolicyConfig(source, fileName);
  if (!firstResult.ok) throw new Error(`bench: ${policyFile} is not a valid policy`);
  const firstDocument = buildPolicyDocument(firstResult.config);
  renderPolicyMarkdown(firstDocument);
  renderPolicyJson(firstDocument);
  const firstCallMs = performance.now() - first;

  const steps = {parse: [], build: [], markdown: [], json: [], total: []};
  const warmup = Math.ceil(iterations / 10);
  for (let index = 0; index < warmup + iterations; index++) {
    const t0 = performance.now();
    const result = parsePolicyConfig(source, fileName);
    const t1 = performance.now();
    const document = buildPolicyDocument(result.config);
    const t2 = performance.now();
    renderPolicyMarkdown(document);
    const t3 = performance.now();
    renderPolicyJson(document);
    const t4 = performance.now();
    if (index < warmup) continue;
    steps.parse.push(t1 - t0);
    steps.build.push(t2 - t1);
    steps.markdown.push(t3 - t2);
    steps.json.push(t4 - t3);
    steps.total.push(t4 - t0);
  }

  // Per embed: one section's mdast from an already built document, after that section's first render.
  const sectionIds = firstDocument.sections.map((section) => section.id);
  const firstEmbed = {};
  for (const id of sectionIds) {
    const start = performance.now();
    renderSectionMdast(firstDocument, id, {level: 3});
    firstEmbed[id] = performance.now() - start;
  }
  const perEmbed = [];
  const perSection = {};
  for (const id of sectionIds) {
    const samples = timeSync(() => renderSectionMdast(firstDocument, id, {level: 3}), {iterations});
    perSection[id] = median(samples);
    perEmbed.push(...samples);
  }

  return {
    source: {bytes: Buffer.byteLength(source), sections: sectionIds.length},
    firstCallMs,
    parse: summary(steps.parse),
    build: summary(steps.build),
    markdown: summary(steps.markdown),
    json: summary(steps.json),
    total: summary(steps.total),
    firstEmbedMs: Object.values(firstEmbed)[0],
    perEmbed: summary(perEmbed),
    perSection,
  };
}
