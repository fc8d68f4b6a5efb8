import type {PolicyConfig, ToolConfig} from '../config/schema.js';
import type {Agreement, DataClassRule, ToolClassDecision} from './model.js';

/** The agreements under which a class rule lets data into a tool. */
const AGREEMENTS_PERMITTED: Record<DataClassRule, readonly Agreement[]> = {
  'any-approved-tool': ['none', 'standard', 'enterprise', 'baa'],
  'enterprise-agreement-only': ['enterprise', 'baa'],
  'baa-only': ['baa'],
  never: [],
};

export function agreementPermits(rule: DataClassRule, agreement: Agreement): boolean {
  return AGREEMENTS_PERMITTED[rule].includes(agreement);
}

/**
 * The tool x class matrix. A tool may receive a class when the class rule accepts the tool's agreement and
 * the class is no more sensitive than the tool's own ceiling (`maxDataClass`). Sensitivity is the order of
 * `dataClasses` in the config: least sensitive first.
 */
export function decideToolClasses(config: PolicyConfig): ToolClassDecision[] {
  const rank = new Map(config.dataClasses.map((dataClass, index) => [dataClass.id, index]));
  const prohibited = new Set(
    config.prohibitedTools.map((entry) => normalizeToolName(typeof entry === 'string' ? entry : entry.name)),
  );
  const decisions: ToolClassDecision[] = [];
  for (const tool of config.tools) {
    const ceiling =
      tool.maxDataClass === undefined ? Number.POSITIVE_INFINITY : (rank.get(tool.maxDataClass) ?? -1);
    for (const [index, dataClass] of config.dataClasses.entries()) {
      decisions.push({
        tool: tool.name,
        dataClass: dataClass.id,
        ...decide(tool, dataClass.rule, index, ceiling, prohibited),
      });
    }
  }
  return decisions;
}

function decide(
  tool: ToolConfig,
  rule: DataClassRule,
  classRank: number,
  ceilingRank: number,
  prohibited: Set<string>,
): Pick<ToolClassDecision, 'allowed' | 'reason'> {
  if (prohibited.has(normalizeToolName(tool.name))) return {allowed: false, reason: 'tool-prohibited'};
  if (rule === 'never') return {allowed: false, reason: 'class-never'};
  if (!agreementPermits(rule, tool.agreement)) return {allowed: false, reason: 'agreement-too-weak'};
  if (classRank > ceilingRank) return {allowed: false, reason: 'above-tool-ceiling'};
  return {allowed: true, reason: 'allowed'};
}

/** Classes an unlisted tool may receive: up to the configured ceiling, and only classes open to any tool. */
export function classesForUnlistedTools(config: PolicyConfig): string[] {
  const ceiling = config.unlistedTools.maxDataClass;
  if (ceiling === null) return [];
  const ceilingRank = config.dataClasses.findIndex((dataClass) => dataClass.id === ceiling);
  return config.dataClasses
    .filter((dataClass, index) => index <= ceilingRank && dataClass.rule === 'any-approved-tool')
    .map((dataClass) => dataClass.id);
}

/** Tool names compare case- and space-insensitively: "GitHub Copilot" and "github  copilot" are one tool. */
export function normalizeToolName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
