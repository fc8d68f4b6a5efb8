#!/usr/bin/env node
// Words per section of the generated policy, citations not counted: `node scripts/word-count.mjs
// [file...]` (defaults to the reference's inputs, a minimal config and an all-regimes config).
import {readFileSync} from 'node:fs';
import {WORD_COUNT_CONFIGS} from '../bench/word-count-configs.mjs';
import {parsePolicyConfig} from '../lib/config/parse.js';
import {buildPolicyDocument} from '../lib/engine/build.js';
import {countPolicyWords} from '../lib/engine/word-count.js';
import {renderPolicyMarkdown} from '../lib/render/markdown.js';

/**
 * The issue's own measure, beside the engine's: whitespace-separated tokens of the Markdown page, with the
 * citations `*(…)*` and Markdown punctuation (table bars, `#`, `*`, `>`, `---`) removed.
 */
function markdownWords(markdown) {
  return markdown
    .replace(/\*\((?:[^()]|\([^()]*\))*\)\*/g, ' ')
    .split(/\s+/)
    .map((token) => token.replace(/[#*|>_`[\]()\-:]+/g, ''))
    .filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

const inputs =
  process.argv.length > 2
    ? process.argv.slice(2).map((file) => ({name: file, source: readFileSync(file, 'utf8')}))
    : WORD_COUNT_CONFIGS;
const results = inputs.map(({name, source}) => {
  const parsed = parsePolicyConfig(source, name);
  if (!parsed.ok) throw new Error(`${name} is invalid`);
  const document = buildPolicyDocument(parsed.config);
  return {name, counts: countPolicyWords(document), markdown: markdownWords(renderPolicyMarkdown(document))};
});
const parts = [...new Set(results.flatMap(({counts}) => counts.map((count) => count.part)))];
const rows = [
  ['part', ...results.map(({name}) => name)],
  ...parts.map((part) => [
    part,
    ...results.map(({counts}) => String(counts.find((count) => count.part === part)?.words ?? '')),
  ]),
  ['total', ...results.map(({counts}) => String(counts.reduce((sum, count) => sum + count.words, 0)))],
  ['Markdown tokens', ...results.map(({markdown}) => String(markdown))],
];
process.stdout.write(`${rows.map((row) => `| ${row.join(' | ')} |`).join('\n')}\n`);
