/**
 * `decide()`: the decision table asked one question at a time, by a tool name and a data class or a file.
 * Pure (config in, answers out) and fast after one set-up pass, because an agent hook asks it on every
 * tool call. It decides nothing of its own: every cell comes from `buildDecisionTable`, so the page, the
 * JSON download, the exports and this answer cannot disagree.
 */
import type {PolicyConfig} from '../config/schema.js';
import type {DataClassRule, RegimeId} from '../vocabulary/config-values.js';
import type {DecisionReason, HardRuleReason} from '../vocabulary/document-nodes.js';
import {normalizeToolName} from '../vocabulary/tool-name.js';
import {buildDecisionTable, type EffectiveRule, effectiveRules, HARD_RULES} from './decisions.js';
import {HARD_RULE_EXPLANATIONS, REASON_EXPLANATIONS} from './labels.js';
// The one place the path language enters decide: swap this import to change the matcher everywhere here.
import {matchesPath} from './path-pattern.js';

/** Ask about a data class by its id, or about files by their paths relative to the repository root. */
export type DecideQuery = {tool: string; dataClass: string} | {tool: string; path: string};

/** Why a path query was refused before any class was looked at. */
export type PathRefusal = 'outside-repository';

export interface Decision {
  allowed: boolean;
  /** The decision table's reason code, or why the path could not be judged. */
  reason: DecisionReason | PathRefusal;
  /** The reason in one English sentence, for a person or an agent. */
  explanation: string;
  /** The approved tool's name as the policy writes it; null when the tool is not on the list. */
  tool: string | null;
  /** Whether the answer is the tool's own row, a prohibited tool's, or the "other tools" row. */
  toolStatus: 'approved' | 'prohibited' | 'unlisted';
  /** The class that decided: for a path, the first refused class it holds, else its most sensitive one. */
  class: string | null;
  /** Every class the path holds, least sensitive first; for a class query, that class alone. */
  classes: string[];
  /** How the class was found: named in the query, by a glob in `dataClasses[].paths`, or by default. */
  classifiedBy: 'query' | 'paths' | 'default' | null;
  /** The deciding class's written rule, as in the JSON download's `dataClasses[].rule`. */
  classRule: DataClassRule | null;
  /**
   * The deciding class's rule with every hard rule that applies to it: the very object the JSON download
   * gives as `dataClasses[].effectiveRule` and the class table shows, so a gateway reading either agrees.
   */
  effectiveRule: EffectiveRule | null;
  /** The tool's `maxDataClass` (or `unlistedTools.maxDataClass`); null when there is none. */
  ceiling: string | null;
  /** The hard rule that refused the cell, if one did (then it is also the `reason`). */
  hardRule: HardRuleReason | null;
  /** The regulation clauses behind a hard rule (empty for the policy's own rules). */
  sources: DecisionSource[];
}

/** One clause a hard rule rests on, to look up in the policy's regime section. */
export interface DecisionSource {
  regime: RegimeId;
  clause: string;
  /** What the rule demands, in one sentence. */
  duty: string;
}

export class UnknownDataClassError extends Error {
  constructor(
    readonly dataClass: string,
    readonly known: readonly string[],
  ) {
    super(`unknown data class "${dataClass}"; classes: ${known.join(', ')}`);
  }
}

export interface Decider {
  decide(query: DecideQuery): Decision;
  /** The classes a repository path holds, least sensitive first (empty when no glob names it). */
  classesOf(repoPath: string): string[];
}

/**
 * A path relative to the repository root, `/`-separated, with `.` and `..` resolved (the root is ''); null when it leaves
 * the repository (an absolute path or one `..` too many). Backslashes are separators too, so a Windows
 * path cannot slip past a glob.
 */
export function normalizeRepoPath(input: string): string | null {
  const raw = input.replace(/\\/g, '/');
  if (raw.startsWith('/') || /^[A-Za-z]:\//.test(raw)) return null;
  const segments: string[] = [];
  for (const segment of raw.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return null;
      segments.pop();
    } else segments.push(segment);
  }
  // The root itself is '': it holds no class of its own.
  return segments.join('/');
}

/**
 * Sets the table up once. A path that no glob names is answered as the least sensitive class (the first
 * in `dataClasses`): that is what every export already does (the ignore files hide only the globs), and a
 * hook that refused every unlisted file would be turned off. A policy that wants the opposite says so in
 * the config, with `paths: ["*"]` on the class unclassified files belong to.
 */
export function createDecider(config: PolicyConfig): Decider {
  const table = buildDecisionTable(config);
  const classRules = effectiveRules(config);
  const classIds = config.dataClasses.map((dataClass) => dataClass.id);
  const classIndex = new Map(classIds.map((id, index) => [id, index]));
  const tools = new Map(config.tools.map((tool) => [normalizeToolName(tool.name), tool]));
  const prohibited = new Set(
    config.prohibitedTools.map((entry) => normalizeToolName(typeof entry === 'string' ? entry : entry.name)),
  );
  const selected = new Set<RegimeId>(config.compliance);
  const hardRules = new Map(HARD_RULES.map((rule) => [rule.reason, rule]));
  const globs = config.dataClasses.flatMap((dataClass, index) =>
    dataClass.paths.map((pattern) => ({pattern, index})),
  );

  const sourcesOf = (hardRule: HardRuleReason | null): DecisionSource[] => {
    const rule = hardRule === null ? undefined : hardRules.get(hardRule);
    if (!rule?.regime || !selected.has(rule.regime)) return [];
    return rule.clauses.map((clause) => ({
      regime: rule.regime!,
      clause,
      duty: HARD_RULE_EXPLANATIONS[rule.reason],
    }));
  };

  /** The cell for one class, from the tool's row (approved), or the prohibited or unlisted answer. */
  const cell = (
    toolName: string,
    index: number,
  ): Pick<Decision, 'allowed' | 'tool' | 'toolStatus'> & {reason: DecisionReason; ceiling: string | null} => {
    const key = normalizeToolName(toolName);
    const tool = tools.get(key);
    const id = classIds[index]!;
    if (tool) {
      const decision = table.decision(tool.name, id)!;
      return {
        allowed: decision.allowed,
        reason: decision.reason,
        tool: tool.name,
        toolStatus: prohibited.has(key) ? 'prohibited' : 'approved',
        ceiling: tool.maxDataClass ?? null,
      };
    }
    if (prohibited.has(key))
      return {allowed: false, reason: 'tool-prohibited', tool: null, toolStatus: 'prohibited', ceiling: null};
    const decision = table.unlisted[index]!;
    return {
      allowed: decision.allowed,
      reason: decision.reason,
      tool: null,
      toolStatus: 'unlisted',
      ceiling: config.unlistedTools.maxDataClass,
    };
  };

  const answer = (toolName: string, indexes: number[], classifiedBy: Decision['classifiedBy']): Decision => {
    const cells = indexes.map((index) => ({index, ...cell(toolName, index)}));
    // The most sensitive refusal decides; with none, the most sensitive class the tool was allowed.
    const deciding = cells.filter((candidate) => !candidate.allowed).at(-1) ?? cells.at(-1)!;
    const hardRule = isHardRule(deciding.reason) ? deciding.reason : null;
    return {
      allowed: deciding.allowed,
      reason: deciding.reason,
      explanation: REASON_EXPLANATIONS[deciding.reason],
      tool: deciding.tool,
      toolStatus: deciding.toolStatus,
      class: classIds[deciding.index]!,
      classes: indexes.map((index) => classIds[index]!),
      classifiedBy,
      classRule: config.dataClasses[deciding.index]!.rule,
      effectiveRule: classRules[deciding.index]!,
      ceiling: deciding.ceiling,
      hardRule,
      sources: sourcesOf(hardRule),
    };
  };

  const classesOf = (repoPath: string): number[] => {
    const found = new Set<number>();
    for (const {pattern, index} of globs)
      if (!found.has(index) && matchesPath(pattern, repoPath)) found.add(index);
    return [...found].sort((a, b) => a - b);
  };

  return {
    classesOf: (repoPath) => {
      const normalized = normalizeRepoPath(repoPath);
      return normalized === null || normalized === ''
        ? []
        : classesOf(normalized).map((index) => classIds[index]!);
    },
    decide(query) {
      if ('dataClass' in query) {
        const index = classIndex.get(query.dataClass);
        if (index === undefined) throw new UnknownDataClassError(query.dataClass, classIds);
        return answer(query.tool, [index], 'query');
      }
      const repoPath = normalizeRepoPath(query.path);
      if (repoPath === null) {
        const {tool, toolStatus} = cell(query.tool, 0);
        return {
          allowed: false,
          reason: 'outside-repository',
          explanation: REASON_EXPLANATIONS['outside-repository'],
          tool,
          toolStatus,
          class: null,
          classes: [],
          classifiedBy: null,
          classRule: null,
          effectiveRule: null,
          ceiling: null,
          hardRule: null,
          sources: [],
        };
      }
      const indexes = repoPath === '' ? [] : classesOf(repoPath);
      return indexes.length === 0 ? answer(query.tool, [0], 'default') : answer(query.tool, indexes, 'paths');
    },
  };
}

function isHardRule(reason: DecisionReason): reason is HardRuleReason {
  return reason in HARD_RULE_EXPLANATIONS;
}
