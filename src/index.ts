/**
 * docusaurus-plugin-ai-policy: publishes one reviewed `ai-policy.yml` as a Docusaurus handbook's AI tool
 * usage policy. The default export is the plugin; `docusaurus-plugin-ai-policy/remark` exports the remark
 * plugin that embeds sections in other pages, and `docusaurus-plugin-ai-policy/client` the hook for the data
 * it publishes to the browser. This module is the package's public surface: nothing internal is exported.
 */

// The config, as written (`PolicyConfigInput`) and as validated, with its version hash.
export type {PolicyConfig, PolicyConfigInput} from './config/schema.js';
export {policyVersion} from './config/version.js';
// The semantic diff of two validated configs, its sentences and its Markdown.
export {describeChange, diffPolicies, renderDiffMarkdown} from './diff/index.js';
export type {PolicyChange, PolicyDiffJson} from './diff/model.js';
// The document model every renderer reads, and the JSON download's contract.
export type {
  ClauseReference,
  ControlMapping,
  ControlRelation,
  CrosswalkFramework,
  CrosswalkItem,
  FrameworkId,
  HeaderField,
  OrganizationRuleReference,
  PolicyDocument,
  PolicyFacts,
  PolicyHeader,
  PolicySection,
  ToolClassDecision,
} from './engine/model.js';
// Props of the theme components, for swizzled copies.
export type {AiPolicyBuilderContent, AiPolicyBuilderPageProps} from './plugin/builder-data.js';
export type {AiPolicyControlsContent, AiPolicyControlsPageProps} from './plugin/controls-route.js';
export type {
  AiPolicyChangesPageProps,
  AiPolicyHistoryChange,
  AiPolicyHistoryEntry,
} from './plugin/history-data.js';
// The plugin and its options.
export {default} from './plugin/index.js';
export type {OnStaleAction, PluginOptions} from './plugin/options.js';
export {validateOptions} from './plugin/options.js';
export type {
  AiPolicyGlobalData,
  AiPolicyPageProps,
  AiPolicyPageSection,
  AiPolicySectionLink,
  AiPolicySectionPageProps,
} from './plugin/page-data.js';
export {getSwizzleConfig} from './plugin/swizzle-config.js';
export type {PolicyJson} from './render/json.js';
export type {Block, Claim, Inline, TableColumn} from './vocabulary/document-nodes.js';
export type {LintFinding} from './vocabulary/lint-finding.js';
