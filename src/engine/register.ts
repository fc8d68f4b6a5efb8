import type {PolicyConfig} from '../config/schema.js';
import type {HardRuleReason} from '../vocabulary/document-nodes.js';
import type {PolicyContext} from './context.js';
import {HARD_RULES} from './decisions.js';

type GrantedException = PolicyConfig['exceptions']['granted'][number];

/** Why no exception can open a class: a hard rule, or the class's own rule "never". */
export type ClosedReason = HardRuleReason | 'class-never';

/** A class no exception can open to a tool the decision table refuses. */
export interface ClosedClass {
  classIndex: number;
  reason: ClosedReason;
}

/**
 * The classes the exceptions sentence names and the register check guards, from one list: each class a
 * selected hard rule governs (credentials, cardholder data under PCI DSS, PHI under HIPAA, personal data
 * under GDPR), and each class whose own rule is "never" (a defense contractor's CUI): a register row that
 * opened one would contradict the class table's "Never".
 */
export function closedClasses(context: PolicyContext): ClosedClass[] {
  const {config} = context;
  const selected = new Set<string>(config.compliance);
  return config.dataClasses.flatMap((dataClass, classIndex): ClosedClass[] => {
    const governing = HARD_RULES.find(
      (rule) =>
        (rule.regime === null || selected.has(rule.regime)) &&
        rule.categories.some((category) => dataClass.categories.includes(category)),
    );
    if (governing) return [{classIndex, reason: governing.reason}];
    return dataClass.rule === 'never' ? [{classIndex, reason: 'class-never'}] : [];
  });
}

/** What a register row would waive: the class no exception can open, and the tools it would open it to. */
export interface Waiver extends ClosedClass {
  tools: string[];
}

/**
 * Whether a row of the exceptions register opens a closed class (`closedClasses`) to a tool the matrix
 * refuses. A row names a class by id in `dataClasses`, or by the class's name in its own words; it concerns
 * the tools it names, or every approved tool when it names none. `check` reports such a row as an error,
 * and the page leaves it off: no exception can waive these rules.
 */
export function waivedHardRule(context: PolicyContext, exception: GrantedException): Waiver | null {
  const {config, table} = context;
  const words = `${exception.who} ${exception.what}`.toLowerCase();
  for (const closed of closedClasses(context)) {
    const dataClass = config.dataClasses[closed.classIndex]!;
    const named =
      exception.dataClasses.includes(dataClass.id) || words.includes(dataClass.name.toLowerCase());
    if (!named) continue;
    const candidates = exception.tools.length > 0 ? exception.tools : config.tools.map((tool) => tool.name);
    const tools = candidates.filter((tool) => !table.decision(tool, dataClass.id)?.allowed);
    if (tools.length > 0) return {...closed, tools};
  }
  return null;
}
