import type {ArrayExpression, Expression, ObjectExpression, Property} from 'estree';
import type {Heading, Root} from 'mdast';
import {toString as mdastText} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {headingHtml} from './heading-text.js';

/**
 * Docusaurus's `toc` plugin appends `export const toc = [...]` as a positionless `mdxjsEsm` node and runs
 * before any plugin in `remarkPlugins`, so headings inlined there would miss the page's table of contents.
 * This finds that export (never one the author wrote: those have a position, and Docusaurus keeps them as
 * they are) and splices entries for the embedded headings in at their place in the document.
 */
export function addEmbeddedHeadingsToToc(
  toc: ArrayExpression,
  tree: Root,
  embedded: readonly Heading[],
): void {
  if (embedded.length === 0) return;

  const existing = toc.elements;
  // `<Partial />` of an imported Markdown file contributes `...__tocPartial`.
  const slices = new Set(
    existing.flatMap((item) =>
      item?.type === 'SpreadElement' && item.argument.type === 'Identifier' ? [item.argument.name] : [],
    ),
  );
  const mine = new Set(embedded);
  const merged: ArrayExpression['elements'] = [];
  let cursor = 0;

  // The same walk and filters as Docusaurus's, so the entries it made line up with the nodes they came from.
  visit(tree, (node) => {
    if (node.type === 'heading') {
      if (node.depth < 2 || mdastText(node) === '') return;
      if (mine.has(node)) merged.push(tocEntry(node));
      else if (cursor < existing.length) merged.push(existing[cursor++]!);
    } else if (node.type === 'mdxJsxFlowElement' && node.name && slices.has(`__toc${node.name}`)) {
      if (cursor < existing.length) merged.push(existing[cursor++]!);
    }
  });
  merged.push(...existing.slice(cursor));
  toc.elements = merged;
}

/** The `export const toc` Docusaurus appended, or undefined: it has not run yet, or this is not Docusaurus. */
export function findGeneratedToc(tree: Root): ArrayExpression | undefined {
  for (const node of tree.children) {
    if (node.type !== 'mdxjsEsm' || node.position) continue;
    const statement = node.data?.estree?.body[0];
    if (statement?.type !== 'ExportNamedDeclaration') continue;
    const declarator =
      statement.declaration?.type === 'VariableDeclaration'
        ? statement.declaration.declarations[0]
        : undefined;
    if (
      declarator?.id.type === 'Identifier' &&
      declarator.id.name === 'toc' &&
      declarator.init?.type === 'ArrayExpression'
    ) {
      return declarator.init;
    }
  }
  return undefined;
}

/** `{value, id, level}`: the shape Docusaurus's TOC components read. */
function tocEntry(heading: Heading): ObjectExpression {
  const id = (heading.data as {id?: string} | undefined)?.id ?? '';
  return {
    type: 'ObjectExpression',
    properties: [
      property('value', headingHtml(heading)),
      property('id', id),
      property('level', heading.depth),
    ],
  };
}

function property(key: string, value: string | number): Property {
  const literal: Expression = {type: 'Literal', value};
  return {
    type: 'Property',
    key: {type: 'Identifier', name: key},
    value: literal,
    kind: 'init',
    method: false,
    shorthand: false,
    computed: false,
  };
}
