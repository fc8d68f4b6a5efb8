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

/** The config's own reasons (not a hard rule) for a cell of the decision table, as a clause. */
export const DECISION_REASON_EXPLANATIONS: Record<
  | 'allowed'
  | 'class-never'
  | 'agreement-too-weak'
  | 'above-tool-ceiling'
  | 'tool-prohibited'
  | 'unlisted-ceiling',
  string
> = {
  allowed: 'allowed',
  'class-never': 'this class never goes into an AI tool',
  'agreement-too-weak': "the tool's agreement does not cover this class",
  'above-tool-ceiling': "this class is above the tool's data ceiling",
  'tool-prohibited': 'the tool is prohibited',
  'unlisted-ceiling': 'above the ceiling for tools that are not on the list',
};

/** Every answer `decide()` gives, as a clause: the table's reasons, the hard rules, and a path it cannot judge. */
export const REASON_EXPLANATIONS = {
  ...DECISION_REASON_EXPLANATIONS,
  ...HARD_RULE_EXPLANATIONS,
  'outside-repository': 'the path is outside the repository, where the policy cannot say what it holds',
} as const;

export const CADENCE_MONTHS = {monthly: 1, quarterly: 3, semiannual: 6, annual: 12} as const;
