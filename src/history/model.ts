import type {PolicyChange} from '../diff/model.js';

/** One commit that changed the policy file, with what it changed in meaning. Plain JSON (cached on disk). */
export interface HistoryEntry {
  hash: string;
  shortHash: string;
  /** The author date, YYYY-MM-DD, in the author's time zone. */
  date: string;
  author: string;
  subject: string;
  /** Values of `Approved-by:` and `Reviewed-by:` trailers in the commit message. */
  approvers: string[];
  /** The policy file's path in the repository at this commit. */
  path: string;
  /** The path before, when this commit renamed the file. */
  previousPath: string | null;
  /**
   * `created`: the first version; `earliest-in-clone`: the oldest version a shallow clone has, whose own
   * change cannot be seen; `deleted`: the file was removed; `baseline`: the policy file itself did not
   * change, a baseline it extends did (its `baselines` say which).
   */
  kind: 'created' | 'changed' | 'renamed' | 'deleted' | 'earliest-in-clone' | 'baseline';
  /** The baselines this commit changed, with their package versions before and after when they have one. */
  baselines: BaselineUpgrade[];
  /** The policy's version after this commit; null when the file was deleted or is not a valid policy. */
  version: string | null;
  changes: PolicyChange[];
  /** Why the changes cannot be shown (a side is not a valid policy), or null. */
  problem: string | null;
}

/** A baseline that changed in a commit: `@acme/ai-policy` 1.2.0 → 1.3.0, or a path baseline's new text. */
export interface BaselineUpgrade {
  /** The package name, or the path as the policy file writes it. */
  name: string;
  /** The package's version before and after; null for a file that is not a package, or a missing side. */
  from: string | null;
  to: string | null;
  /**
   * `repository`: the baseline's text at both sides is in git, and the entry's changes say what it changed;
   * `lockfile`: a package installed from a registry, whose versions come from `package-lock.json` but whose
   * earlier text is not on the build machine, so what the upgrade changed cannot be shown.
   */
  source: 'repository' | 'lockfile';
}

export type HistoryNoticeCode = 'no-git' | 'not-a-repository' | 'not-committed' | 'shallow' | 'git-failed';

/** Something the history could not see, said to the reader. */
export interface HistoryNotice {
  code: HistoryNoticeCode;
  /** In English; the page says it in its language from `code` and `slots` (`history.notice.<code>`). */
  message: string;
  /** The values the message names: the file, and git's own words or a date where it has them. */
  slots?: Record<string, string>;
}

/** The working file against its last committed version: edits not committed yet. */
export interface UnreleasedChanges {
  /** The last committed version, or null when the file was never committed. */
  baseVersion: string | null;
  changes: PolicyChange[];
  problem: string | null;
}

export interface PolicyHistory {
  /** The version of the policy being built (the working file). */
  version: string;
  /** Newest first. */
  entries: HistoryEntry[];
  unreleased: UnreleasedChanges | null;
  notices: HistoryNotice[];
  /** True when older history exists but is not in this clone. */
  truncated: boolean;
  /** The web address of the git remote of the repository holding the policy file, for commit links. */
  repository: string | null;
}
