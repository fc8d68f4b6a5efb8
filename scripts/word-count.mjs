#!/usr/bin/env node
// Words per section of the generated policy, citations not counted: `node scripts/word-count.mjs
// [file...]` (defaults to the reference's inputs, a minimal config and an all-regimes config).
import {readFileSync} from 'node:fs';
import {WORD_COUNT_CONFIGS} from '../bench/word-count-configs.mjs';
import {parsePolicyConfig} from '../lib/config/parse.js';
import {buildPolicyDocument} from '../lib/engine/build.js';
import {countPolicyWords} from '../lib/engine/word-count.js';

const inputs =
  process.argv.length > 2
    ? process.argv.slice(2).map((file) => ({name: file, source: readFileSync(file, 'utf8')}))
    : WORD_COUNT_CONFIGS;
const results = inputs.map(({name, source}) => {
  const parsed = parsePolicyConfig(source, name);
  if (!parsed.ok) throw new Error(`${name} is invalid`);
  return {name, counts: countPolicyWords(buildPolicyDocument(parsed.config))};
});
const parts = [...new Set(results.flatMap(({counts}) => counts.map((count) => count.part)))];
const rows = [
  ['part', ...results.map(({name}) => name)],
  ...parts.map((part) => [
    part,
    ...results.map(({counts}) => String(counts.find((count) => count.part === part)?.words ?? '')),
  ]),
  ['total', ...results.map(({counts}) => String(counts.reduce((sum, count) => sum + count.words, 0)))],
];
process.stdout.write(`${rows.map((row) => `| ${row.join(' | ')} |`).join('\n')}\n`);
