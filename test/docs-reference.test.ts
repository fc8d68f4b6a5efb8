/**
 * The docs' two generated pages and the facts they stand on: every key of ai-policy.yml has a description in
 * the zod schema (the one source of the config reference and the editors' JSON Schema), the committed pages
 * are what `npm run docs:reference` writes from the code today, and the decision table the docs state by hand names
 * exactly the engine's reason codes, in the order the rules apply.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import * as z from 'zod';
import {
  configKeys,
  configReferencePage,
  reasonCodesPage,
  undescribedKeys,
} from '../scripts/docs-reference.mjs';
import {policyJsonSchema} from '../src/config/json-schema.js';
import {DECISION_REASONS} from '../src/vocabulary/document-nodes.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const page = (name: string) => readFileSync(path.join(ROOT, 'docs', name), 'utf8');
const REGENERATE = 'out of date: run `npm run docs:reference` and commit docs/';

describe('the config reference', () => {
  it('documents every key of the schema: none lacks a description', () => {
    const schema = policyJsonSchema();
    expect(undescribedKeys(schema)).toEqual([]);
    // Deep keys are visited too, under lists and in the object branch of a union.
    const keys = configKeys(schema).map((row) => row.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'tools[].agreement',
        'prohibitedTools[].reason',
        'exceptions.granted[].expires',
      ]),
    );
  });

  it('names a key that has no description', () => {
    const schema = z.toJSONSchema(
      z.strictObject({
        documented: z.string().describe('Said.'),
        list: z.array(z.strictObject({bare: z.string()})).describe('Said too.'),
      }),
      {io: 'input'},
    );
    expect(undescribedKeys(schema)).toEqual(['list[].bare']);
  });

  it('is committed as npm run docs:reference writes it', () => {
    expect(page('config-reference.md'), REGENERATE).toBe(configReferencePage(policyJsonSchema()));
  });

  it('gives each key its type, its default or "required", and its meaning', () => {
    const reference = page('config-reference.md');
    expect(reference).toContain(
      '| `organization` | string | **required** | The name used throughout the policy. |',
    );
    expect(reference).toMatch(
      /^\| `tools\[\]\.agreement` \| `none` \\\| `standard` .*, or a list of them \| `standard` \|/m,
    );
    expect(reference).toMatch(/^\| `review\.lastReviewed` \| `YYYY-MM-DD` \| none \|/m);
  });
});

describe('the reason codes', () => {
  const common = parse(readFileSync(path.join(ROOT, 'messages', 'en', 'common.yml'), 'utf8'));

  it('are committed as npm run docs:reference writes them: every code the engine gives, with what its cell reads', () => {
    const written = page('reason-codes.md');
    expect(written, REGENERATE).toBe(reasonCodesPage(DECISION_REASONS, common));
    for (const reason of DECISION_REASONS) expect(written).toContain(`| \`${reason}\` |`);
  });

  it('are the codes of the decision table the docs state by hand, in the order the rules apply', () => {
    const rows = page('decisions.md')
      .split('\n')
      .filter((line) => /^\| \d \|/.test(line));
    const codes = rows.map((row) => /`([a-z0-9-]+)` \|$/.exec(row)?.[1]);
    expect(codes).toEqual(DECISION_REASONS.filter((reason) => reason !== 'allowed'));
  });

  it('are not listed again by hand in the JSON page, which links to them', () => {
    const downloads = page('downloads.md');
    expect(downloads).toContain('[the reason codes](./reason-codes.md)');
    expect(downloads).not.toContain('`class-never`');
  });
});

describe('the README', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

  it('links only to files of the repository that exist', () => {
    const targets = [...readme.matchAll(/\]\(((?!https?:|#)[^)\s]+)\)/g)].map((match) => match[1]!);
    expect(targets).toContain('docs/config-reference.md');
    const missing = targets.filter((target) => !existsSync(path.join(ROOT, target.split('#')[0]!)));
    expect(missing).toEqual([]);
  });

  it('links to every docs page', () => {
    const pages = readdirSync(path.join(ROOT, 'docs')).filter((name) => name.endsWith('.md'));
    expect(pages.filter((name) => name !== 'index.md' && !readme.includes(`(docs/${name})`))).toEqual([]);
  });

  it('runs only npm scripts the package has', () => {
    const scripts = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts;
    const used = [...readme.matchAll(/\bnpm (?:run ([\w:-]+)|(start|test)\b)/g)].map(
      (match) => match[1] ?? match[2],
    );
    expect(used).toEqual(expect.arrayContaining(['start', 'test', 'docs']));
    expect(used.filter((name) => !(name! in scripts))).toEqual([]);
  });
});
