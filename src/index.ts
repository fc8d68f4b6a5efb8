/**
 * docusaurus-plugin-ai-policy: publishes one reviewed `ai-policy.yml` as a Docusaurus handbook's AI tool
 * usage policy. The default export is the plugin; `docusaurus-plugin-ai-policy/remark` exports the remark
 * plugin that embeds sections in other pages.
 */

export type {PolicyConfig, PolicyConfigInput} from './config/schema.js';
export {policyVersion} from './config/version.js';
export {describeChange, diffPolicies, renderDiffMarkdown} from './diff/index.js';
export type {ClassRef, PolicyChange, PolicyChangeCode, PolicyDiffJson} from './diff/model.js';
export type {
  Block,
  ClauseReference,
  Inline,
  LintFinding,
  PolicyDocument,
  PolicyFacts,
  PolicyHeader,
  PolicySection,
  TableColumn,
  ToolClassDecision,
} from './engine/model.js';
export type {HistoryEntry, HistoryNotice, PolicyHistory} from './history/model.js';
export type {AiPolicyBuilderContent, AiPolicyBuilderPageProps} from './plugin/builder-data.js';
export type {
  AiPolicyChangesPageProps,
  AiPolicyHistoryChange,
  AiPolicyHistoryContent,
  AiPolicyHistoryEntry,
} from './plugin/history-data.js';
export type {AiPolicyLoadedContent} from './plugin/index.js';
export {default} from './plugin/index.js';
export type {OnStaleAction, PluginOptions, ResolvedPluginOptions} from './plugin/options.js';
export {validateOptions} from './plugin/options.js';
export type {
  AiPolicyContent,
  AiPolicyGlobalData,
  AiPolicyMetadata,
  AiPolicyPageProps,
  AiPolicyPageSection,
  AiPolicySectionContent,
  AiPolicySectionLink,
  AiPolicySectionPageProps,
  AiPolicyTocItem,
  HeaderField,
} from './plugin/page-data.js';
export {getSwizzleConfig} from './plugin/swizzle-config.js';
