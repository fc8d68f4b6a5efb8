import type {PolicyProvenance} from '../config/provenance.js';
import type {DataCategory, DataClassConfig, PolicyConfig} from '../config/schema.js';
import {buildDecisionTable, type DecisionTable} from './decisions.js';
import {buildDuties, type Duty, type DutyId} from './duties.js';
import {ENGLISH, type MessageCatalog} from './messages.js';
import {type Wording, wordingFor} from './wording.js';

/** Which language the policy is written in: a message catalog and the locale it formats for. */
export interface PolicyLanguage {
  catalog: MessageCatalog;
  locale: string;
}

export const ENGLISH_LANGUAGE: PolicyLanguage = {catalog: ENGLISH, locale: 'en'};

/**
 * What every section builder needs, derived once from the config: the voice, the language, and the
 * decision table that answers every "may this data go into this tool?" question. Builders never decide
 * that themselves.
 */
export interface PolicyContext extends PolicyLanguage {
  config: PolicyConfig;
  /** The voice of the company's own rules, set by the posture. */
  wording: Wording;
  table: DecisionTable;
  /** Classes carrying a category, e.g. `phi`, in config order. */
  classesWith: (category: DataCategory) => DataClassConfig[];
  /** A class's display name, by id. */
  className: (classId: string) => string;
  /** Where tools and classes come from when the policy extends baselines; null when it extends none. */
  provenance: PolicyProvenance | null;
  /** What people must do, each duty with its sources and voice (`duties.ts`); absent duties have no source. */
  duties: ReadonlyMap<DutyId, Duty>;
}

export function createPolicyContext(
  config: PolicyConfig,
  language: PolicyLanguage = ENGLISH_LANGUAGE,
  provenance: PolicyProvenance | null = null,
): PolicyContext {
  const names = new Map(config.dataClasses.map((dataClass) => [dataClass.id, dataClass.name]));
  const context: PolicyContext = {
    ...language,
    config,
    wording: wordingFor(config.posture),
    table: buildDecisionTable(config),
    classesWith: (category) => config.dataClasses.filter((c) => c.categories.includes(category)),
    className: (classId) => names.get(classId) ?? classId,
    provenance,
    duties: new Map(),
  };
  // Duties read the regimes' clauses, whose `appliesTo` reads the decision table: built last.
  context.duties = buildDuties(context);
  return context;
}
