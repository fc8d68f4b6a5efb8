#!/usr/bin/env node
/**
 * Every output of the engine's renderers, for a fixed set of configs, written to one folder: the full
 * Markdown, each section's Markdown, the JSON, the OSCAL file and every export target's files, in English,
 * French and German. A speed change must not move a byte: render with two builds (`lib/`) and compare the
 * folders with `diff -r`.
 *
 *   node bench/render-outputs.mjs OUT_DIR [LIB_DIR]
 *
 * LIB_DIR defaults to this checkout's `lib/`; the configs are always this checkout's: every
 * `test/fixtures/**\/*.yml` that parses on its own, the word-count configs and `example-baseline/ai-policy.yml`.
 */
import {createHash} from 'node:crypto';
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {WORD_COUNT_CONFIGS} from './word-count-configs.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [outDir, libArgument] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: node bench/render-outputs.mjs OUT_DIR [LIB_DIR]');
  process.exit(2);
}
const lib = path.resolve(libArgument ?? path.join(root, 'lib'));
const load = (file) => import(pathToFileURL(path.join(lib, file)).href);

const {parsePolicyConfig} = await load('config/parse.js');
const {buildPolicyDocument} = await load('engine/build.js');
const {ENGLISH_LANGUAGE} = await load('engine/context.js');
const {renderPolicyMarkdown, renderSectionMarkdown} = await load('render/markdown.js');
const {renderPolicyJson} = await load('render/json.js');
const {renderOscal} = await load('export/oscal.js');
const {exportPolicy} = await load('export/index.js');
const {siteLanguage} = await load('i18n/site-language.js');

function yamlFiles(dir) {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(file);
    return entry.name.endsWith('.yml') ? [file] : [];
  });
}

const configs = [
  ...yamlFiles(path.join(root, 'test/fixtures')).map((file) => ({
    name: path.relative(root, file),
    source: readFileSync(file, 'utf8'),
  })),
  ...WORD_COUNT_CONFIGS.map(({name, source}) => ({name: `word-count/${name}`, source})),
  {
    name: 'example-baseline/ai-policy.yml',
    source: readFileSync(path.join(root, 'example-baseline/ai-policy.yml'), 'utf8'),
  },
];

const languages = {
  en: ENGLISH_LANGUAGE,
  fr: siteLanguage('fr', []).language,
  de: siteLanguage('de', []).language,
};
const sha1 = (bytes) => createHash('sha1').update(bytes).digest();
const slug = (name) => name.replace(/[^A-Za-z0-9.-]+/g, '_');

let written = 0;
const write = (file, content) => {
  mkdirSync(path.dirname(file), {recursive: true});
  writeFileSync(file, content);
  written++;
};

for (const {name, source} of configs) {
  const parsed = parsePolicyConfig(source, path.basename(name));
  if (!parsed.ok) {
    console.log(`skipped ${name}: not a valid policy on its own`);
    continue;
  }
  for (const [locale, language] of Object.entries(languages)) {
    const dir = path.join(outDir, slug(name), locale);
    const document = buildPolicyDocument(parsed.config, language);
    write(path.join(dir, 'policy.md'), renderPolicyMarkdown(document));
    for (const section of [...document.sections, document.controlsSection])
      write(
        path.join(dir, 'sections', `${section.id}.md`),
        renderSectionMarkdown(document, section.id, {level: 3}),
      );
    write(path.join(dir, 'policy.json'), renderPolicyJson(document, {version: '1.0.0'}));
    write(path.join(dir, 'oscal.json'), renderOscal(document, {version: '1.0.0', sha1}));
    const exported = exportPolicy(document, {policyFile: 'ai-policy.yml', language});
    for (const file of exported.files) write(path.join(dir, 'export', file.target, file.path), file.content);
    write(path.join(dir, 'export', 'skipped.json'), `${JSON.stringify(exported.skipped, null, 2)}\n`);
  }
}
console.log(`${written} files from ${configs.length} configs in ${outDir}`);
