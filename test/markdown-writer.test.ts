/**
 * The policy's own Markdown writer against the general serializer (mdast-util-to-markdown with GFM) it
 * replaces for speed: for any tree of the node kinds the policy renders, with hostile text anywhere, the
 * bytes are the same, and a CommonMark + GFM parser reads back exactly the tree that was written.
 */
import fc from 'fast-check';
import type {Nodes, PhrasingContent, Root, RootContent} from 'mdast';
import {fromMarkdown} from 'mdast-util-from-markdown';
import {gfmFromMarkdown} from 'mdast-util-gfm';
import {gfm} from 'micromark-extension-gfm';
import {describe, expect, it} from 'vitest';
import {stringify} from 'yaml';
import {parsePolicyConfig} from '../src/config/parse.js';
import {buildPolicyDocument} from '../src/engine/build.js';
import {planEnforcement} from '../src/engine/enforcement.js';
import {agentsMdTree} from '../src/export/agents-md.js';
import {
  renderPolicyMarkdown,
  renderSectionMarkdown,
  serializeMarkdown,
  toPolicyMarkdown,
} from '../src/render/markdown.js';
import {writeMarkdown} from '../src/render/markdown-writer.js';
import {renderPolicyMdast, renderSectionMdast} from '../src/render/mdast.js';

const general = (block: RootContent) =>
  toPolicyMarkdown({type: 'root', children: [block]}).replace(/\n$/, '');

/** Characters that are markup somewhere, spaces and line breaks, and letters around them. */
const HOSTILE = [
  ...'*_[]()<>|#`!\\~&@.:-+=\'"/ \n\t',
  '1.',
  '2)',
  '- ',
  '> ',
  '# ',
  'www.',
  'a@b.c',
  'https://x.example',
  '](',
  '![',
  '<a',
  '&amp;',
  '&#',
  'é',
  '’',
  '§',
  'a',
  'b',
  'Z',
  '9',
  'w',
  'p',
  's',
];

const text = fc
  .array(fc.constantFrom(...HOSTILE), {minLength: 1, maxLength: 8})
  .map((parts) => ({type: 'text' as const, value: parts.join('')}));

const phrasing: fc.Arbitrary<PhrasingContent[]> = fc.letrec<{
  inline: PhrasingContent;
  inlines: PhrasingContent[];
}>((tie) => ({
  inline: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    text,
    text,
    fc.constantFrom('x', 'a|b', '`', ' y ', 'x y').map((value) => ({type: 'inlineCode' as const, value})),
    fc.record({
      type: fc.constant('strong' as const),
      children: tie('inlines'),
    }) as fc.Arbitrary<PhrasingContent>,
    fc.record({
      type: fc.constant('emphasis' as const),
      children: tie('inlines'),
    }) as fc.Arbitrary<PhrasingContent>,
    fc.record({
      type: fc.constant('link' as const),
      url: fc.constantFrom('https://x.example/a(b)', '/p?a=1&b=2', '#f', 'mailto:a@b.c', 'https://x.example'),
      children: tie('inlines'),
    }) as fc.Arbitrary<PhrasingContent>,
  ),
  inlines: fc.array(tie('inline'), {minLength: 1, maxLength: 4}).map(mergeTexts),
})).inlines;

/** The renderers never leave two text nodes side by side. */
function mergeTexts(nodes: PhrasingContent[]): PhrasingContent[] {
  const merged: PhrasingContent[] = [];
  for (const node of nodes) {
    const previous = merged.at(-1);
    if (node.type === 'text' && previous?.type === 'text') previous.value += node.value;
    else merged.push(node.type === 'text' ? {...node} : node);
  }
  return merged;
}

const block: fc.Arbitrary<RootContent> = fc.letrec<{block: RootContent}>((tie) => ({
  block: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    phrasing.map((children) => ({type: 'paragraph' as const, children})),
    phrasing.map((children) => ({type: 'paragraph' as const, children})),
    fc
      .record({depth: fc.integer({min: 1, max: 6}), children: phrasing})
      .map(({depth, children}) => ({type: 'heading' as const, depth: depth as 1, children})),
    fc
      .record({
        ordered: fc.boolean(),
        items: fc.array(fc.array(tie('block'), {minLength: 1, maxLength: 3}), {minLength: 1, maxLength: 3}),
      })
      .map(({ordered, items}) => ({
        type: 'list' as const,
        ordered,
        spread: false,
        children: items.map((children) => ({type: 'listItem' as const, spread: false, children})),
      })) as fc.Arbitrary<RootContent>,
    fc
      .array(tie('block'), {minLength: 1, maxLength: 3})
      .map((children) => ({type: 'blockquote', children}) as RootContent),
    fc
      .record({
        align: fc.array(fc.constantFrom(null, 'left', 'right', 'center'), {minLength: 1, maxLength: 3}),
        rows: fc.array(fc.array(phrasing, {minLength: 3, maxLength: 3}), {minLength: 1, maxLength: 3}),
      })
      .map(
        ({align, rows}) =>
          ({
            type: 'table',
            align,
            children: rows.map((cells) => ({
              type: 'tableRow',
              children: cells.slice(0, align.length).map((children) => ({type: 'tableCell', children})),
            })),
          }) as RootContent,
      ),
    fc.constant({type: 'thematicBreak'} as RootContent),
    fc
      .record({
        lang: fc.constantFrom(null, 'yaml', 'a b'),
        value: fc.constantFrom('', 'x: 1', '```\n`', 'a\n\nb'),
      })
      .map(({lang, value}) => ({type: 'code', lang, value}) as RootContent),
  ),
})).block;

const tree = fc
  .array(block, {minLength: 1, maxLength: 5})
  .map((children): Root => ({type: 'root', children}));

function texts(node: Nodes): string[] {
  if (node.type === 'text') return [node.value];
  return 'children' in node ? node.children.flatMap((child) => texts(child as Nodes)) : [];
}

/**
 * Text where mdast-util-to-markdown's escaping misses a character: its patterns consume their neighbours,
 * so a line starting right after an escaped line start (`-⏎- x`) or a second address in `a@b@c.d` keeps its
 * markup. The writer escapes those too, so its bytes differ there (and the round trip below proves it right).
 */
function generalMissesAnEscape(value: string): boolean {
  return value.includes('\n') || /[-.\w+]@[-.\w]@[-.\w]/.test(value) || /[Ww]\.[Ww]\.[-.\w]/.test(value);
}

function parse(markdown: string): Root {
  return fromMarkdown(markdown, {extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()]});
}

/** A tree as a reader sees it: no positions, no data, text runs joined. */
function shape(node: Nodes): unknown {
  const {type} = node;
  if ('value' in node && !('children' in node))
    return node.type === 'code'
      ? {type, lang: node.lang ?? null, value: node.value}
      : {type, value: node.value};
  const children = 'children' in node ? mergeTexts(node.children as PhrasingContent[]) : [];
  return {
    type,
    ...(node.type === 'heading' ? {depth: node.depth} : {}),
    ...(node.type === 'list' ? {ordered: node.ordered ?? false} : {}),
    ...(node.type === 'link' ? {url: node.url} : {}),
    ...(node.type === 'table' ? {align: node.align} : {}),
    children: children.map((child) => shape(child as Nodes)),
  };
}

describe('the policy Markdown writer', () => {
  it('writes any tree of the policy’s node kinds byte for byte like the general serializer', () => {
    fc.assert(
      fc.property(tree, (root) => {
        // Where the general serializer misses an escape, the writer does not copy the miss.
        if (texts(root).some(generalMissesAnEscape)) return;
        expect(writeMarkdown(root, general)).toBe(toPolicyMarkdown(root));
      }),
      {numRuns: 1500},
    );
  }, 120_000);

  it('writes the blocks it handles itself so that a GFM parser reads back the same tree', () => {
    // Only trees the writer writes without the general serializer: that part is its own escaping.
    let own = 0;
    fc.assert(
      fc.property(tree, (root) => {
        let fellBack = false;
        const markdown = writeMarkdown(root, (node) => {
          fellBack = true;
          return general(node);
        });
        if (fellBack) return;
        // GFM reads `a@b.c`, `http://` and `www.` in text as links even when escaped; both serializers
        // escape them alike (the byte test above), neither can do more.
        if (texts(root).some((value) => /@|:\/|www\./i.test(value))) return;
        own++;
        expect(shape(parse(markdown))).toEqual(shape(root));
      }),
      {numRuns: 1500},
    );
    // About one random tree in fifteen needs no fallback and no autolink text (about 100 of 1500, varying
    // with the seed); the floor only proves the property did not pass vacuously.
    expect(own).toBeGreaterThan(40);
  }, 120_000);
});

const HOSTILE_STRINGS = [
  '*_[]()<>|#`!',
  '1. first',
  '- dash',
  '> quote',
  '# hash',
  '2) two',
  '<script>alert(1)</script>',
  '**bold** _it_ `code`',
  'a | b | c',
  'see ![x](y)',
  'R&D &amp; www.x.com a@b.c http://x',
  '+ plus',
  '= eq',
  '~strike~',
  '\\back\\slash',
  'snake_case_name',
  'tab\there',
  'ends with space ',
  'Ωmega “quoted” – dash',
];

describe('policies with hostile text', () => {
  it('render the same Markdown as through the general serializer, and read back the same (the policy and AGENTS.md)', () => {
    fc.assert(
      fc.property(
        fc.record({
          organization: fc.constantFrom(...HOSTILE_STRINGS),
          tool: fc.constantFrom(...HOSTILE_STRINGS),
          vendor: fc.constantFrom(...HOSTILE_STRINGS),
          conditions: fc.constantFrom(...HOSTILE_STRINGS),
          reason: fc.constantFrom(...HOSTILE_STRINGS),
          useCase: fc.constantFrom(...HOSTILE_STRINGS),
          className: fc.constantFrom(...HOSTILE_STRINGS),
          example: fc.constantFrom(...HOSTILE_STRINGS),
          body: fc.constantFrom(
            ...HOSTILE_STRINGS,
            'Line one\nline two',
            '1. a\n2. b',
            '| a | b |\n|---|---|\n| 1 | 2 |',
          ),
        }),
        (input) => {
          const source = stringify({
            organization: input.organization,
            industry: 'healthcare',
            effectiveDate: '2026-06-15',
            compliance: ['soc2', 'gdpr', 'hipaa'],
            tools: [
              {name: input.tool, vendor: input.vendor, agreement: 'enterprise', conditions: input.conditions},
              {name: 'Plain tool', agreement: ['enterprise', 'baa']},
            ],
            prohibitedTools: [{name: `${input.tool} X`, reason: input.reason}],
            useCases: {encouraged: [input.useCase], prohibited: [input.useCase]},
            dataClasses: [
              {id: 'public', name: input.className, rule: 'any-approved-tool', examples: [input.example]},
              {id: 'phi', name: 'Patient data', rule: 'baa-only', categories: ['phi']},
            ],
            sections: {custom: [{id: 'extra', title: input.className, body: input.body}]},
          });
          const result = parsePolicyConfig(source, 'ai-policy.yml');
          if (!result.ok) return;
          const document = buildPolicyDocument(result.config);
          const tree = renderPolicyMdast(document);
          const markdown = renderPolicyMarkdown(document);
          expect(markdown).toBe(toPolicyMarkdown(renderPolicyMdast(document)));
          expect(shape(parse(markdown))).toEqual(shape(parse(toPolicyMarkdown(tree))));
          for (const section of document.sections)
            expect(renderSectionMarkdown(document, section.id)).toBe(
              toPolicyMarkdown({type: 'root', children: renderSectionMdast(document, section.id)}),
            );
          const agents = agentsMdTree(document, planEnforcement(document.facts), {
            policyFile: 'ai-policy.yml',
          });
          expect(serializeMarkdown(agents)).toBe(toPolicyMarkdown(agents));
        },
      ),
      {numRuns: 30},
    );
  }, 120_000);
});
