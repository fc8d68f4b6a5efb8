import {REGIME_IDS, type RegimeId} from '../../vocabulary/config-values.js';

/**
 * The control frameworks the crosswalk maps to: one per regime (same id), plus the OWASP Top 10 for LLM
 * Applications, a risk list every policy about LLM tools answers to.
 */
export const FRAMEWORK_IDS = [...REGIME_IDS, 'owasp-llm'] as const;
export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

/**
 * How far one policy item goes toward a control. `implements`: the item does what the control asks, for AI
 * tool use. `supports`: it is evidence toward the control, which asks for more than an AI policy. `partially`:
 * it covers a named part of the control; the record's `checked` says which part is left.
 */
export const CONTROL_RELATIONS = ['implements', 'supports', 'partially'] as const;
export type ControlRelation = (typeof CONTROL_RELATIONS)[number];

/** One control an item maps to: what the JSON download and the OSCAL export carry. */
export interface ControlMapping {
  framework: FrameworkId;
  control: string;
  relation: ControlRelation;
}

/** One reviewed mapping: a policy item (regime clause or organization rule id) to one control id. */
export interface ControlMappingRecord {
  /** A regime clause id (`hipaa.training`) or an organization rule id (`org.code-review`). */
  item: string;
  control: string;
  relation: ControlRelation;
  /** Why this relation: what the item covers of the control, and for `partially` what it leaves out. */
  checked: string;
}

export interface ControlFramework {
  id: FrameworkId;
  /** Its name as auditors say it. */
  label: string;
  /** The edition the ids belong to. */
  edition: string;
  /**
   * The regime whose selection brings the framework into the policy; null for a framework that applies to
   * every policy (the OWASP LLM list).
   */
  regime: RegimeId | null;
  /** Voluntary guidance: a control nothing addresses is not a `control-gap` finding by default. */
  voluntary: boolean;
  /** Where the ids (and their short titles) were checked. */
  source: string;
  /**
   * The `source` of the OSCAL control implementation: the framework's OSCAL catalog where one exists, else
   * the canonical page of the framework (documented in docs/controls.md).
   */
  oscalSource: string;
  /** The control id as the framework's OSCAL catalog writes it (`GOVERN 1.1` becomes `gv-1.1`). */
  oscalControlId?: (id: string) => string;
  /**
   * The controls an AI tool usage policy is expected to address, in the framework's order, with a short
   * title in our own words (ISO and AICPA texts are licensed: ids and short titles only). A control in scope
   * that no item maps to is a gap.
   */
  scope: ReadonlyArray<readonly [id: string, title: string]>;
  mappings: readonly ControlMappingRecord[];
}

export function mapping(
  item: string,
  control: string,
  relation: ControlRelation,
  checked: string,
): ControlMappingRecord {
  return {item, control, relation, checked};
}
