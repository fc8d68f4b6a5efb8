import type {ContainerDirective, LeafDirective, TextDirective} from 'mdast-util-directive';
import type {VFile} from 'vfile';
import type {PolicyConfig} from '../config/schema.js';
import {suggest} from '../config/suggest.js';
import type {PolicyDocument} from '../engine/model.js';
import {REGIME_IDS} from '../vocabulary/config-values.js';
import {CROSSWALK_SECTION_ID} from '../vocabulary/section-order.js';
import {didYouMean, failEmbed, quoteList} from './embed-error.js';

/** The directive name this plugin owns. */
export const DIRECTIVE_NAME = 'ai-policy';

/** What one `::ai-policy{...}` asks for, validated except for the section id (that needs the policy). */
export interface EmbedRequest {
  /** A section id, or undefined for the whole policy. */
  section: string | undefined;
  /** Depth of the embedded title heading. */
  level: 2 | 3 | 4 | 5 | 6;
  /** Whether the embedded section keeps its own heading. */
  title: boolean;
}

const ATTRIBUTES = ['section', 'level', 'title'] as const;
const LEVELS = ['2', '3', '4', '5', '6'] as const;
const BOOLEANS = ['true', 'false'] as const;
const EXAMPLE = '::ai-policy{section="data-classification"}';

type Directive = ContainerDirective | LeafDirective | TextDirective;

/** Reads a directive's attributes, failing the file on anything but a well-formed leaf directive. */
export function readEmbedRequest(node: Directive, file: VFile): EmbedRequest {
  if (node.type === 'textDirective') {
    failEmbed(file, node, `":ai-policy" must be a leaf directive on its own line, e.g. ${EXAMPLE}.`);
  }
  if (node.type === 'containerDirective') {
    failEmbed(
      file,
      node,
      `":::ai-policy" has no content of its own; use the leaf form on one line, e.g. ${EXAMPLE}.`,
    );
  }
  if (node.children.length > 0) {
    failEmbed(
      file,
      node,
      `"::ai-policy[...]" takes no [label]; pick what to embed with attributes, e.g. ${EXAMPLE}.`,
    );
  }

  const attributes = node.attributes ?? {};
  for (const name of Object.keys(attributes)) {
    if ((ATTRIBUTES as readonly string[]).includes(name)) continue;
    // `{#approved-tools}` is remark-directive's shorthand for id="approved-tools": a section id, misplaced.
    const hint =
      name === 'id' && attributes.id
        ? ` Did you mean section="${attributes.id}"?`
        : didYouMean(suggest(name, ATTRIBUTES), (value) => `"${value}"`);
    failEmbed(
      file,
      node,
      `::ai-policy has no attribute "${name}". Valid attributes: ${quoteList(ATTRIBUTES)}.${hint}`,
    );
  }

  return {
    section: readSection(attributes.section, node, file),
    level: readLevel(attributes.level, node, file),
    title: readTitle(attributes.title, node, file),
  };
}

function readSection(value: string | null | undefined, node: Directive, file: VFile): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (value.trim() === '') {
    failEmbed(
      file,
      node,
      `::ai-policy section="" is empty; name a section id, or drop the attribute to embed the whole policy.`,
    );
  }
  return value.trim();
}

function readLevel(value: string | null | undefined, node: Directive, file: VFile): EmbedRequest['level'] {
  if (value === undefined || value === null) return 2;
  const level = LEVELS.find((candidate) => candidate === value.trim());
  if (level === undefined) {
    failEmbed(
      file,
      node,
      `::ai-policy level="${value}" is not a heading depth. Valid levels: ${LEVELS.join(', ')}.`,
    );
  }
  return Number(level) as EmbedRequest['level'];
}

function readTitle(value: string | null | undefined, node: Directive, file: VFile): boolean {
  if (value === undefined || value === null) return true;
  const normalized = value.trim().toLowerCase();
  if (normalized === 'false') return false;
  if (normalized === 'true') return true;
  failEmbed(
    file,
    node,
    `::ai-policy title="${value}" must be "true" or "false".${didYouMean(suggest(normalized, BOOLEANS))}`,
  );
}

/**
 * Fails for a section id the policy does not have, listing the ids it does have. An id the policy could
 * have but does not (a regime it does not select, a section it disables) says so, because then the fix is
 * in the policy, not in the directive.
 */
export function failUnknownSection(
  section: string,
  policy: {document: PolicyDocument; config: Pick<PolicyConfig, 'compliance' | 'sections'>},
  node: Directive,
  file: VFile,
): never {
  const validIds = [...policy.document.sections.map((candidate) => candidate.id), CROSSWALK_SECTION_ID];
  let why = '';
  if (policy.config.sections.disable.includes(section)) {
    why = ` It is listed in the policy's sections.disable.`;
  } else if ((REGIME_IDS as readonly string[]).includes(section)) {
    why = ` It is a compliance regime the policy does not select; add it to the policy's compliance list.`;
  }
  return failEmbed(
    file,
    node,
    `::ai-policy section="${section}" is not a section of this policy.${why} Valid sections: ${quoteList(validIds)}.` +
      (why ? '' : didYouMean(suggest(section, validIds), (value) => `section="${value}"`)),
  );
}
