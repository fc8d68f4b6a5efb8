/** Facts about the config's enum values that are not words: the words live in `messages/en/common.yml`. */

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

export const CADENCE_MONTHS = {monthly: 1, quarterly: 3, semiannual: 6, annual: 12} as const;
