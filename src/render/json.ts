import type {
  ClauseReference,
  OrganizationRuleReference,
  PolicyDocument,
  PolicyFacts,
  PolicyHeader,
  PolicySection,
  SectorClauseReference,
} from '../engine/model.js';
import type {IndustryId, Posture, RegimeId} from '../vocabulary/config-values.js';
import type {LintFinding} from '../vocabulary/lint-finding.js';

/**
 * Version of the JSON download's shape. Bumped on any change that could break a consumer. 3: `extends` and
 * `from`; 4: the duties, `dataClasses[].effectiveRule`, and `caveat` and `duty` on each clause; the
 * `self-hosted` agreement; 5: `controls` on each clause and duty, and `organizationRules`; 6: `sectorClauses`.
 */
export const POLICY_JSON_SCHEMA_VERSION = 6;

export interface PolicyJsonOptions {
  /**
   * The policy's version (`policyVersion(config)`: a short hash of the validated config), so a consumer can
   * tell which version it enforces and look it up on the history page; null when the caller has no config.
   */
  version?: string | null;
}

/**
 * The contract of `<routeBasePath>.json` and `ai-policy render --format json`: what a gateway, a pre-commit
 * hook or a scanner reads to enforce what the page says. Machine fields (ids, reasons, decisions) are the
 * same in every locale; `schemaVersion` changes whenever a consumer could break.
 */
export interface PolicyJson {
  schemaVersion: typeof POLICY_JSON_SCHEMA_VERSION;
  generator: 'docusaurus-plugin-ai-policy';
  /** `policyVersion(config)`: a short hash of the validated config, shown on the page and the history page. */
  version: string | null;
  title: string;
  organization: string;
  industry: IndustryId;
  effectiveDate: string;
  posture: Posture;
  owner: string | null;
  review: PolicyHeader['review'];
  compliance: RegimeId[];
  tools: PolicyFacts['tools'];
  dataClasses: PolicyFacts['dataClasses'];
  /** One entry per approved tool and data class: the matrix, with the reason for each answer. */
  decisions: PolicyFacts['decisions'];
  prohibitedTools: PolicyFacts['prohibitedTools'];
  unlistedTools: PolicyFacts['unlistedTools'];
  training: PolicyFacts['training'];
  toolReview: PolicyFacts['toolReview'];
  budgets: PolicyFacts['budgets'];
  exceptions: PolicyFacts['exceptions'];
  incidents: PolicyFacts['incidents'];
  /** What people must do: each duty once, with every source that imposes it and the voice that follows. */
  duties: PolicyFacts['duties'];
  /**
   * Each clause with how it was verified; `caveat` is counsel's note, kept off the policy text. `controls`:
   * the control ids of the policy's frameworks it addresses, with the relation (`implements` | `supports` |
   * `partially`). Added in schemaVersion 5.
   */
  regimes: Array<{id: RegimeId; label: string; clauses: Array<Omit<ClauseReference, 'regime'>>}>;
  /**
   * The law and contract clauses a class's categories bring whatever the regimes (`cui`: DFARS 252.204-7012(c);
   * `export-controlled`: ITAR §120.50 and EAR §734.13; `classified`: NISPOM, 32 CFR Part 117), each with how
   * far it was verified like a regime's clause, its `nature`, the `section` that states it, the `categories`
   * that bring it and the `dataClasses` (ids) that hold one of them. Empty when no class holds one. Added in
   * schemaVersion 6.
   */
  sectorClauses: SectorClauseReference[];
  /**
   * The policy's own rules (approved tools, data classification, code review, budgets, incidents,
   * exceptions, review) with the section that states each and its `controls`. Added in schemaVersion 5.
   */
  organizationRules: OrganizationRuleReference[];
  sections: Array<Pick<PolicySection, 'id' | 'kind' | 'title' | 'summary'>>;
  findings: LintFinding[];
  /**
   * The baselines this policy extends (`extends` in its file), the most basic first; empty when none.
   * `tools[].from` and `dataClasses[].from` name the baseline that set each one (null: the site's own file).
   * Added in schema version 3.
   */
  extends: PolicyHeader['baselines'];
}

/** Built from the document model only; the keys' order is fixed, so output is byte-stable. */
export function toPolicyJson(document: PolicyDocument, {version = null}: PolicyJsonOptions = {}): PolicyJson {
  const {header, facts} = document;
  return {
    schemaVersion: POLICY_JSON_SCHEMA_VERSION,
    generator: 'docusaurus-plugin-ai-policy',
    version,
    title: document.title,
    organization: header.organization,
    industry: header.industry.id,
    effectiveDate: header.effectiveDate,
    posture: header.posture.id,
    owner: header.owner,
    review: header.review,
    compliance: header.compliance.map((regime) => regime.id),
    tools: facts.tools,
    dataClasses: facts.dataClasses,
    decisions: facts.decisions,
    prohibitedTools: facts.prohibitedTools,
    unlistedTools: facts.unlistedTools,
    training: facts.training,
    toolReview: facts.toolReview,
    budgets: facts.budgets,
    exceptions: facts.exceptions,
    incidents: facts.incidents,
    duties: facts.duties,
    regimes: header.compliance.map((regime) => ({
      id: regime.id,
      label: regime.label,
      clauses: facts.clauses
        .filter((clause) => clause.regime === regime.id)
        .map(({id, citation, status, source, checked, caveat, duty, controls}) => ({
          id,
          citation,
          status,
          source,
          checked,
          caveat,
          duty,
          controls,
        })),
    })),
    sectorClauses: facts.sectorClauses.map(
      ({id, citation, nature, status, source, checked, section, categories, dataClasses}) => ({
        id,
        citation,
        nature,
        status,
        source,
        checked,
        section,
        categories,
        dataClasses,
      }),
    ),
    organizationRules: facts.organizationRules,
    sections: document.sections.map(({id, kind, title, summary}) => ({id, kind, title, summary})),
    findings: document.findings,
    extends: header.baselines,
  };
}

export function renderPolicyJson(document: PolicyDocument, options: PolicyJsonOptions = {}): string {
  return `${JSON.stringify(toPolicyJson(document, options), null, 2)}\n`;
}
