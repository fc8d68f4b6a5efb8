/**
 * `decide()` (`docusaurus-plugin-ai-policy/decide`): for hundreds of random policies, tool names and file
 * paths, the answer is the decision table's, checked against the rules restated by hand; and the entry
 * stays light (no Docusaurus, React or the page's sentences in its import graph).
 */
import {existsSync, readFileSync} from 'node:fs';
import {builtinModules} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {stringify} from 'yaml';
import {parsePolicyConfig} from '../src/config/parse.js';
import type {PolicyConfig} from '../src/config/schema.js';
import {createDecider, loadDecider, PolicyConfigError, UnknownDataClassError} from '../src/decide/index.js';
import {buildPolicyDocument} from '../src/engine/build.js';
import {toPolicyJson} from '../src/render/json.js';
import {type Agreement, configs, expectedAllowed, expectedRule} from './support/random-policy.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLE = path.join(ROOT, 'example-site', 'ai-policy.yml');

function parse(input: unknown): PolicyConfig {
  const parsed = parsePolicyConfig(stringify(input), 'ai-policy.yml');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.config;
}

/** A random policy whose class i holds `area-i/` and `*.ci` files, and which prohibits one tool by name. */
const policies = configs.map((input) => ({
  ...input,
  dataClasses: input.dataClasses.map((dataClass, index) => ({
    ...dataClass,
    paths: [`area-${index}/`, `*.c${index}`],
  })),
  prohibitedTools: ['Banned Bot'],
}));

/** A way a person or a client might spell the tool: the policy's name in other case and spacing, or another. */
const spellings = fc.constantFrom(
  (name: string) => name,
  (name: string) => name.toUpperCase(),
  (name: string) => `  ${name.toLowerCase().replace(' ', '   ')} `,
);

describe('decide() against the decision table', () => {
  it('answers every tool x class of random policies as the rules do', () => {
    fc.assert(
      fc.property(policies, spellings, (input, spell) => {
        const config = parse(input);
        const decider = createDecider(config);
        const json = toPolicyJson(buildPolicyDocument(config));
        const rank = new Map(config.dataClasses.map((dataClass, index) => [dataClass.id, index]));
        const rows: Array<{name: string; agreements: Agreement[]; ceiling: number; listed: boolean}> = [
          ...config.tools.map((tool) => ({
            name: tool.name,
            agreements: tool.agreement,
            ceiling: tool.maxDataClass === undefined ? Infinity : rank.get(tool.maxDataClass)!,
            listed: true,
          })),
          {
            name: 'Some Other Assistant',
            agreements: ['none'],
            ceiling:
              config.unlistedTools.maxDataClass === null ? -1 : rank.get(config.unlistedTools.maxDataClass)!,
            listed: false,
          },
          {name: 'Banned Bot', agreements: ['none'], ceiling: -1, listed: false},
        ];
        for (const row of rows) {
          for (const [index, dataClass] of config.dataClasses.entries()) {
            const expected =
              row.name !== 'Banned Bot' && expectedAllowed(config, row.agreements, row.ceiling, index);
            const answer = decider.decide({tool: spell(row.name), dataClass: dataClass.id});
            expect(answer.allowed, `${row.name} x ${dataClass.id}`).toBe(expected);
            expect(answer.reason === 'allowed').toBe(expected);
            expect(answer.tool).toBe(row.listed ? row.name : null);
            expect(answer.class).toBe(dataClass.id);
            // The effective rule decide() reports is the JSON download's, and it is the rules' own reading.
            expect(answer.effectiveRule, dataClass.id).toEqual(json.dataClasses[index]!.effectiveRule);
            const rule = expectedRule(config, index);
            expect({never: answer.effectiveRule!.never, requires: answer.effectiveRule!.requires}).toEqual({
              never: rule.never,
              requires: rule.requires,
            });
          }
        }
      }),
      {numRuns: 300},
    );
  });

  it('answers a path as its most sensitive refusal among the classes its globs name', () => {
    fc.assert(
      fc.property(
        policies,
        fc.nat(),
        fc.nat(),
        fc.constantFrom('dir', 'ext', 'both', 'none'),
        (input, toolPick, classPick, shape) => {
          const config = parse(input);
          const decider = createDecider(config);
          const count = config.dataClasses.length;
          const [a, b] = [classPick % count, Math.floor(classPick / count) % count];
          const file = {
            dir: `area-${a}/src/main.ts`,
            ext: `docs/notes.c${b}`,
            both: `area-${a}/deep/er/key.c${b}`,
            none: 'README.md',
          }[shape];
          const held = {dir: [a], ext: [b], both: [...new Set([a, b])], none: [0]}[shape];
          const tool = config.tools[toolPick % config.tools.length]!;
          const rank = new Map(config.dataClasses.map((dataClass, index) => [dataClass.id, index]));
          const ceiling = tool.maxDataClass === undefined ? Infinity : rank.get(tool.maxDataClass)!;
          const expected = held.every((index) => expectedAllowed(config, tool.agreement, ceiling, index));

          const answer = decider.decide({tool: tool.name, path: file});
          expect(answer.allowed, `${tool.name} x ${file}`).toBe(expected);
          expect(answer.classes).toEqual([...held].sort((x, y) => x - y).map((index) => `class-${index}`));
          expect(answer.classifiedBy).toBe(shape === 'none' ? 'default' : 'paths');
          // The deciding class is one the path holds, and refused when the answer is.
          const deciding = Number(answer.class!.slice('class-'.length));
          expect(held).toContain(deciding);
          expect(expectedAllowed(config, tool.agreement, ceiling, deciding)).toBe(expected);
        },
      ),
      {numRuns: 400},
    );
  });
});

describe('decide() on the example policy', () => {
  it('reads the file and answers by path, with the class and the reason', async () => {
    const decider = await loadDecider(EXAMPLE);
    expect(decider.decide({tool: 'claude / claude code', path: 'data/patients/p1.json'})).toMatchObject({
      allowed: true,
      reason: 'allowed',
      tool: 'Claude / Claude Code',
      class: 'phi',
      classifiedBy: 'paths',
    });
    expect(decider.decide({tool: 'Cursor', path: 'services/api/main.ts'})).toMatchObject({
      allowed: false,
      reason: 'agreement-too-weak',
      class: 'confidential',
      classRule: 'enterprise-agreement-only',
      ceiling: 'public',
      hardRule: null,
      effectiveRule: {never: false, requires: ['enterprise'], tightenedBy: []},
    });
    // `*.pem` has no slash: git matches it at any depth, and so does decide.
    expect(decider.decide({tool: 'Claude / Claude Code', path: 'services/tls/server.pem'})).toMatchObject({
      allowed: false,
      reason: 'class-never',
      class: 'secrets',
      classes: ['confidential', 'secrets'],
    });
    // A prohibited tool is refused everything; a tool nobody listed gets the "other tools" row.
    expect(decider.decide({tool: 'deepseek', dataClass: 'public'})).toMatchObject({
      allowed: false,
      reason: 'tool-prohibited',
      toolStatus: 'prohibited',
    });
    expect(decider.decide({tool: 'Windsurf', path: 'README.md'})).toMatchObject({
      allowed: true,
      tool: null,
      toolStatus: 'unlisted',
      class: 'public',
      classifiedBy: 'default',
    });
    // Absolute paths are read against the policy file's folder; outside it, nothing is known, so no.
    expect(decider.decide({tool: 'Cursor', path: path.join(ROOT, 'example-site', 'README.md')}).allowed).toBe(
      true,
    );
    for (const outside of ['/etc/passwd', '../other/secrets.txt', 'a/../../b'])
      expect(decider.decide({tool: 'Cursor', path: outside})).toMatchObject({
        allowed: false,
        reason: 'outside-repository',
      });
    // Windows separators and `..` inside the repository cannot slip past a glob.
    expect(decider.decide({tool: 'Cursor', path: 'docs\\..\\secrets\\prod.txt'}).class).toBe('secrets');
  });

  it('cites the clause behind a hard rule', () => {
    const decider = createDecider(
      parse({
        organization: 'Quill',
        effectiveDate: '2026-06-15',
        compliance: ['gdpr'],
        tools: [{name: 'Chat', agreement: 'standard'}],
        dataClasses: [
          {id: 'people', name: 'People', rule: 'any-approved-tool', categories: ['personal-data']},
        ],
      }),
    );
    expect(decider.decide({tool: 'Chat', dataClass: 'people'})).toMatchObject({
      allowed: false,
      reason: 'gdpr-needs-dpa',
      classRule: 'any-approved-tool',
      hardRule: 'gdpr-needs-dpa',
      // The written rule was "any approved tool"; GDPR makes it need the data-processing agreement.
      effectiveRule: {never: false, requires: ['enterprise'], tightenedBy: ['gdpr-needs-dpa']},
      sources: [{regime: 'gdpr', clause: 'gdpr.processor'}],
    });
  });

  it('names the classes when asked about one that does not exist, and reports an invalid file', async () => {
    const decider = await loadDecider(EXAMPLE);
    expect(() => decider.decide({tool: 'Cursor', dataClass: 'secret'})).toThrow(UnknownDataClassError);
    expect(() => decider.decide({tool: 'Cursor', dataClass: 'secret'})).toThrow(
      'unknown data class "secret"; classes: public, confidential, phi, secrets',
    );
    await expect(loadDecider(path.join(ROOT, 'no-such-policy.yml'))).rejects.toThrow(PolicyConfigError);
  });
});

/** Every module an entry reaches through static and dynamic imports, by path, and the packages it names. */
function importGraph(entry: string): {files: string[]; packages: Set<string>} {
  const files: string[] = [];
  const packages = new Set<string>();
  const pending = [entry];
  const seen = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    files.push(path.relative(ROOT, file));
    for (const match of readFileSync(file, 'utf8').matchAll(
      /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g,
    )) {
      if (/^\s*(?:import|export)\s+type\s/.test(match[0].trim())) continue;
      const specifier = (match[1] ?? match[2])!;
      if (specifier.startsWith('.')) {
        const resolved = path.resolve(path.dirname(file), specifier).replace(/\.js$/, '.ts');
        pending.push(existsSync(resolved) ? resolved : resolved.replace(/\.ts$/, '.tsx'));
      } else packages.add(specifier);
    }
  }
  return {files, packages};
}

describe('the decide entry', () => {
  it('reaches the parser and the decision table, and no Docusaurus, React or page sentences', () => {
    const {files, packages} = importGraph(path.join(ROOT, 'src', 'decide', 'index.ts'));
    const builtins = new Set(builtinModules);
    const thirdParty = [...packages].filter((name) => !name.startsWith('node:') && !builtins.has(name));
    expect(thirdParty.sort()).toEqual(['yaml', 'zod']);
    expect(files).toContain('src/engine/decisions.ts');
    expect(files).toContain('src/config/parse.ts');
    expect(
      files.filter((file) => /engine\/(build|messages|sections|regimes)|render\/|plugin\//.test(file)),
    ).toEqual([]);
  });
});
