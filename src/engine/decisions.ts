import type {DataCategory, PolicyConfig} from '../config/schema.js';
import {
  AGREEMENTS,
  type Agreement,
  DATA_CLASS_RULES,
  type DataClassRule,
  type RegimeId,
} from '../vocabulary/config-values.js';
import type {DecisionReason, HardRuleReason} from '../vocabulary/document-nodes.js';
import {entryOf} from '../vocabulary/map-entry.js';
import {normalizeToolName} from '../vocabulary/tool-name.js';
import type {ToolClassDecision, UnlistedDecision} from './model.js';

/** The agreements under which a class rule lets data into a tool. */
const AGREEMENTS_PERMITTED: Record<DataClassRule, readonly Agreement[]> = {
  'any-approved-tool': ['none', 'standard', 'enterprise', 'baa', 'self-hosted'],
  // A self-hosted model hands the data to no vendor: it needs no contract with one.
  'enterprise-agreement-only': ['enterprise', 'self-hosted'],
  'baa-only': ['baa', 'self-hosted'],
  never: [],
};

/** True when at least one of the tool's agreements satisfies the class rule. */
export function agreementPermits(rule: DataClassRule, agreements: readonly Agreement[]): boolean {
  return agreements.some((agreement) => AGREEMENTS_PERMITTED[rule].includes(agreement));
}

/** How strict each class rule is, so lint can spot a lenient class ranked above a strict one. */
export const RULE_STRICTNESS: Record<DataClassRule, number> = {
  'any-approved-tool': 0,
  'enterprise-agreement-only': 1,
  'baa-only': 2,
  never: 3,
};

/**
 * The rules no config can loosen. Each refuses a class that carries one of `categories` (when `regime` is
 * selected, or always when it is null) to every tool that lacks the `needs` agreement (or to every tool when
 * `needs` is null).
 */
interface HardRule {
  reason: HardRuleReason;
  regime: RegimeId | null;
  categories: readonly DataCategory[];
  /** The agreement a tool needs, or null when no agreement opens the class. `self-hosted` satisfies any. */
  needs: Agreement | null;
  /** The regime's clauses (ids in `engine/regimes/`) the rule rests on; `decide()` cites them. */
  clauses: readonly string[];
}

/** Whether a tool's agreements meet a hard rule's need (a self-hosted tool needs no vendor contract). */
function meets(need: Agreement, agreements: readonly Agreement[]): boolean {
  return agreements.includes(need) || agreements.includes('self-hosted');
}

export const HARD_RULES: readonly HardRule[] = [
  // The reference's rule: secrets never enter a prompt, in any policy.
  {reason: 'credentials-never', regime: null, categories: ['credentials'], needs: null, clauses: []},
  // PCI DSS: a tool that received cardholder data would join the cardholder data environment.
  {
    reason: 'pci-dss-cardholder-data',
    regime: 'pci-dss',
    categories: ['cardholder-data'],
    needs: null,
    clauses: ['pci.pan'],
  },
  // HIPAA §164.502(e): PHI goes to a business associate only under a BAA.
  {reason: 'hipaa-needs-baa', regime: 'hipaa', categories: ['phi'], needs: 'baa', clauses: ['hipaa.baa']},
  // GDPR Art. 28: a processor acts only under a data-processing agreement; ours is the enterprise one.
  {
    reason: 'gdpr-needs-dpa',
    regime: 'gdpr',
    categories: ['personal-data', 'special-category-data'],
    needs: 'enterprise',
    clauses: ['gdpr.processor'],
  },
];

/**
 * What a class really requires of a tool: its written rule combined with every hard rule that applies to it.
 * A tool may receive the class when `never` is false and it has every agreement in `requires` (or is
 * self-hosted), within its own ceiling and unless it is prohibited: the matrix applies exactly this.
 */
export interface EffectiveRule {
  never: boolean;
  /** Agreements a tool needs all of, in the order of `AGREEMENTS`; empty: any approved tool. */
  requires: Agreement[];
  /** The hard rules that made it stricter than the written rule, in `HARD_RULES` order. */
  tightenedBy: HardRuleReason[];
}

/** The effective rule of each class, in config order. */
export function effectiveRules(config: PolicyConfig): EffectiveRule[] {
  const selected = new Set<RegimeId>(config.compliance);
  const hardRules = HARD_RULES.filter((rule) => rule.regime === null || selected.has(rule.regime));
  return config.dataClasses.map((dataClass) => {
    const written: Agreement[] =
      dataClass.rule === 'enterprise-agreement-only'
        ? ['enterprise']
        : dataClass.rule === 'baa-only'
          ? ['baa']
          : [];
    const applying = hardRules.filter((rule) =>
      rule.categories.some((c) => dataClass.categories.includes(c)),
    );
    const never = dataClass.rule === 'never' || applying.some((rule) => rule.needs === null);
    const needs = new Set<Agreement>(written);
    const tightenedBy: HardRuleReason[] = [];
    for (const rule of applying) {
      if (dataClass.rule === 'never') break;
      if (rule.needs === null || !needs.has(rule.needs)) tightenedBy.push(rule.reason);
      if (rule.needs !== null) needs.add(rule.needs);
    }
    return {
      never,
      requires: never ? [] : AGREEMENTS.filter((agreement) => needs.has(agreement)),
      tightenedBy:
        never && dataClass.rule !== 'never'
          ? tightenedBy.filter((reason) => hardRules.find((r) => r.reason === reason)!.needs === null)
          : tightenedBy,
    };
  });
}

/** A cell that a hard rule refused although the config's own rules allowed it. */
export interface Tightening {
  /** The tool's index in `tools`, or null for tools that are not listed. */
  toolIndex: number | null;
  classIndex: number;
  reason: HardRuleReason;
}

/**
 * The one answer to "may this data go into this tool?". Every sentence, table, export and lint rule reads
 * it; nothing else decides. Built in one pass over tools x classes, with map lookups after that.
 */
export interface DecisionTable {
  /** Tool-major, both in config order. */
  decisions: ToolClassDecision[];
  /** For any tool that is not on the list, per class in config order. */
  unlisted: UnlistedDecision[];
  tightenings: Tightening[];
  decision(tool: string, classId: string): ToolClassDecision | undefined;
  /** Approved tools that may receive the class, in config order. */
  recipients(classId: string): string[];
  /** Whether tools off the list may receive the class. */
  unlistedMayReceive(classId: string): boolean;
  /** Classes the tool may receive, in config order; `null` is any tool not on the list. */
  classesFor(tool: string | null): string[];
}

export function buildDecisionTable(config: PolicyConfig): DecisionTable {
  const selected = new Set<RegimeId>(config.compliance);
  const hardRules = HARD_RULES.filter((rule) => rule.regime === null || selected.has(rule.regime));
  const rank = new Map(config.dataClasses.map((dataClass, index) => [dataClass.id, index]));
  const prohibited = new Set(
    config.prohibitedTools.map((entry) => normalizeToolName(typeof entry === 'string' ? entry : entry.name)),
  );

  // Per class, the hard rules its categories bring (in HARD_RULES order); per cell, the first of them the
  // tool's agreements do not satisfy. Worked out once per class and per tool, not per cell: a large
  // policy has tens of thousands of cells.
  const classHardRules = config.dataClasses.map((dataClass) =>
    hardRules.filter((rule) => rule.categories.some((category) => dataClass.categories.includes(category))),
  );
  const hardRuleFor = (classIndex: number, agreements: readonly Agreement[]) =>
    classHardRules[classIndex]!.find((rule) => rule.needs === null || !meets(rule.needs, agreements));
  const rulesPermitted = (agreements: readonly Agreement[]) =>
    new Set(DATA_CLASS_RULES.filter((rule) => agreementPermits(rule, agreements)));

  const decisions: ToolClassDecision[] = [];
  const tightenings: Tightening[] = [];
  for (const [toolIndex, tool] of config.tools.entries()) {
    const ceiling = tool.maxDataClass === undefined ? Number.POSITIVE_INFINITY : rank.get(tool.maxDataClass)!;
    const isProhibited = prohibited.has(normalizeToolName(tool.name));
    const permitted = rulesPermitted(tool.agreement);
    for (const [classIndex, dataClass] of config.dataClasses.entries()) {
      let reason: DecisionReason = 'allowed';
      if (isProhibited) reason = 'tool-prohibited';
      else if (dataClass.rule === 'never') reason = 'class-never';
      else if (!permitted.has(dataClass.rule)) reason = 'agreement-too-weak';
      else if (classIndex > ceiling) reason = 'above-tool-ceiling';
      else {
        const hard = hardRuleFor(classIndex, tool.agreement);
        if (hard) {
          reason = hard.reason;
          tightenings.push({toolIndex, classIndex, reason: hard.reason});
        }
      }
      decisions.push({tool: tool.name, dataClass: dataClass.id, allowed: reason === 'allowed', reason});
    }
  }

  const unlistedCeiling =
    config.unlistedTools.maxDataClass === null ? -1 : rank.get(config.unlistedTools.maxDataClass)!;
  const unlisted: UnlistedDecision[] = config.dataClasses.map((dataClass, classIndex) => {
    let reason: DecisionReason = 'allowed';
    if (classIndex > unlistedCeiling) reason = 'unlisted-ceiling';
    else if (dataClass.rule === 'never') reason = 'class-never';
    // An unlisted tool has no agreement with us, so only classes open to any tool can reach it.
    else if (!agreementPermits(dataClass.rule, ['none'])) reason = 'agreement-too-weak';
    else {
      const hard = hardRuleFor(classIndex, ['none']);
      if (hard) {
        reason = hard.reason;
        tightenings.push({toolIndex: null, classIndex, reason: hard.reason});
      }
    }
    return {dataClass: dataClass.id, allowed: reason === 'allowed', reason};
  });

  const byCell = new Map<string, Map<string, ToolClassDecision>>();
  for (const decision of decisions) {
    entryOf(byCell, decision.tool, () => new Map<string, ToolClassDecision>()).set(
      decision.dataClass,
      decision,
    );
  }
  const recipients = new Map<string, string[]>(config.dataClasses.map((dataClass) => [dataClass.id, []]));
  const classesByTool = new Map<string, string[]>(config.tools.map((tool) => [tool.name, []]));
  for (const decision of decisions) {
    if (!decision.allowed) continue;
    recipients.get(decision.dataClass)!.push(decision.tool);
    classesByTool.get(decision.tool)!.push(decision.dataClass);
  }
  const unlistedAllowed = new Set(unlisted.filter((cell) => cell.allowed).map((cell) => cell.dataClass));

  return {
    decisions,
    unlisted,
    tightenings,
    decision: (tool, classId) => byCell.get(tool)?.get(classId),
    recipients: (classId) => [...(recipients.get(classId) ?? [])],
    unlistedMayReceive: (classId) => unlistedAllowed.has(classId),
    classesFor: (tool) =>
      tool === null
        ? config.dataClasses.filter((c) => unlistedAllowed.has(c.id)).map((c) => c.id)
        : [...(classesByTool.get(tool) ?? [])],
  };
}
