import type {PolicyConfig} from '../config/schema.js';
import type {PolicyContext} from './context.js';
import {HARD_RULES} from './decisions.js';

type GrantedException = PolicyConfig['exceptions']['granted'][number];

/** What a register row would waive: the class a hard rule keeps closed, and the tools it would open it to. */
export interface Waiver {
  classIndex: number;
  reason: (typeof HARD_RULES)[number]['reason'];
  tools: string[];
}

/**
 * Whether a row of the exceptions register opens a class that a hard rule keeps closed (credentials,
 * cardholder data under PCI DSS, PHI without a BAA, personal data without a processor agreement) to a tool
 * the matrix refuses. A row names a class by id in `dataClasses`, or by the class's name in its own words;
 * it concerns the tools it names, or every approved tool when it names none. `check` reports such a row as
 * an error, and the page leaves it off: no exception can waive a hard rule.
 */
export function waivedHardRule(context: PolicyContext, exception: GrantedException): Waiver | null {
  const {config, table} = context;
  const words = `${exception.who} ${exception.what}`.toLowerCase();
  const selected = new Set<string>(config.compliance);
  for (const [classIndex, dataClass] of config.dataClasses.entries()) {
    const named =
      exception.dataClasses.includes(dataClass.id) || words.includes(dataClass.name.toLowerCase());
    if (!named) continue;
    const governing = HARD_RULES.find(
      (rule) =>
        (rule.regime === null || selected.has(rule.regime)) &&
        rule.categories.some((category) => dataClass.categories.includes(category)),
    );
    if (governing === undefined) continue;
    const candidates = exception.tools.length > 0 ? exception.tools : config.tools.map((tool) => tool.name);
    const tools = candidates.filter((tool) => !table.decision(tool, dataClass.id)?.allowed);
    if (tools.length > 0) return {classIndex, reason: governing.reason, tools};
  }
  return null;
}
