import type {RootContent} from 'mdast';
import type {PolicyDocument} from '../engine/model.js';
import {renderPolicyMdast, renderSectionMdast} from '../render/mdast.js';
import {entryOf} from '../vocabulary/map-entry.js';
import type {EmbedRequest} from './embed-request.js';

/**
 * Rendered embeds per policy document. `loadPolicy` hands out the same document object until the file
 * changes, so a build renders each distinct embed once however many pages use it, and an edit drops the
 * old entries with the old document.
 */
const renderedByDocument = new WeakMap<PolicyDocument, Map<string, readonly RootContent[]>>();

/** The mdast that replaces one directive: a fresh copy, because later plugins mutate the tree. */
export function embedMdast(
  document: PolicyDocument,
  request: EmbedRequest,
  policyPage: string | null,
): RootContent[] {
  const rendered = entryOf(renderedByDocument, document, () => new Map<string, readonly RootContent[]>());
  const key = `${request.section ?? '*'}|${request.level}|${request.title}|${policyPage}`;
  const nodes = entryOf(rendered, key, () => render(document, request, policyPage));
  return structuredClone(nodes) as RootContent[];
}

function render(
  document: PolicyDocument,
  {section, level, title}: EmbedRequest,
  policyPage: string | null,
): RootContent[] {
  // A section alone links to the other sections on the full policy page; the whole policy holds them all.
  if (section !== undefined)
    return renderSectionMdast(document, section, {level, title, ...(policyPage ? {policyPage} : {})});
  if (title) return renderPolicyMdast(document, {level}).children;
  // Without its title the whole policy starts at its sections, which then take the requested level,
  // just as a section without its title starts at its sub-headings.
  return renderPolicyMdast(document, {level: level - 1}).children.slice(1);
}
