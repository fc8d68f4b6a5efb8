import type {Agreement, DataClassRule, IndustryId, Posture} from './model.js';

/** Human labels for the config's enum values. Kept apart from the prose so renderers can reuse them. */

export const AGREEMENT_LABELS: Record<Agreement, string> = {
  none: 'no agreement',
  standard: 'standard terms',
  enterprise: 'an enterprise data agreement',
  baa: 'a business associate agreement (BAA)',
};

export const RULE_LABELS: Record<DataClassRule, string> = {
  'any-approved-tool': 'Any approved tool',
  'enterprise-agreement-only': 'Approved tools with an enterprise data agreement only',
  'baa-only': 'Approved tools covered by a BAA only',
  never: 'Never, in any AI tool',
};

export const POSTURE_LABELS: Record<Posture, string> = {
  advisory: 'Advisory',
  mandatory: 'Mandatory',
};

export const POSTURE_STATEMENTS: Record<Posture, string> = {
  advisory: 'This policy is guidance: it describes expected practice and the reasons for it.',
  mandatory: 'Following this policy is a condition of access to company systems and code.',
};

export const INDUSTRY_LABELS: Record<IndustryId, string> = {
  saas: 'Software / SaaS',
  healthcare: 'Healthcare',
  'financial-services': 'Financial services',
  government: 'Government / public sector',
  education: 'Education',
  retail: 'Retail / e-commerce',
  manufacturing: 'Manufacturing',
  other: 'Other',
};

export const CADENCE_MONTHS = {monthly: 1, quarterly: 3, semiannual: 6, annual: 12} as const;
