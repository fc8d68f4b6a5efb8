/**
 * The data the plugin hands to its theme components, through `createData` JSON modules and route
 * `modules`. Everything here is plain JSON built from the document model; the theme only lays it out.
 */
import type {PolicySection} from '../engine/model.js';
import type {HeaderField} from '../render/header-fields.js';
import type {Block} from '../vocabulary/document-nodes.js';
import type {LintFinding} from '../vocabulary/lint-finding.js';

export type {HeaderField};

/**
 * A section as the pages receive it: the model's section, with each sub-heading block carrying the anchor
 * `id` the Markdown renderer gives it. Read it with `'id' in block`, since blocks are typed by the model.
 */
export type AiPolicyPageSection = PolicySection;

/** The shape of Docusaurus's `TOCItem`: `value` is HTML, so the plugin escapes config text into it. */
export interface AiPolicyTocItem {
  readonly value: string;
  readonly id: string;
  readonly level: number;
}

/** A link to one section: its anchor on the full page, and its own page when section pages are on. */
export interface AiPolicySectionLink {
  id: string;
  title: string;
  /** The section's own page, with the site's baseUrl; null when `sectionPages` is off. */
  permalink: string | null;
}

/** What every page of one plugin instance shares: one JSON module per instance. */
export interface AiPolicyMetadata {
  /** The policy's title, e.g. "AI Tool Usage Policy". */
  title: string;
  organization: string;
  /** One sentence for the full page's meta description. */
  description: string;
  /** The locale the policy's text is written in (`lang` of the page's article). */
  locale: string;
  /** The header as labelled fields (organization, effective date, posture, ...), in reading order. */
  headerFields: HeaderField[];
  /** The full policy page, with the site's baseUrl. */
  permalink: string;
  sections: AiPolicySectionLink[];
  /**
   * URLs of the `.md`, `.json` and `.oscal.json` downloads (with baseUrl); null when `downloads` is off;
   * `oscal` is null when `controls` is off.
   */
  downloads: {markdown: string; json: string; oscal: string | null} | null;
  /** The policy's version: a short hash of its validated config, the same for the same meaning. */
  version: string;
  /** The history page (`<routeBasePath>/changes`, with baseUrl); null when the `history` option is off. */
  historyPermalink: string | null;
  /** The control crosswalk (`<routeBasePath>/controls`, with baseUrl); null when the `controls` option is off. */
  controlsPermalink: string | null;
  /**
   * Date-based findings at build time (review overdue, expired exceptions), shown as a notice so readers
   * know the policy may be out of date. Empty when `onStale` is `ignore`.
   */
  staleFindings: LintFinding[];
  /**
   * `docusaurus start` only: the policy file became invalid, and these pages show its last valid version;
   * the first problem, as the terminal prints it. Always null in a build.
   */
  invalidEdit: string | null;
  /** Closing blocks (the legal-review disclaimer), shown on every policy page. */
  footer: Block[];
}

/** The full policy page's own data. */
export interface AiPolicyContent {
  sections: AiPolicyPageSection[];
  /** The whole policy as Markdown, for the "copy as Markdown" button. */
  markdown: string;
  /** Every section and its sub-headings, for `@theme/TOC`. */
  toc: AiPolicyTocItem[];
}

/** One section page's own data. */
export interface AiPolicySectionContent {
  section: AiPolicyPageSection;
  /** The section as Markdown, for the "copy as Markdown" button. */
  markdown: string;
  /** The section's sub-headings, for `@theme/TOC`. */
  toc: AiPolicyTocItem[];
  previous: AiPolicySectionLink | null;
  next: AiPolicySectionLink | null;
}

/** Props of `@theme/AiPolicyPage`: the route's `modules`, by name. */
export interface AiPolicyPageProps {
  readonly metadata: AiPolicyMetadata;
  readonly content: AiPolicyContent;
}

/** Props of `@theme/AiPolicySectionPage`: the route's `modules`, by name. */
export interface AiPolicySectionPageProps {
  readonly metadata: AiPolicyMetadata;
  readonly content: AiPolicySectionContent;
}

/** What `usePluginData('docusaurus-plugin-ai-policy', id)` returns: enough for other pages to link in. */
export interface AiPolicyGlobalData {
  permalink: string;
  sections: AiPolicySectionLink[];
  downloads: {markdown: string; json: string; oscal: string | null} | null;
  /** The history page, or null when the `history` option is off. */
  history: string | null;
}
