/**
 * The fast reader (js-yaml, for speed on large files) must read every file it accepts exactly as `yaml`
 * (the parser every problem is located with) reads it; anything it might read differently it must leave
 * to `yaml`. These tests compare the two on the scalars where js-yaml's defaults differ from YAML 1.2, on
 * the constructs it defers, on random documents in every style `yaml` writes, and on real policies.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parse, stringify} from 'yaml';
import {readPlainYaml} from '../src/config/fast-yaml.js';
import {parsePolicyConfig, validatePolicyValue} from '../src/config/parse.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The benchmark's large organization (a script without types).
const {largePolicyYaml} = (await import(`${ROOT}/bench/large-policy.mjs`)) as {
  largePolicyYaml: (size: {tools: number; classes: number}) => string;
};

/** `yaml`'s reading, or undefined where it reports an error (the fast reader must then not answer). */
function yamlReading(source: string): {ok: true; value: unknown} | {ok: false} {
  try {
    return {ok: true, value: parse(source, {uniqueKeys: true, prettyErrors: false})};
  } catch {
    return {ok: false};
  }
}

/** Either the fast reader declines, or it reads what `yaml` reads (-0, NaN and all: `Object.is`). */
function expectSameReading(source: string) {
  const fast = readPlainYaml(source);
  if (fast === undefined) return 'deferred';
  const slow = yamlReading(source);
  expect(slow.ok, `yaml rejects what the fast reader read: ${JSON.stringify(source)}`).toBe(true);
  if (slow.ok) expect(fast, JSON.stringify(source)).toStrictEqual(slow.value);
  return 'read';
}

describe('the fast YAML reader', () => {
  it('resolves plain scalars as YAML 1.2 core does, not as js-yaml does by default', () => {
    const scalars = [
      ['0b101', '0b101'],
      ['1_000', '1_000'],
      ['-0', -0],
      ['+12', 12],
      ['007', 7],
      ['0o17', 15],
      ['0x1F', 31],
      ['-0x1F', '-0x1F'],
      ['1.', 1],
      ['.5', 0.5],
      ['1e3', 1000],
      ['+.inf', Number.POSITIVE_INFINITY],
      ['-.Inf', Number.NEGATIVE_INFINITY],
      ['.NaN', Number.NaN],
      ['.nan', Number.NaN],
      ['True', true],
      ['FALSE', false],
      ['yes', 'yes'],
      ['off', 'off'],
      ['~', null],
      ['Null', null],
      ['2026-01-01', '2026-01-01'],
      ['12:30', '12:30'],
    ] as const;
    for (const [text, expected] of scalars) {
      const source = `value: ${text}\n`;
      expect(readPlainYaml(source), text).toStrictEqual({value: expected});
      expectSameReading(source);
    }
  });

  it('leaves to yaml what only yaml reads right: aliases, directives, complex and null keys, bad input', () => {
    const deferred = [
      'a: &x [1, 2]\nb: *x\n',
      '%YAML 1.1\n---\nflag: yes\n',
      '? [a, b]\n: c\n',
      '[a, b]: c\n',
      '~: a\n',
      'null: a\n',
      'list:\n  - : a\n',
      'a: 1\na: 2\n',
      'a: [1, 2\n',
      'a: 1\n---\nb: 2\n',
      'a: !!binary aGk=\n',
      'a: !custom x\n',
    ];
    for (const source of deferred) expect(readPlainYaml(source), source).toBeUndefined();
  });

  it('reads random documents, in every style yaml writes, as yaml reads them', () => {
    const text = fc.oneof(
      fc.string({unit: 'binary', maxLength: 12}),
      fc.constantFrom(
        '',
        ' ',
        '#',
        ': ',
        ' #x',
        '- a',
        '"',
        "'",
        '\\',
        '\t',
        '\n',
        '\r\n',
        '0x1F',
        '1e3',
        'null',
      ),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        {depthSize: 'small'},
        text,
        fc.integer(),
        fc.double(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('node'), {maxLength: 4}),
        fc.dictionary(fc.string({maxLength: 6}), tie('node'), {maxKeys: 4}),
      ),
    })).node;
    const style = fc.record({
      collectionStyle: fc.constantFrom('any', 'block', 'flow'),
      defaultStringType: fc.constantFrom(
        'PLAIN',
        'QUOTE_DOUBLE',
        'QUOTE_SINGLE',
        'BLOCK_FOLDED',
        'BLOCK_LITERAL',
      ),
      defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE'),
      lineWidth: fc.constantFrom(0, 20, 80),
      indent: fc.constantFrom(2, 4),
    });
    let read = 0;
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({maxLength: 8}), value, {minKeys: 1, maxKeys: 5}),
        style,
        (doc, options) => {
          const source = stringify(doc, null, options as Parameters<typeof stringify>[2]);
          if (expectSameReading(source) === 'read') read++;
        },
      ),
      {numRuns: 1500},
    );
    // The property means nothing if the reader declined everything.
    expect(read).toBeGreaterThan(500);
  });

  it('reads plain scalars written by hand, where the resolution rules differ most, as yaml does', () => {
    const token = fc.stringMatching(/^[-+.0-9a-fA-FoxXeEinfINFNaTrueFlsS_~:]{1,8}$/);
    fc.assert(
      fc.property(token, (scalar) => {
        expectSameReading(`value: ${scalar}\n`);
        expectSameReading(`list: [${scalar}]\n`);
      }),
      {numRuns: 3000},
    );
  });

  it('gives real policies the same config, through the fast path, as yaml does', () => {
    const sources = [
      readFileSync(path.join(ROOT, 'example-site', 'ai-policy.yml'), 'utf8'),
      largePolicyYaml({tools: 50, classes: 30}),
    ];
    for (const source of sources) {
      expect(readPlainYaml(source)).toBeDefined();
      const result = parsePolicyConfig(source, 'ai-policy.yml');
      const slow = validatePolicyValue(parse(source));
      expect(result.ok && slow.ok).toBe(true);
      if (result.ok && slow.ok) expect(result.config).toStrictEqual(slow.config);
    }
  });

  it('still locates findings in a file it read, where the text is', () => {
    const source = readFileSync(path.join(ROOT, 'example-site', 'ai-policy.yml'), 'utf8');
    const result = parsePolicyConfig(source, 'ai-policy.yml');
    if (!result.ok) return expect.fail('the example policy is valid');
    const lines = source.split('\n');
    for (const key of ['organization', 'owner']) {
      const line = lines.findIndex((text) => text.startsWith(`${key}:`)) + 1;
      expect(result.locate([key])).toEqual({line, column: `${key}: `.length + 1});
    }
    const tools = lines.findIndex((text) => text === 'tools:') + 1;
    expect(result.locate(['tools', 0]).line).toBe(tools + 1);
  });
});
