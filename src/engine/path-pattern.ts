/**
 * The path language of `dataClasses[].paths` for the engine's readers (`decide`, the exports). It lives in
 * `vocabulary/` because the config validates with it too, and the config may not import the engine.
 */
export {
  matchesPath,
  type PathPattern,
  type PathPatternProblem,
  parsePathPattern,
  pathPatternProblem,
  pathPatternRegex,
  toClaudeCodePaths,
  toCopilotPaths,
  toGitignore,
} from '../vocabulary/path-pattern.js';
