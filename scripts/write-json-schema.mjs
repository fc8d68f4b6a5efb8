#!/usr/bin/env node
// Writes lib/ai-policy.schema.json, the JSON Schema of ai-policy.yml that editors use to check and complete
// the file (`# yaml-language-server: $schema=...`). The structure comes from the zod schema, the only
// source of the config's shape; each field's description comes from the README's config table, the only
// place the fields are explained, so the two cannot drift.
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {policyJsonSchema} from '../lib/config/json-schema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const table = readme.slice(readme.indexOf('## The config: `ai-policy.yml`'));
const descriptions = new Map();
for (const line of table.split('\n')) {
  // Cells are separated by pipes that are not escaped (`\|` inside a cell is a literal pipe).
  const cells = line
    .split(/(?<!\\)\|/)
    .slice(1, -1)
    .map((cell) => cell.trim());
  if (cells.length !== 4 || !cells[0].startsWith('`')) continue;
  const text = cells[3].replace(/`/g, '').replace(/\\\|/g, '|').replace(/\*\*/g, '').trim();
  if (text === '') continue;
  for (const key of cells[0].split(', ')) descriptions.set(key.replace(/`/g, ''), text);
}
writeFileSync(
  path.join(root, 'lib', 'ai-policy.schema.json'),
  `${JSON.stringify(policyJsonSchema(descriptions), null, 2)}\n`,
);
