/** The semantic diff of two policy versions: pure, no I/O. */
export {agreementLabel, describeChange, describeChangeText, reasonLabel, ruleLabel} from './describe.js';
export {
  agreementList,
  type DiffOptions,
  diffPolicies,
  diffSnapshots,
  type PolicySnapshot,
  snapshotOf,
} from './diff.js';
export {changeMarkdown, DIFF_MARKER, type DiffSide, renderDiffMarkdown} from './markdown.js';
export type {ClassRef, PolicyChange, PolicyChangeCode, PolicyDiffJson} from './model.js';
