#!/usr/bin/env node
// Words per section of the generated policy, citations not counted: `node scripts/word-count.mjs
// [file...]` (defaults to the reference's inputs, a minimal config and an all-regimes config). Words a
// reader reads: text, table cells and labels, but not citations (the reference counts "under two pages of
// reading" without them) and not Markdown punctuation. A maintainer's measure, so it lives here and reads
// the built engine's document model; the engine itself knows nothing of it.
import {readFileSync} from 'node:fs';
import {WORD_COUNT_CONFIGS} from '../bench/word-count-configs.mjs';
import {parsePolicyConfig} from '../lib/config/parse.js';
import {buildPolicyDocument} from '../lib/engine/build.js';
import {renderPolicyMarkdown} from '../lib/render/markdown.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'./@-]*/gu;

const countWords = (text) => text.match(WORD)?.length ?? 0;

/** @param {readonly import('../src/vocabulary/document-nodes.js').Inline[]} inlines */
function inlineWords(inlines) {
  return inlines
    .map((inline) => {
      switch (inline.type) {
        case 'text':
        case 'code':
          return inline.value;
        case 'citation':
          return '';
        case 'decision':
          return inline.label;
        default:
          return inlineWords(inline.children);
      }
    })
    .join('');
}

/** @param {import('../src/vocabulary/document-nodes.js').Block} block */
function blockWords(block) {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return inlineWords(block.children);
    case 'list':
      return block.items.map((item) => item.map(blockWords).join(' ')).join(' ');
    case 'table':
      return [
        block.caption,
        ...block.columns.map((column) => column.label),
        ...block.rows.flatMap((row) => row.map(inlineWords)),
      ].join(' ');
    case 'note':
    case 'blockquote':
      return block.children.map(blockWords).join(' ');
    case 'code':
      return block.value;
    default:
      return '';
  }
}

/** Words per part: the header (title and fields), each section (title included), and the footer. */
function countPolicyWords(document) {
  const header = [document.title, ...document.header.fields.flatMap((field) => [field.label, field.value])];
  return [
    {part: 'header', words: countWords(header.join(' '))},
    ...document.sections.map((section) => ({
      part: section.id,
      words: countWords([section.title, ...section.blocks.map(blockWords)].join(' ')),
    })),
    {part: 'footer', words: countWords(document.footer.map(blockWords).join(' '))},
  ];
}

/**
 * The issue's own measure, beside the model's: whitespace-separated tokens of the Markdown page, with the
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
