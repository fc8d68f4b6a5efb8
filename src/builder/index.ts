/**
 * The policy builder's engine, for the browser: `docusaurus-plugin-ai-policy/builder`. The builder page
 * loads it with a dynamic `import()`, so only that page downloads it. Everything it reaches is pure and
 * free of Node built-ins (test/builder-bundle.test.ts walks the import graph to keep it so).
 */
export {
  createDraftEvaluator,
  type DraftChange,
  type DraftContext,
  type DraftEvaluation,
  type DraftFinding,
  type DraftProblem,
  draftChangesMarkdown,
  draftMarkdown,
  type InvalidDraft,
  type ValidDraft,
} from './draft.js';
