import type {
  BlockContent,
  Heading,
  ListItem,
  Parent,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
} from 'mdast';
import type {Info, State} from 'mdast-util-to-markdown';
import type {PolicyDocument, PolicySection} from '../engine/model.js';
import type {Block, Inline} from '../vocabulary/document-nodes.js';
import {punctuate} from '../vocabulary/locale-format.js';
import {CROSSWALK_SECTION_ID} from '../vocabulary/section-order.js';
import {sectionAlone} from './fragment-links.js';
import {headerFields} from './header-fields.js';

export interface SectionMdastOptions {
  /** Depth of the section's own heading (2..6). Sub-headings go below it, capped at 6. */
  level?: number;
  /** Whether to include the section's heading. */
  title?: boolean;
  /**
   * The full policy page's path (`/ai-policy`), where links to duties said in other sections go; without
   * it, those links are shown as their words.
   */
  policyPage?: string;
}

/** The whole policy as an mdast tree: title, header fields, every section, footer. */
export function renderPolicyMdast(
  document: PolicyDocument,
  {
    level = 1,
    sections = document.sections,
  }: {
    level?: number;
    /** The sections to write instead of the document's (the Markdown's, with links retargeted). */
    sections?: readonly PolicySection[];
  } = {},
): Root {
  const children: RootContent[] = [
    heading(level, [{type: 'text', value: document.title}], 'ai-policy'),
    {
      type: 'list',
      ordered: false,
      spread: false,
      children: headerFields(document).map(({label, value}) =>
        listItem([
          {
            type: 'paragraph',
            children: [
              {
                type: 'strong',
                children: [{type: 'text', value: `${label}${punctuate(':', document.locale)}`}],
              },
              {type: 'text', value: ` ${value}`},
            ],
          },
        ]),
      ),
    },
    ...sections.flatMap((section) => sectionMdast(section, Math.min(level + 1, 6), true)),
    // The rule sets the footer apart; with no footer it would end the page on a bare line.
    ...(document.footer.length > 0
      ? [
          {type: 'thematicBreak'} as const,
          ...document.footer.flatMap((block) => blockMdast(block, level)).map(emphasizeParagraph),
        ]
      : []),
  ];
  return {type: 'root', children};
}

/** One section as mdast nodes, ready to splice into a Markdown page. Throws for an unknown id. */
export function renderSectionMdast(
  document: PolicyDocument,
  sectionId: string,
  options: SectionMdastOptions = {},
): RootContent[] {
  // The crosswalk embeds like a section; a custom section of that id, where a site has one, comes first.
  const section =
    document.sections.find((candidate) => candidate.id === sectionId) ??
    (sectionId === CROSSWALK_SECTION_ID ? document.controlsSection : undefined);
  if (!section) throw new Error(`Unknown AI policy section "${sectionId}"`);
  return sectionMdast(
    sectionAlone(document, section, options.policyPage ?? null),
    options.level ?? 2,
    options.title ?? true,
  );
}

function sectionMdast(section: PolicySection, level: number, withTitle: boolean): RootContent[] {
  const nodes = section.blocks.flatMap((block) => blockMdast(block, withTitle ? level : level - 1));
  return withTitle ? [heading(level, [{type: 'text', value: section.title}], section.id), ...nodes] : nodes;
}

/**
 * Headings carry their id in `data.hProperties.id` (what Docusaurus and rehype read), so a section's anchor
 * is its stable id rather than a slug of a title the config may rename.
 */
function heading(depth: number, children: PhrasingContent[], id: string): Heading {
  return {
    type: 'heading',
    depth: Math.max(1, Math.min(6, depth)) as Heading['depth'],
    children,
    data: {hProperties: {id}},
  } as Heading;
}

function blockMdast(block: Block, sectionLevel: number): RootContent[] {
  switch (block.type) {
    case 'paragraph':
      return [{type: 'paragraph', children: inlinesMdast(block.children)}];
    case 'heading':
      return [heading(sectionLevel + block.depth, inlinesMdast(block.children), block.id)];
    case 'list':
      return [
        {
          type: 'list',
          ordered: block.ordered,
          spread: false,
          children: block.items.map((item) =>
            listItem(item.flatMap((inner) => blockMdast(inner, sectionLevel)) as BlockContent[]),
          ),
        },
      ];
    case 'table':
      return [tableMdast(block)];
    case 'note':
      return [
        {
          type: 'blockquote',
          children: block.children.flatMap((inner, index) => {
            const nodes = blockMdast(inner, sectionLevel);
            const first = nodes[0];
            // The label goes into the first paragraph, so it reads "Note: ..." in any Markdown viewer.
            if (index === 0 && first?.type === 'paragraph') {
              first.children.unshift(
                {
                  type: 'strong',
                  children: [{type: 'text', value: block.label}],
                },
                {type: 'text', value: ' '},
              );
            }
            return nodes as BlockContent[];
          }),
        },
      ];
    case 'code':
      return [{type: 'code', lang: block.lang, value: block.value}];
    case 'blockquote':
      return [
        {
          type: 'blockquote',
          children: block.children.flatMap((inner) => blockMdast(inner, sectionLevel)) as BlockContent[],
        },
      ];
    case 'thematicBreak':
      return [{type: 'thematicBreak'}];
  }
}

function listItem(children: BlockContent[]): ListItem {
  return {type: 'listItem', spread: false, children};
}

function tableMdast(block: Extract<Block, {type: 'table'}>): Table {
  const row = (cells: Inline[][]) => ({
    type: 'tableRow' as const,
    children: cells.map(
      (cell): TableCell => ({
        type: 'tableCell',
        children: inlinesMdast(cell),
        ...decisionCellData(cell),
      }),
    ),
  });
  return {
    type: 'table',
    align: block.columns.map((column) => column.align ?? null),
    children: [
      row(block.columns.map((column) => [{type: 'text', value: column.label}])),
      ...block.rows.map(row),
    ],
  };
}

/**
 * A matrix cell's decision as a class for the HTML (remark-rehype honours `hProperties`; Markdown drops it):
 * the class names the policy page's matrix uses (`theme/decisions.css`), so an embed has its colours.
 */
function decisionCellData(cell: Inline[]): Pick<TableCell, 'data'> {
  const [first] = cell;
  if (first?.type !== 'decision') return {};
  return {
    data: {
      hProperties: {
        className: [first.allowed ? 'ai-policy-decision--allowed' : 'ai-policy-decision--denied'],
      },
    },
  };
}

/** Inline policy text as mdast phrasing; shared with the diff's Markdown so both escape alike. */
export function inlinesMdast(inlines: Inline[]): PhrasingContent[] {
  return mergeTexts(inlines.flatMap(inlineMdast));
}

/**
 * Messages and claims leave many adjacent text nodes; one node per run reads the same and halves the work of
 * the serializer, whose escaping runs once per node.
 */
function mergeTexts(nodes: PhrasingContent[]): PhrasingContent[] {
  const merged: PhrasingContent[] = [];
  for (const node of nodes) {
    const previous = merged.at(-1);
    if (node.type === 'text' && previous?.type === 'text') previous.value += node.value;
    else merged.push(node.type === 'text' ? {...node} : node);
  }
  return merged;
}

function inlineMdast(inline: Inline): PhrasingContent | PhrasingContent[] {
  switch (inline.type) {
    case 'text':
      return {type: 'text', value: inline.value};
    case 'strong':
      return {type: 'strong', children: inlinesMdast(inline.children)};
    case 'emphasis':
      return {type: 'emphasis', children: inlinesMdast(inline.children)};
    case 'code':
      return {type: 'inlineCode', value: inline.value};
    case 'link':
      return {type: 'link', url: inline.url, children: inlinesMdast(inline.children)};
    case 'citation':
      return inline.url
        ? [
            {type: 'text', value: '('},
            {type: 'link', url: inline.url, children: [{type: 'text', value: inline.value}]},
            {type: 'text', value: ')'},
          ]
        : {type: 'emphasis', children: [{type: 'text', value: `(${inline.value})`}]};
    case 'decision':
      return {type: 'text', value: inline.label};
    case 'claim':
      // A claim is what the words mean, for tests and tools; Markdown carries the words.
      return inlinesMdast(inline.children);
    case 'foreign':
      // HTML gets `<span lang>` (remark-rehype honours hName/hProperties); Markdown keeps only the words.
      return {
        type: FOREIGN_PHRASE,
        lang: inline.lang,
        data: {hName: 'span', hProperties: {lang: inline.lang}},
        children: inlinesMdast(inline.children),
      };
  }
}

/** The mdast node of words in another language than the page's; see `foreignPhraseHandlers`. */
export const FOREIGN_PHRASE = 'aiPolicyForeignPhrase';

export interface ForeignPhrase extends Parent {
  type: typeof FOREIGN_PHRASE;
  lang: string;
  children: PhrasingContent[];
}

declare module 'mdast' {
  interface PhrasingContentMap {
    aiPolicyForeignPhrase: ForeignPhrase;
  }
  interface RootContentMap {
    aiPolicyForeignPhrase: ForeignPhrase;
  }
}

/** `mdast-util-to-markdown` handlers: Markdown has no language mark, so a foreign phrase is its words. */
export const foreignPhraseHandlers = {
  [FOREIGN_PHRASE]: (node: ForeignPhrase, _parent: unknown, state: State, info: Info) =>
    state.containerPhrasing(node, info),
};

function emphasizeParagraph(node: RootContent): RootContent {
  return node.type === 'paragraph'
    ? {type: 'paragraph', children: [{type: 'emphasis', children: node.children}]}
    : node;
}
