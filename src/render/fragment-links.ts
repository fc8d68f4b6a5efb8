import type {PolicyDocument, PolicySection} from '../engine/model.js';
import type {Block, Inline} from '../vocabulary/document-nodes.js';

/**
 * The engine links a regime's section to duties said in other sections by the heading's anchor alone
 * (`#approved-tools--training`): right on the full policy page, where every anchor is. Shown anywhere else
 * (a section's own page, an embed, Markdown without heading ids), such a link would land nowhere, so it goes
 * to the full policy page (`policyPage#anchor`) when the caller knows that page's path, and otherwise
 * becomes its words: never a broken link. Only links to the policy's own anchors are touched: a fragment
 * link written in the config may point at a heading of the page that embeds the section.
 */
export function retargetFragmentLinks(
  blocks: readonly Block[],
  {policyAnchors, anchorsHere, policyPage}: FragmentTargets,
): Block[] {
  // Nodes without such a link are returned as they are: most of a policy has none, and copying every node
  // of it was a good part of writing its Markdown.
  const inlines = (items: readonly Inline[]): readonly Inline[] => {
    let result: Inline[] | undefined;
    items.forEach((inline, index) => {
      const replacement = retargetInline(inline);
      if (result === undefined && replacement.length === 1 && replacement[0] === inline) return;
      result ??= items.slice(0, index);
      result.push(...replacement);
    });
    return result ?? items;
  };
  /** The inline, or what stands for it: a link made to land on the policy page, or its words. */
  const retargetInline = (inline: Inline): readonly Inline[] => {
    switch (inline.type) {
      case 'link': {
        const children = inlines(inline.children);
        const anchor = inline.url.slice(1);
        if (!inline.url.startsWith('#') || !policyAnchors.has(anchor) || anchorsHere.has(anchor))
          return children === inline.children ? [inline] : [{...inline, children: [...children]}];
        return policyPage === null
          ? children
          : [{...inline, url: `${policyPage}#${anchor}`, children: [...children]}];
      }
      case 'strong':
      case 'emphasis':
      case 'claim':
      case 'foreign': {
        const children = inlines(inline.children);
        return children === inline.children ? [inline] : [{...inline, children: [...children]}];
      }
      default:
        return [inline];
    }
  };
  const block = (item: Block): Block => {
    switch (item.type) {
      case 'paragraph':
      case 'heading': {
        const children = inlines(item.children);
        return children === item.children ? item : {...item, children: [...children]};
      }
      case 'list': {
        const items = item.items.map((entry) => entries(entry));
        return items.every((entry, index) => entry === item.items[index]) ? item : {...item, items};
      }
      case 'table': {
        const rows = item.rows.map((row) => {
          const cells = row.map(inlines);
          return cells.every((cell, index) => cell === row[index]) ? row : cells.map((cell) => [...cell]);
        });
        return rows.every((row, index) => row === item.rows[index]) ? item : {...item, rows};
      }
      case 'note':
      case 'blockquote': {
        const children = entries(item.children);
        return children === item.children ? item : {...item, children};
      }
      default:
        return item;
    }
  };
  const entries = (items: readonly Block[]): Block[] => {
    const mapped = items.map(block);
    return mapped.every((entry, index) => entry === items[index]) ? (items as Block[]) : mapped;
  };
  return entries(blocks);
}

export interface FragmentTargets {
  /** Every anchor of the full policy page. */
  policyAnchors: ReadonlySet<string>;
  /** The anchors shown where the blocks are rendered. */
  anchorsHere: ReadonlySet<string>;
  /** The full policy page's path, or null when unknown. */
  policyPage: string | null;
}

/** The anchors a section holds: its own id and each of its headings'. */
export function sectionAnchors(section: PolicySection, anchors = new Set<string>([section.id])): Set<string> {
  anchors.add(section.id);
  const collect = (blocks: readonly Block[]) => {
    for (const item of blocks) {
      if (item.type === 'heading') anchors.add(item.id);
      else if (item.type === 'list') for (const entry of item.items) collect(entry);
      else if (item.type === 'note' || item.type === 'blockquote') collect(item.children);
    }
  };
  collect(section.blocks);
  return anchors;
}

/** The anchors of the full policy page: every section's. */
export function policyAnchors(document: PolicyDocument): Set<string> {
  const anchors = new Set<string>();
  for (const section of document.sections) sectionAnchors(section, anchors);
  return anchors;
}

/** A section shown alone: its links to other sections go to the full policy page, or become words. */
export function sectionAlone(
  document: PolicyDocument,
  section: PolicySection,
  policyPage: string | null,
): PolicySection {
  const targets = {policyAnchors: policyAnchors(document), anchorsHere: sectionAnchors(section), policyPage};
  return {...section, blocks: retargetFragmentLinks(section.blocks, targets)};
}
