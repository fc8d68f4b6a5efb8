import type {PolicyDocument} from '../engine/model.js';

/** Version of the JSON download's shape. Bumped on any change that could break a consumer. */
export const POLICY_JSON_SCHEMA_VERSION = 2;

export interface PolicyJsonOptions {
  /**
   * The policy's version (`policyVersion(config)`: a short hash of the validated config), so a consumer can
   * tell which version it enforces and look it up on the history page; null when the caller has no config.
   */
  version?: string | null;
}

/**
 * The machine-readable policy: what a gateway, a pre-commit hook or a scanner needs to enforce what the
 * page says. Built from the document model only; the keys' order is fixed, so output is byte-stable.
 */
export function toPolicyJson(document: PolicyDocument, {version = null}: PolicyJsonOptions = {}) {
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
    regimes: header.compliance.map((regime) => ({
      id: regime.id,
      label: regime.label,
      clauses: facts.clauses
        .filter((clause) => clause.regime === regime.id)
        .map(({id, citation, status, source, checked}) => ({id, citation, status, source, checked})),
    })),
    sections: document.sections.map(({id, kind, title, summary}) => ({id, kind, title, summary})),
    findings: document.findings,
  };
}

export type PolicyJson = ReturnType<typeof toPolicyJson>;

export function renderPolicyJson(document: PolicyDocument, options: PolicyJsonOptions = {}): string {
  return `${JSON.stringify(toPolicyJson(document, options), null, 2)}\n`;
}
