import type {RegimeId} from '../../vocabulary/config-values.js';
import {euAiActControls} from './eu-ai-act.js';
import {
  type ControlFramework,
  type ControlMapping,
  type ControlMappingRecord,
  FRAMEWORK_IDS,
  type FrameworkId,
} from './framework.js';
import {gdprControls} from './gdpr.js';
import {hipaaControls} from './hipaa.js';
import {iso27001Controls} from './iso27001.js';
import {iso42001Controls} from './iso42001.js';
import {nistAiRmfControls} from './nist-ai-rmf.js';
import {owaspLlmControls} from './owasp-llm.js';
import {pciDssControls} from './pci-dss.js';
import {soc2Controls} from './soc2.js';

export type {
  ControlFramework,
  ControlMapping,
  ControlMappingRecord,
  ControlRelation,
  FrameworkId,
} from './framework.js';
export {CONTROL_RELATIONS, FRAMEWORK_IDS} from './framework.js';
export {ORGANIZATION_RULES, type OrganizationRule} from './org-rules.js';

/** Every framework the crosswalk knows, in the order of `FRAMEWORK_IDS`. */
export const CONTROL_FRAMEWORKS: Readonly<Record<FrameworkId, ControlFramework>> = Object.freeze({
  soc2: soc2Controls,
  hipaa: hipaaControls,
  gdpr: gdprControls,
  iso27001: iso27001Controls,
  'pci-dss': pciDssControls,
  'eu-ai-act': euAiActControls,
  iso42001: iso42001Controls,
  'nist-ai-rmf': nistAiRmfControls,
  'owasp-llm': owaspLlmControls,
});

/** The frameworks a policy answers to: those of its selected regimes, and the ones that need no regime. */
export function selectedFrameworks(compliance: readonly RegimeId[]): ControlFramework[] {
  return FRAMEWORK_IDS.map((id) => CONTROL_FRAMEWORKS[id]).filter(
    (framework) => framework.regime === null || compliance.includes(framework.regime),
  );
}

// One index over every mapping file, keyed by item id; built once, since the data never changes.
const BY_ITEM = new Map<string, ControlMapping[]>();
for (const id of FRAMEWORK_IDS) {
  for (const record of CONTROL_FRAMEWORKS[id].mappings) {
    const list = BY_ITEM.get(record.item) ?? [];
    list.push({framework: id, control: record.control, relation: record.relation});
    BY_ITEM.set(record.item, list);
  }
}

/**
 * The controls one policy item (a regime clause id or an organization rule id) maps to, in framework order,
 * limited to `frameworks` when given. The engine asks this and nothing else of the mapping files, so they
 * can be re-keyed (onto duties, say) without touching it.
 */
export function controlsFor(item: string, frameworks?: readonly FrameworkId[]): ControlMapping[] {
  const all = BY_ITEM.get(item) ?? [];
  return frameworks === undefined ? [...all] : all.filter((entry) => frameworks.includes(entry.framework));
}

/** The reviewed record behind one mapping, for what was checked. */
export function mappingRecord(
  framework: FrameworkId,
  item: string,
  control: string,
): ControlMappingRecord | undefined {
  return CONTROL_FRAMEWORKS[framework].mappings.find(
    (record) => record.item === item && record.control === control,
  );
}

/** A control id as the framework's OSCAL catalog (or, without one, our documented form) writes it. */
export function oscalControlId(framework: FrameworkId, control: string): string {
  const toOscal = CONTROL_FRAMEWORKS[framework].oscalControlId;
  return toOscal ? toOscal(control) : control.toLowerCase();
}
