import type {DataClassConfig, PolicyConfig, ToolConfig} from '../config/schema.js';
import {decideToolClasses} from './decisions.js';
import type {ToolClassDecision} from './model.js';
import {type Wording, wordingFor} from './wording.js';

/**
 * What every section builder needs, derived once from the config: the voice, and the facts that several
 * sections quote (which tools may take which data).
 */
export interface PolicyContext {
  config: PolicyConfig;
  wording: Wording;
  decisions: ToolClassDecision[];
  /** Tools whose agreement is a HIPAA business associate agreement. */
  toolsWithBaa: ToolConfig[];
  /** Tools covered by an enterprise agreement or a BAA (both carry data-processing terms). */
  toolsWithDataAgreement: ToolConfig[];
  /** Classes in the config's order, least sensitive first. */
  dataClasses: DataClassConfig[];
  /** Classes that may reach at least one approved tool. */
  classesAllowedSomewhere: DataClassConfig[];
  /** The tools allowed to receive a class, by class id. */
  toolsForClass: (classId: string) => ToolConfig[];
  /** Classes carrying a category, e.g. `phi`. */
  classesWith: (category: DataClassConfig['categories'][number]) => DataClassConfig[];
}

export function createPolicyContext(config: PolicyConfig): PolicyContext {
  const decisions = decideToolClasses(config);
  const toolsForClass = (classId: string) =>
    config.tools.filter((tool) =>
      decisions.some((d) => d.tool === tool.name && d.dataClass === classId && d.allowed),
    );
  return {
    config,
    wording: wordingFor(config.posture),
    decisions,
    toolsWithBaa: config.tools.filter((tool) => tool.agreement === 'baa'),
    toolsWithDataAgreement: config.tools.filter(
      (tool) => tool.agreement === 'enterprise' || tool.agreement === 'baa',
    ),
    dataClasses: config.dataClasses,
    classesAllowedSomewhere: config.dataClasses.filter((c) => toolsForClass(c.id).length > 0),
    toolsForClass,
    classesWith: (category) => config.dataClasses.filter((c) => c.categories.includes(category)),
  };
}
