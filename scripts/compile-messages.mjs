#!/usr/bin/env node
// Compiles the policy's content files (messages/<locale>/*.yml) into one TypeScript module the engine
// imports, so the engine reads its sentences without doing I/O. Each file is a flat mapping of message
// keys to ICU MessageFormat strings; a key `baa` in `hipaa.yml` becomes the message id `hipaa.baa`.
// `messages/en` is the source; every other folder is a shipped translation, whose files must carry the
// counsel-review marker, use only ids English has, and keep each message's slot names.
// A problem in a message fails with its file, line and column.
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parse as parseIcu, TYPE} from '@formatjs/icu-messageformat-parser';
import {isMap, isScalar, LineCounter, parseDocument} from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const messagesDir = path.join(root, 'messages');
const target = path.join(root, 'src', 'engine', 'catalog.generated.ts');
const SOURCE_LOCALE = 'en';
/** Every shipped translation says, in its first line, that it is one and that counsel has to review it. */
const REVIEW_MARKER = '# Translation to be reviewed by counsel';

/** The names of a message's arguments (slots), sorted: `{posture, select, ...}` names `posture`. */
function slotNames(elements, names = new Set()) {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      slotNames(element.children, names);
      continue;
    }
    names.add(element.value);
    if (element.options) for (const option of Object.values(element.options)) slotNames(option.value, names);
  }
  return [...names].sort();
}

function compileLocale(locale, problems) {
  const dir = path.join(messagesDir, locale);
  const messages = {};
  const slots = {};
  const positions = {};
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.yml'))
    .sort()) {
    const namespace = file.slice(0, -'.yml'.length);
    const display = `messages/${locale}/${file}`;
    const source = readFileSync(path.join(dir, file), 'utf8');
    if (locale !== SOURCE_LOCALE && !source.startsWith(REVIEW_MARKER))
      problems.push(`${display}:1:1  a shipped translation starts with the line "${REVIEW_MARKER} ..."`);
    const lineCounter = new LineCounter();
    const document = parseDocument(source, {lineCounter, uniqueKeys: true});
    const where = (offset) => {
      const {line, col} = lineCounter.linePos(offset);
      return `${display}:${line}:${col}`;
    };
    for (const error of document.errors)
      problems.push(`${where(error.pos[0])}  ${error.message.split('\n')[0]}`);
    if (!isMap(document.contents)) {
      problems.push(`${display}:1:1  expected a mapping of message keys to messages`);
      continue;
    }
    for (const pair of document.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const id = `${namespace}.${key}`;
      const at = where(pair.value?.range?.[0] ?? pair.key?.range?.[0] ?? 0);
      if (!isScalar(pair.value) || typeof pair.value.value !== 'string') {
        problems.push(`${at}  ${id}: expected the message as a string`);
        continue;
      }
      // Line breaks in the YAML are layout: a message is one paragraph of text, spaced once.
      const text = pair.value.value.replace(/\s+/g, ' ');
      try {
        slots[id] = slotNames(parseIcu(text, {ignoreTag: true}));
      } catch (error) {
        problems.push(`${at}  ${id}: not valid ICU MessageFormat (${error.message})`);
      }
      messages[id] = text;
      positions[id] = at;
    }
  }
  return {messages, slots, positions};
}

const problems = [];
const english = compileLocale(SOURCE_LOCALE, problems);
const translations = {};
for (const locale of readdirSync(messagesDir, {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && entry.name !== SOURCE_LOCALE)
  .map((entry) => entry.name)
  .sort()) {
  const compiled = compileLocale(locale, problems);
  for (const [id, names] of Object.entries(compiled.slots)) {
    const at = compiled.positions[id];
    const expected = english.slots[id];
    if (expected === undefined) {
      problems.push(`${at}  ${id}: no such message in messages/${SOURCE_LOCALE}`);
      continue;
    }
    if (names.join() !== expected.join())
      problems.push(
        `${at}  ${id}: slots {${names.join('}, {')}} differ from English {${expected.join('}, {')}}`,
      );
  }
  translations[locale] = compiled.messages;
}
if (problems.length > 0) {
  process.stderr.write(`Invalid message catalog:\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
  process.exit(1);
}
const entries = (messages) =>
  Object.entries(messages)
    .map(([id, text]) => `    ${JSON.stringify(id)}: ${JSON.stringify(text)},`)
    .join('\n');
const slotEntries = Object.entries(english.slots)
  .map(([id, names]) => `  ${JSON.stringify(id)}: ${JSON.stringify(names)},`)
  .join('\n');
const shipped = Object.entries(translations)
  .map(([locale, messages]) => `  ${JSON.stringify(locale)}: {\n${entries(messages)}\n  },`)
  .join('\n');
writeFileSync(
  target,
  `// Generated by scripts/compile-messages.mjs from messages/*/*.yml: edit those files, not this one.\n` +
    `export const MESSAGES = {\n${entries(english.messages).replace(/^ {2}/gm, '')}\n} as const;\n\n` +
    `/** Each English message's slot names, sorted: a translation must use the same ones. */\n` +
    `export const MESSAGE_SLOTS: Readonly<Record<keyof typeof MESSAGES, readonly string[]>> = {\n${slotEntries}\n};\n\n` +
    `/** The translations shipped in messages/<locale>/, to be reviewed by counsel. */\n` +
    `export const SHIPPED_TRANSLATIONS: Readonly<Record<string, Readonly<Partial<Record<keyof typeof MESSAGES, string>>>>> = {\n${shipped}\n};\n`,
);
