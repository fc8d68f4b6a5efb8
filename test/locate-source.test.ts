/**
 * `sourceLocator` (yaml's concrete syntax tree, for files the fast reader read) must answer exactly what
 * `locatePath` (yaml's document) answers: findings point at the same line and column either way. Both are
 * asked for every path in a document, and for paths that stop short (a key the file lacks).
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {LineCounter, parse, parseDocument, stringify} from 'yaml';
import {locatePath} from '../src/diagnostics/locate.js';
import {sourceLocator} from '../src/diagnostics/locate-source.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Every path into a value, with a missing key and an index past the end at each level. */
function pathsOf(value: unknown, prefix: PropertyKey[] = []): PropertyKey[][] {
  const paths: PropertyKey[][] = [prefix, [...prefix, 'no-such-key']];
  if (Array.isArray(value)) {
    paths.push([...prefix, value.length]);
    value.forEach((item, index) => paths.push(...pathsOf(item, [...prefix, index])));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  }
  return paths;
}

function expectSameAnswers(source: string) {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, {lineCounter, uniqueKeys: true});
  if (document.errors.length > 0) return;
  const locate = sourceLocator(source);
  for (const at of pathsOf(parse(source)))
    expect(locate(at), `${JSON.stringify(at)} in ${JSON.stringify(source)}`).toEqual(
      locatePath(document, lineCounter, at),
    );
}

describe('sourceLocator', () => {
  it('answers as locatePath does for every path of the example policy', () => {
    expectSameAnswers(readFileSync(path.join(ROOT, 'example-site', 'ai-policy.yml'), 'utf8'));
  });

  it('answers as locatePath does on hand-written corners: empty values, comments, flow, quotes, CRLF', () => {
    const corners = [
      'a:\nb: 1\n',
      'a:   # nothing here\n  \nb: 2\n',
      'list:\n  -\n  - x\n',
      'a: {b: 1, "c d": [1, {e: f}], g: }\n',
      '\'quoted key\': 1\n"esc\\u0061ped": 2\n',
      '1: number key\ntrue: bool key\nname: 3\n',
      'a: !!str 12\nb: &anchor x\n',
      'a: |\n  block\n  text\nb: >-\n  folded\n',
      'a: 1\r\nb:\r\n  c: 2\r\n',
      '# leading comment\n\n---\nkey: value\n',
      '',
    ];
    for (const source of corners) expectSameAnswers(source);
  });

  it('answers as locatePath does on random documents in every style yaml writes', () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        {depthSize: 'small'},
        fc.string({maxLength: 10}),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('node'), {maxLength: 3}),
        fc.dictionary(fc.string({maxLength: 5}), tie('node'), {maxKeys: 3}),
      ),
    })).node;
    const style = fc.record({
      collectionStyle: fc.constantFrom('any', 'block', 'flow'),
      defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL'),
      indent: fc.constantFrom(2, 4),
      lineWidth: fc.constantFrom(0, 24),
    });
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({maxLength: 6}), value, {minKeys: 1, maxKeys: 4}),
        style,
        (doc, options) => expectSameAnswers(stringify(doc, null, options as Parameters<typeof stringify>[2])),
      ),
      {numRuns: 400},
    );
  });
});
