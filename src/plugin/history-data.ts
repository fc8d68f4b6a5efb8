/**
 * The data of the history page (`<routeBasePath>/changes`), through a `createData` JSON module: commits
 * and their changes, each change already worded (as inline text: config strings, commit subjects and author
 * names are only ever text, so the theme renders them as text).
 */

import type {HistoryEntry, HistoryNotice} from '../history/model.js';
import type {Inline} from '../vocabulary/document-nodes.js';
import type {AiPolicyMetadata} from './page-data.js';

export type {HistoryNotice};

/** One change in meaning: its code (for themes that style kinds differently) and its sentence. */
export interface AiPolicyHistoryChange {
  code: string;
  text: Inline[];
}

export interface AiPolicyHistoryEntry extends Omit<HistoryEntry, 'changes'> {
  /** Anchor of the entry on the page: `commit-<short hash>`. */
  id: string;
  /** The commit on the repository's website (http or https only), or null. */
  url: string | null;
  /** `date` as the page's readers write it ("15 June 2026", « 15 juin 2026 »); `date` stays ISO. */
  dateText: string;
  changes: AiPolicyHistoryChange[];
}

export interface AiPolicyHistoryContent {
  /** The policy file as the site names it, e.g. `ai-policy.yml`. */
  policyFile: string;
  /** The version being published. */
  version: string;
  /** Edits to the working file that are not committed yet (shown in `docusaurus start`, and in a build). */
  unreleased: {baseVersion: string | null; changes: AiPolicyHistoryChange[]; problem: string | null} | null;
  /** Newest first. */
  entries: AiPolicyHistoryEntry[];
  /** What the history could not see: no git, not a repository, a shallow clone... */
  notices: HistoryNotice[];
  truncated: boolean;
}

/**
 * Props of `@theme/AiPolicyChangesPage`: the route's `modules`, by name. (Not `history`: route components
 * also receive react-router's `history` prop, which would shadow it.)
 */
export interface AiPolicyChangesPageProps {
  readonly metadata: AiPolicyMetadata;
  readonly content: AiPolicyHistoryContent;
}
