/** The closed sets of values a config may use: config and engine both read them, so they live below both. */

export const REGIME_IDS = [
  'soc2',
  'hipaa',
  'gdpr',
  'iso27001',
  'pci-dss',
  'eu-ai-act',
  'iso42001',
  'nist-ai-rmf',
] as const;
export type RegimeId = (typeof REGIME_IDS)[number];

export const INDUSTRY_IDS = [
  'saas',
  'healthcare',
  'financial-services',
  'government',
  'defense',
  'education',
  'retail',
  'manufacturing',
  'other',
] as const;
export type IndustryId = (typeof INDUSTRY_IDS)[number];

export const POSTURES = ['advisory', 'mandatory'] as const;
export type Posture = (typeof POSTURES)[number];

/**
 * `self-hosted`: the model runs on infrastructure the organization controls and no AI vendor receives the
 * data, so it satisfies every agreement rule (enterprise, BAA, a GDPR processor agreement); it never opens a
 * class that is never allowed (credentials, cardholder data under PCI DSS, a class ruled `never`).
 */
export const AGREEMENTS = ['none', 'standard', 'enterprise', 'baa', 'self-hosted'] as const;
export type Agreement = (typeof AGREEMENTS)[number];

export const REVIEW_CADENCES = ['monthly', 'quarterly', 'semiannual', 'annual'] as const;
export type ReviewCadence = (typeof REVIEW_CADENCES)[number];

export const DATA_CLASS_RULES = [
  'any-approved-tool',
  'enterprise-agreement-only',
  'baa-only',
  'never',
] as const;
export type DataClassRule = (typeof DATA_CLASS_RULES)[number];

/** When required training must be done: before access is granted, or before the first use. */
export const TRAINING_MOMENTS = ['access', 'first-use'] as const;

/** The period a tool budget is set for. */
export const BUDGET_PERIODS = ['monthly', 'quarterly', 'annual'] as const;

/** AI clients whose own files `ai-policy export` writes (`tools[].client`). */
export const AI_CLIENTS = [
  'cursor',
  'github-copilot',
  'gemini-code-assist',
  'jetbrains-ai',
  'windsurf',
  'claude-code',
  'cline',
  'aider',
] as const;
export type AiClient = (typeof AI_CLIENTS)[number];

/** What a data class contains, so lint can relate classes to regimes (PHI to HIPAA, card data to PCI DSS). */
export const DATA_CATEGORIES = [
  'personal-data',
  'special-category-data',
  'phi',
  'cardholder-data',
  'credentials',
  'source-code',
  'customer-data',
  'confidential',
  // A US defense contractor's controlled data: each brings the duties of `engine/sector-clauses.ts`.
  'cui',
  'export-controlled',
  'classified',
] as const;
