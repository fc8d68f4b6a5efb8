/**
 * The synthetic handbook: two twin Docusaurus sites with the same pages, byte for byte, except for the AI
 * policy.
 *
 * - Site A uses the plugin: the policy pages come from `docusaurus-plugin-ai-policy`, and 30% of the pages
 *   embed one or two sections with `::ai-policy{section="..."}` through `remarkAiPolicy`.
 * - Site B (the twin) has neither: every directive is replaced by the Markdown the plugin generates for it
 *   (`renderSectionMarkdown` with the same level and title), and the policy pages are static Markdown pages
 *   with the same text (the full policy, one page per section, the control crosswalk and the history page),
 *   the downloads (Markdown, JSON, OSCAL and the enforcement files) static files.
 *
 * The difference between their build times is what the plugin costs. Everything is deterministic (seeded),
 * so two runs of the benchmark build the same sites.
 */
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {parsePolicyConfig} from '../lib/config/parse.js';
import {policyVersion} from '../lib/config/version.js';
import {diffSnapshots, renderDiffMarkdown} from '../lib/diff/index.js';
import {buildPolicyDocument} from '../lib/engine/build.js';
import {oscalDownload} from '../lib/plugin/downloads.js';
import {enforceFiles} from '../lib/plugin/enforce-files.js';
import {renderPolicyJson} from '../lib/render/json.js';
import {renderPolicyMarkdown, renderSectionMarkdown} from '../lib/render/markdown.js';
import {seededRandom} from './stats.mjs';

export const EMBED_SHARE = 0.3;
export const BLOG_SHARE = 0.1;
const DOCS_PER_FOLDER = 50;
const SEED = 0x5eed1; // any constant: the sites only have to be the same from run to run

const WORDS =
  `service deploy review pipeline incident runbook latency budget owner team rotation alert dashboard
queue schema migration rollout canary feature flag secret vault token access audit log metric trace span
cluster node region backup restore retention customer ticket release branch merge commit test fixture
contract vendor gateway proxy cache index query shard replica failover escalation postmortem handbook
onboarding laptop account permission group policy standard guideline checklist template diagram`
    .split(/\s+/)
    .filter(Boolean);

function sentence(rand, min = 8, max = 18) {
  const length = min + Math.floor(rand() * (max - min));
  const words = Array.from({length}, () => WORDS[Math.floor(rand() * WORDS.length)]);
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return `${words.join(' ')}.`;
}

function paragraph(rand) {
  return Array.from({length: 3 + Math.floor(rand() * 3)}, () => sentence(rand)).join(' ');
}

function title(rand) {
  const words = Array.from(
    {length: 2 + Math.floor(rand() * 3)},
    () => WORDS[Math.floor(rand() * WORDS.length)],
  );
  return words.map((word) => word[0].toUpperCase() + word.slice(1)).join(' ');
}

/** A directive for site A, and what the plugin would inline in its place for site B. */
function embedFor(document, embed) {
  const attributes = [`section="${embed.section}"`];
  if (embed.level !== 2) attributes.push(`level="${embed.level}"`);
  if (!embed.title) attributes.push('title="false"');
  return {
    directive: `::ai-policy{${attributes.join(' ')}}`,
    markdown: renderSectionMarkdown(document, embed.section, {
      level: embed.level,
      title: embed.title,
    }).trimEnd(),
  };
}

/**
 * One page's body as a list of Markdown blocks; `embeds` are placed between blocks, each introduced by a
 * sentence, as a writer would quote the policy.
 */
function pageBlocks(rand, embedSlots) {
  const blocks = [paragraph(rand)];
  const headings = 3 + Math.floor(rand() * 2);
  for (let h = 0; h < headings; h++) {
    blocks.push(`## ${title(rand)}`);
    blocks.push(paragraph(rand));
    if (rand() < 0.5) {
      blocks.push(
        Array.from({length: 3 + Math.floor(rand() * 3)}, () => `- ${sentence(rand, 4, 10)}`).join('\n'),
      );
    }
    if (rand() < 0.3) {
      blocks.push(
        [
          '```bash',
          `kubectl rollout status deploy/${title(rand).toLowerCase().replaceAll(' ', '-')}`,
          '```',
        ].join('\n'),
      );
    }
    if (h < embedSlots.length) {
      blocks.push('What the AI tool usage policy says about it:');
      blocks.push(embedSlots[h]);
    }
  }
  return blocks;
}

/** Which pages embed (exactly `round(share * pages)` of them, spread by a seeded shuffle), and what. */
export function planHandbook(pages, sectionIds) {
  const rand = seededRandom(SEED);
  const order = Array.from({length: pages}, (_, index) => index);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const embedding = new Set(order.slice(0, Math.round(pages * EMBED_SHARE)));
  const blogEvery = Math.round(1 / BLOG_SHARE);
  return Array.from({length: pages}, (_, index) => {
    const kind = index % blogEvery === blogEvery - 1 ? 'blog' : 'docs';
    const embeds = [];
    if (embedding.has(index)) {
      const count = rand() < 0.5 ? 1 : 2;
      for (let e = 0; e < count; e++) {
        embeds.push({
          section: sectionIds[Math.floor(rand() * sectionIds.length)],
          level: 2 + Math.floor(rand() * 3),
          title: rand() >= 0.2,
        });
      }
    }
    return {index, kind, embeds};
  });
}

function siteConfig({withPlugin}) {
  const remark = withPlugin ? 'remarkPlugins: [remarkAiPolicy],' : '';
  return `// Generated by bench/generate.mjs. Site ${withPlugin ? 'A: with docusaurus-plugin-ai-policy' : 'B: the twin, without it'}.
${withPlugin ? "import {remarkAiPolicy} from 'docusaurus-plugin-ai-policy/remark';\n" : ''}
export default {
  title: 'Benchmark handbook',
  tagline: 'A synthetic handbook for npm run bench',
  url: 'https://handbook.bench.example',
  baseUrl: '/',
  // As in the classic template and the example site: Rspack, SWC, persistent cache, SSG worker threads.
  future: {v4: true},
  onBrokenLinks: 'throw',
  i18n: {defaultLocale: 'en', locales: ['en']},
  presets: [
    [
      'classic',
      {
        docs: {${remark}},
        blog: {
          showReadingTime: true,
          feedOptions: {type: ['rss', 'atom'], xslt: true},
          onInlineTags: 'ignore',
          onInlineAuthors: 'ignore',
          onUntruncatedBlogPosts: 'ignore',
          ${remark}
        },
        pages: {${remark}},
      },
    ],
  ],
  plugins: [${withPlugin ? "['docusaurus-plugin-ai-policy', {policyFile: 'ai-policy.yml', routeBasePath: '/ai-policy'}]" : ''}],
  themeConfig: {
    navbar: {
      title: 'Benchmark handbook',
      items: [
        {type: 'docSidebar', sidebarId: 'defaultSidebar', position: 'left', label: 'Handbook'},
        {to: '/ai-policy', label: 'AI policy', position: 'left'},
        {to: '/blog', label: 'Blog', position: 'left'},
      ],
    },
    footer: {style: 'dark', copyright: 'Synthetic content for the docusaurus-plugin-ai-policy benchmark.'},
  },
};
`;
}

function write(file, text) {
  mkdirSync(path.dirname(file), {recursive: true});
  writeFileSync(file, text);
}

/** Loads the policy the same way the plugin does (minus the cache), for site B's inlined text. */
export function loadBenchPolicy(policyFile) {
  const source = readFileSync(policyFile, 'utf8');
  const result = parsePolicyConfig(source, path.basename(policyFile));
  if (!result.ok) {
    const problems = result.problems.map((p) => `${p.line}:${p.column} ${p.path} ${p.message}`).join('\n');
    throw new Error(`bench: ${policyFile} is not a valid policy:\n${problems}`);
  }
  return {source, config: result.config, document: buildPolicyDocument(result.config)};
}

/**
 * Writes site A and site B for `pages` pages under `dir` (replacing what was there) and returns their
 * directories and what they contain.
 */
export function generateTwinSites({dir, pages, policyFile}) {
  const {source, config, document} = loadBenchPolicy(policyFile);
  const version = policyVersion(config);
  const sectionIds = document.sections.map((section) => section.id);
  const plan = planHandbook(pages, sectionIds);
  const siteA = path.join(dir, 'site-a');
  const siteB = path.join(dir, 'site-b');
  rmSync(dir, {recursive: true, force: true});

  const rand = seededRandom(SEED + 1);
  const stats = {pages, docs: 0, blog: 0, embeddingPages: 0, embeds: 0, embedsBySection: {}};
  const blogStart = Date.UTC(2024, 0, 1);

  for (const page of plan) {
    const embeds = page.embeds.map((embed) => embedFor(document, embed));
    if (embeds.length > 0) stats.embeddingPages++;
    stats.embeds += embeds.length;
    for (const embed of page.embeds) {
      stats.embedsBySection[embed.section] = (stats.embedsBySection[embed.section] ?? 0) + 1;
    }
    const pageTitle = `${title(rand)} ${page.index + 1}`;
    const seed = Math.floor(rand() * 2 ** 32);
    // Same words on both sides: the page text comes from its own seed, not the shared stream.
    const bodyA = pageBlocks(
      seededRandom(seed),
      embeds.map((e) => e.directive),
    ).join('\n\n');
    const bodyB = pageBlocks(
      seededRandom(seed),
      embeds.map((e) => e.markdown),
    ).join('\n\n');
    const id = String(page.index + 1).padStart(5, '0');

    let relative;
    let frontMatter;
    if (page.kind === 'blog') {
      stats.blog++;
      const date = new Date(blogStart + page.index * 86_400_000).toISOString().slice(0, 10);
      relative = `blog/${date}-post-${id}.md`;
      frontMatter = `---\ntitle: ${pageTitle}\nauthors: [bench]\ntags: [handbook]\n---\n\n${sentence(rand)}\n\n{/* truncate */}\n\n`;
    } else {
      stats.docs++;
      const folder = `area-${String(Math.floor((stats.docs - 1) / DOCS_PER_FOLDER) + 1).padStart(3, '0')}`;
      relative = `docs/${folder}/page-${id}.md`;
      frontMatter = `---\ntitle: ${pageTitle}\ndescription: ${sentence(rand, 6, 10)}\n---\n\n`;
    }
    write(path.join(siteA, relative), `${frontMatter}${bodyA}\n`);
    write(path.join(siteB, relative), `${frontMatter}${bodyB}\n`);
  }

  for (const [site, withPlugin] of [
    [siteA, true],
    [siteB, false],
  ]) {
    write(path.join(site, 'docusaurus.config.mjs'), siteConfig({withPlugin}));
    write(
      path.join(site, 'package.json'),
      `${JSON.stringify({name: path.basename(site), private: true}, null, 2)}\n`,
    );
    write(path.join(site, 'blog/authors.yml'), 'bench:\n  name: Bench Writer\n  title: Synthetic author\n');
    write(
      path.join(site, 'src/pages/index.md'),
      '# Benchmark handbook\n\nStart with the [handbook](/docs/area-001/page-00001) or the [AI policy](/ai-policy).\n',
    );
  }
  // Site A: the policy file the plugin reads.
  write(path.join(siteA, 'ai-policy.yml'), source);
  // Site B: the same text the plugin publishes, as static Markdown pages and static downloads.
  write(path.join(siteB, 'src/pages/ai-policy.md'), renderPolicyMarkdown(document));
  for (const id of sectionIds) {
    write(path.join(siteB, `src/pages/ai-policy/${id}.md`), renderSectionMarkdown(document, id, {level: 1}));
  }
  // The pages beside the sections that the plugin adds by default (the control crosswalk and the history,
  // which here has only the uncommitted first version): without them the twin would be a smaller site, and
  // the A/B would charge the plugin for publishing more pages rather than for generating them.
  write(
    path.join(siteB, 'src/pages/ai-policy/controls.md'),
    renderSectionMarkdown(document, document.controlsSection.id, {level: 1}),
  );
  write(
    path.join(siteB, 'src/pages/ai-policy/changes.md'),
    renderDiffMarkdown({
      base: {label: 'nothing', version: null},
      head: {label: 'ai-policy.yml', version},
      changes: diffSnapshots(null, {config, document}),
      title: 'Changes to the AI Tool Usage Policy',
    }).replace(/^<!--.*-->\n+/, ''), // the pull-request comment's marker: not page text, and not MDX
  );
  write(path.join(siteB, 'static/ai-policy.md'), renderPolicyMarkdown(document));
  write(path.join(siteB, 'static/ai-policy.json'), renderPolicyJson(document));
  write(path.join(siteB, 'static/ai-policy.oscal.json'), oscalDownload({document, version}));
  for (const file of enforceFiles(document, '/ai-policy', 'ai-policy.yml')) {
    write(path.join(siteB, 'static', file.name), file.content);
  }

  return {siteA, siteB, stats, sectionIds};
}
