import type {Agreement, DataClassRule, DecisionReason, IndustryId, Posture} from './model.js';

/** Human labels for the config's enum values. Kept apart from the prose so renderers can reuse them. */

export const AGREEMENT_LABELS: Record<Agreement, string> = {
  none: 'no agreement',
  standard: 'standard terms',
  enterprise: 'an enterprise data agreement with data-processing terms',
  baa: 'a business associate agreement (BAA)',
};

/** A decision as a matrix cell reads it: short, and naming the rule that refused. */
export const DECISION_LABELS: Record<DecisionReason, string> = {
  allowed: 'Allowed',
  'tool-prohibited': 'No: tool is prohibited',
  'class-never': 'No: never in AI tools',
  'agreement-too-weak': 'No: agreement does not cover it',
  'above-tool-ceiling': 'No: above this tool’s limit',
  'unlisted-ceiling': 'No: not for unlisted tools',
  'credentials-never': 'No: credentials never go into AI tools',
  'pci-dss-cardholder-data': 'No: PCI DSS keeps cardholder data out',
  'hipaa-needs-baa': 'No: HIPAA needs a BAA',
  'gdpr-needs-dpa': 'No: GDPR needs a data-processing agreement',
};

/** Each hard rule in one sentence, for the findings that report a tightened class rule. */
export const HARD_RULE_EXPLANATIONS: Record<
  'credentials-never' | 'pci-dss-cardholder-data' | 'hipaa-needs-baa' | 'gdpr-needs-dpa',
  string
> = {
  'credentials-never': 'credentials and secrets never go into an AI tool, in any policy',
  'pci-dss-cardholder-data': 'PCI DSS is selected, and cardholder data never goes into an AI tool',
  'hipaa-needs-baa': 'HIPAA is selected, and PHI goes only into tools covered by a BAA (agreement: baa)',
  'gdpr-needs-dpa':
    'GDPR is selected, and personal data goes only into tools under a data-processing agreement (agreement: enterprise)',
};

/** How often the review happens, as the end of "reviewed ...". */
export const CADENCE_PHRASES = {
  monthly: 'every month',
  quarterly: 'every quarter',
  semiannual: 'every six months',
  annual: 'every year',
} as const;

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
