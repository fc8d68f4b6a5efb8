/**
 * `remarkAiPolicy`: replaces `::ai-policy{section="..."}` in a docs, blog or pages Markdown file with that
 * section of the site's AI policy, inlined as ordinary Markdown nodes so it is server-rendered and its
 * headings join the page's table of contents. Freshness comes from the plugin's `embedDependencyRule`, which
 * makes the page depend on the policy file, and from loading the policy here on every compile (cached by
 * content).
 */
import type {Heading, Parent, Root, RootContent} from 'mdast';
import type {ContainerDirective, LeafDirective, TextDirective} from 'mdast-util-directive';
import {visit} from 'unist-util-visit';
import type {VFile} from 'vfile';
import {policyPageForInstance} from '../store/instances.js';
import {CROSSWALK_SECTION_ID} from '../vocabulary/section-order.js';
import {embedMdast} from './embed-mdast.js';
import {DIRECTIVE_NAME, type EmbedRequest, failUnknownSection, readEmbedRequest} from './embed-request.js';
import {assignUniqueHeadingIds} from './heading-ids.js';
import {addEmbeddedHeadingsToToc, findGeneratedToc} from './toc-entries.js';

export interface RemarkAiPolicyOptions {
  /** The `id` of the docusaurus-plugin-ai-policy instance whose policy to embed (default `'default'`). */
  pluginId?: string;
}

interface Embed {
  node: LeafDirective;
  parent: Parent;
  request: EmbedRequest;
}

type Directive = ContainerDirective | LeafDirective | TextDirective;

export function remarkAiPolicy(options: RemarkAiPolicyOptions = {}) {
  const pluginId = options.pluginId ?? 'default';

  return async function embedAiPolicy(tree: Root, file: VFile): Promise<void> {
    // Most pages embed nothing: skip the tree walk unless the source mentions the directive (the marker
    // the dependency loader also uses). An empty value means the tree was not parsed from a file: walk it.
    const source = String(file);
    if (source !== '' && !source.includes(':ai-policy')) return;
    const embeds = findEmbeds(tree, file);
    const first = embeds[0];
    if (!first) return;

    // Imported on first use: the site config imports this module, and the policy store pulls in the YAML
    // parser, zod and the whole engine, which a config load (on every `start` reload) need not pay for.
    const {loadEmbeddedPolicy} = await import('./policy-source.js');
    const {policy, invalidEdit} = await loadEmbeddedPolicy(pluginId, first.node, file);
    // The control crosswalk embeds like a section: `::ai-policy{section="controls"}`.
    const sectionIds = new Set([
      ...policy.document.sections.map((section) => section.id),
      CROSSWALK_SECTION_ID,
    ]);
    const embeddedHeadings: Heading[] = [];
    for (const {node, parent, request} of embeds) {
      if (request.section !== undefined && !sectionIds.has(request.section)) {
        failUnknownSection(request.section, policy, node, file);
      }
      const nodes = [
        ...(invalidEdit === null ? [] : [invalidEditNotice(invalidEdit)]),
        ...embedMdast(policy.document, request, policyPageForInstance(pluginId) ?? null),
      ];
      parent.children.splice(parent.children.indexOf(node), 1, ...(nodes as Parent['children']));
      embeddedHeadings.push(...headingsIn(nodes));
    }

    // Listed in `beforeDefaultRemarkPlugins` (the documented placement), this runs before Docusaurus's own
    // heading and TOC plugins, which then treat the inlined headings as the page's own: nothing left to do.
    // Listed in `remarkPlugins`, it runs after them, and the page's TOC export already exists.
    const toc = findGeneratedToc(tree);
    if (!toc) return;
    assignUniqueHeadingIds(tree, embeddedHeadings);
    addEmbeddedHeadingsToToc(toc, tree, embeddedHeadings);
  };
}

/**
 * In `docusaurus start` only, above an embed that shows the last valid policy because the file became
 * invalid: what is wrong, as the terminal says it. An Infima alert (a `div` by `hName`, so it needs no
 * component and works in either remark placement); the next valid save recompiles the page without it.
 */
function invalidEditNotice(problem: string): RootContent {
  return {
    type: 'blockquote',
    data: {hName: 'div', hProperties: {className: ['alert', 'alert--danger'], role: 'status'}},
    children: [
      {
        type: 'paragraph',
        children: [
          {
            type: 'strong',
            children: [{type: 'text', value: 'AI policy not updated (docusaurus start only).'}],
          },
          {
            type: 'text',
            value: ' The policy file has an error, so this shows the last valid policy until it is fixed: ',
          },
          {type: 'inlineCode', value: problem},
        ],
      },
    ],
  };
}

/** Every `ai-policy` directive in document order, validated; fails on the first malformed one. */
function findEmbeds(tree: Root, file: VFile): Embed[] {
  const embeds: Embed[] = [];
  visit(tree, (node, _index, parent) => {
    if (!isOwnDirective(node) || !parent) return;
    const request = readEmbedRequest(node, file);
    embeds.push({node: node as LeafDirective, parent, request});
  });
  return embeds;
}

/** Headings inside nodes just inlined, in document order. */
function headingsIn(nodes: readonly RootContent[]): Heading[] {
  const headings: Heading[] = [];
  for (const node of nodes) visit(node, 'heading', (heading) => void headings.push(heading));
  return headings;
}

function isOwnDirective(node: Root | RootContent): node is Directive {
  return (
    (node.type === 'leafDirective' || node.type === 'textDirective' || node.type === 'containerDirective') &&
    node.name === DIRECTIVE_NAME
  );
}

// Lets the plugin's bundler rule recognise this function (any copy of it) in a content plugin's options,
// to warn about a page that embeds the policy without it (`plugin/embed-dependency-loader.cts`).
Object.defineProperty(remarkAiPolicy, Symbol.for('docusaurus-plugin-ai-policy/remark'), {value: true});

export default remarkAiPolicy;
