/**
 * The plugin's share of a build without the build's noise: the same pages of the twin sites compiled in
 * this process by Docusaurus's own MDX processor, site A's with `remarkAiPolicy` (directives) and site B's
 * without it (inlined Markdown), interleaved page by page. A whole build varies by a few percent from run
 * to run on a small machine; this varies by far less, so it tells whether a ratio near 1.00 is real.
 */
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {remarkAiPolicy} from '../lib/remark/index.js';
import {registerPolicyInstance} from '../lib/store/instances.js';
import {policyStoreStats} from '../lib/store/policy-store.js';
import {median} from './stats.mjs';

const require = createRequire(import.meta.url);

async function createProcessor(siteDir, remarkPlugins) {
  const {createProcessorUncached} = require('@docusaurus/mdx-loader/lib/processor.js');
  const {DEFAULT_MARKDOWN_CONFIG} = require('@docusaurus/core/lib/server/configValidation.js');
  const options = {
    markdownConfig: DEFAULT_MARKDOWN_CONFIG,
    admonitions: true,
    siteDir,
    staticDirs: [],
    remarkPlugins,
  };
  return createProcessorUncached({options, format: 'mdx'});
}

function stripFrontMatter(text) {
  return text.replace(/^---\n[\s\S]*?\n---\n/, '');
}

/**
 * Compiles `sample` pages of each kind (embedding, not embedding) `rounds` times per site and returns the
 * median compile time per page, A and B, and what that projects to for the whole site.
 */
export async function benchMdxCompile({siteA, siteB, pageFiles, stats, rounds = 5}) {
  registerPolicyInstance('default', path.join(siteA, 'ai-policy.yml'));
  const withPlugin = await createProcessor(siteA, [remarkAiPolicy]);
  const without = await createProcessor(siteB, []);
  const parsesBefore = policyStoreStats().parses;

  const kinds = {embedding: [], plain: []};
  for (const relative of pageFiles) {
    const a = stripFrontMatter(readFileSync(path.join(siteA, relative), 'utf8'));
    const b = stripFrontMatter(readFileSync(path.join(siteB, relative), 'utf8'));
    kinds[a.includes('::ai-policy') ? 'embedding' : 'plain'].push({relative, a, b});
  }

  const compile = async (processor, siteDir, page, content) => {
    const start = performance.now();
    await processor.process({
      content,
      filePath: path.join(siteDir, page.relative),
      frontMatter: {},
      compilerName: 'server',
    });
    return performance.now() - start;
  };

  const result = {};
  for (const [kind, pages] of Object.entries(kinds)) {
    // One unmeasured pass: JIT and the policy load.
    for (const page of pages) {
      await compile(withPlugin, siteA, page, page.a);
      await compile(without, siteB, page, page.b);
    }
    const perPageA = [];
    const perPageB = [];
    for (const page of pages) {
      const a = [];
      const b = [];
      for (let round = 0; round < rounds; round++) {
        // Alternate which goes first, so neither always runs on a cache the other just warmed.
        if (round % 2 === 0) {
          a.push(await compile(withPlugin, siteA, page, page.a));
          b.push(await compile(without, siteB, page, page.b));
        } else {
          b.push(await compile(without, siteB, page, page.b));
          a.push(await compile(withPlugin, siteA, page, page.a));
        }
      }
      perPageA.push(median(a));
      perPageB.push(median(b));
    }
    const sumA = perPageA.reduce((sum, ms) => sum + ms, 0);
    const sumB = perPageB.reduce((sum, ms) => sum + ms, 0);
    result[kind] = {
      pages: pages.length,
      medianA: median(perPageA),
      medianB: median(perPageB),
      meanA: sumA / Math.max(1, pages.length),
      meanB: sumB / Math.max(1, pages.length),
    };
  }

  const embeddingPages = stats.embeddingPages;
  const plainPages = stats.pages - stats.embeddingPages;
  const projectedA = embeddingPages * result.embedding.meanA + plainPages * result.plain.meanA;
  const projectedB = embeddingPages * result.embedding.meanB + plainPages * result.plain.meanB;
  return {
    ...result,
    projectedA,
    projectedB,
    ratio: projectedA / projectedB,
    parsesDuringCompile: policyStoreStats().parses - parsesBefore,
  };
}
