import type {Heading, Root} from 'mdast';
import {toString as mdastText} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {slug} from '../vocabulary/slug.js';

/** Docusaurus keeps a heading's anchor in `data.id`, a field the mdast types do not declare. */
type AnchoredHeadingData = NonNullable<Heading['data']> & {id?: string};

function headingId(heading: Heading): string | undefined {
  const data = heading.data as AnchoredHeadingData | undefined;
  const id = data?.hProperties?.id ?? data?.id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/**
 * Gives every embedded heading an anchor id no other heading on the page uses (`approved-tools`, then
 * `approved-tools-1` when a page embeds the section twice or has its own "Approved tools" heading).
 *
 * Docusaurus's `headings` plugin does this for headings it sees, but it runs before a plugin listed in
 * `remarkPlugins`; set both fields it would set, `data.id` (read by its TOC) and `data.hProperties.id` (the
 * HTML `id`). Headings are handed in document order, so the first embed keeps the plain id.
 */
export function assignUniqueHeadingIds(tree: Root, embedded: readonly Heading[]): void {
  const mine = new Set(embedded);
  const taken = new Set<string>();
  visit(tree, 'heading', (heading) => {
    const id = mine.has(heading) ? undefined : headingId(heading);
    if (id !== undefined) taken.add(id);
  });

  for (const heading of embedded) {
    const base = headingId(heading) ?? slug(mdastText(heading));
    let id = base;
    for (let n = 1; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    const data: AnchoredHeadingData = {...heading.data, id, hProperties: {...heading.data?.hProperties, id}};
    heading.data = data;
  }
}
