import type {DataCategory, DataClassConfig, PolicyConfig} from '../config/schema.js';
import {buildDecisionTable, type DecisionTable} from './decisions.js';
import {type Wording, wordingFor} from './wording.js';

/**
 * What every section builder needs, derived once from the config: the voice, and the decision table that
 * answers every "may this data go into this tool?" question. Builders never decide that themselves.
 */
export interface PolicyContext {
  config: PolicyConfig;
  /** The voice of the company's own rules, set by the posture. */
  wording: Wording;
  table: DecisionTable;
  /** Classes carrying a category, e.g. `phi`, in config order. */
  classesWith: (category: DataCategory) => DataClassConfig[];
  /** A class's display name, by id. */
  className: (classId: string) => string;
}

export function createPolicyContext(config: PolicyConfig): PolicyContext {
  const names = new Map(config.dataClasses.map((dataClass) => [dataClass.id, dataClass.name]));
  return {
    config,
    wording: wordingFor(config.posture),
    table: buildDecisionTable(config),
    classesWith: (category) => config.dataClasses.filter((c) => c.categories.includes(category)),
    className: (classId) => names.get(classId) ?? classId,
  };
}
