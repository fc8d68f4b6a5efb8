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
import {usageText} from '../src/cli/usage.js';
import {policyJsonSchema} from '../src/config/json-schema.js';
import {EXPORT_TARGETS} from '../src/export/index.js';
import {pluginOptionsSchema} from '../src/plugin/options.js';
import {REGIME_IDS} from '../src/vocabulary/config-values.js';
import {DECISION_REASONS} from '../src/vocabulary/document-nodes.js';
import {BUILTIN_SECTION_IDS} from '../src/vocabulary/section-order.js';

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

/** What the first cell of each row names in code marks, in the first table from the line starting `marker`. */
function firstColumn(name: string, marker: string): string[] {
  const lines = page(name).split('\n');
  const start = lines.findIndex((line) => line.startsWith(marker));
  expect(start, `${name}: ${marker}`).toBeGreaterThan(-1);
  // The marker may be the table's header row itself.
  const header = lines.findIndex((line, index) => index >= start && line.startsWith('|'));
  const end = lines.findIndex((line, index) => index > header && !line.startsWith('|'));
  return lines
    .slice(header + 2, end)
    .flatMap((row) => [...(row.split(' | ')[0] ?? '').matchAll(/`([^`]+)`/g)].map((match) => match[1]!));
}

describe('the docs name everything a user can set or call', () => {
  it('every plugin option, in the options table', () => {
    expect(firstColumn('plugin-options.md', '| option |').sort()).toEqual(
      Object.keys(pluginOptionsSchema.shape).sort(),
    );
  });

  it('every CLI command and flag the usage text lists', () => {
    const cli = page('cli.md');
    const commands = [...usageText().matchAll(/^ {2}([a-z-]+)/gm)].map((match) => match[1]!);
    expect(commands).toEqual([
      'check',
      'render',
      'diff',
      'init',
      'export',
      'decide',
      'mcp',
      'hook',
      'check-commit-msg',
    ]);
    for (const command of commands) expect(cli).toContain(`\nai-policy ${command} `);
    const flags = new Set([...usageText().matchAll(/--[a-z-]+/g)].map((match) => match[0]));
    expect([...flags].filter((flag) => !cli.includes(flag))).toEqual([]);
  });

  it('every export target, in the targets table', () => {
    expect(firstColumn('export.md', '## Targets')).toEqual([...EXPORT_TARGETS]);
  });

  it('every built-in section and regime, in the sections table', () => {
    expect(firstColumn('policy.md', '## Sections').sort()).toEqual(
      [...BUILTIN_SECTION_IDS, ...REGIME_IDS].sort(),
    );
  });

  it('every theme component, in the swizzle table', () => {
    const components = readdirSync(path.join(ROOT, 'theme'), {withFileTypes: true})
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(firstColumn('theme.md', '| component |').sort()).toEqual(components.sort());
  });
});
