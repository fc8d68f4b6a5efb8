// The configs whose length the policy is held to (see docs/policy.md, "Length"): the reference generator's own
// inputs, the smallest valid config, and one that selects every regime with a PHI class and two tools.
export const WORD_COUNT_CONFIGS = [
  {
    name: 'reference (SOC 2 + GDPR)',
    source: `organization: Acme Corp
industry: saas
effectiveDate: 2026-06-15
compliance: [soc2, gdpr]
tools:
  - {name: Claude / Claude Code, agreement: enterprise}
  - {name: ChatGPT / OpenAI API, agreement: enterprise}
  - {name: GitHub Copilot, agreement: enterprise}
`,
  },
  {
    name: 'minimal',
    source: `organization: Acme Corp
effectiveDate: 2026-06-15
tools:
  - {name: GitHub Copilot, agreement: enterprise}
`,
  },
  {
    name: 'all regimes',
    source: `organization: Acme Health
industry: healthcare
effectiveDate: 2026-06-15
owner: Security team
compliance: [soc2, hipaa, gdpr, iso27001, pci-dss, eu-ai-act, iso42001, nist-ai-rmf]
tools:
  - {name: Claude, agreement: [enterprise, baa]}
  - {name: GitHub Copilot, agreement: enterprise}
useCases: {encouraged: [writing tests]}
incidents: {contact: security@acme.example}
dataClasses:
  - {id: public, name: Public data and open-source code, rule: any-approved-tool}
  - {id: internal, name: Internal code and documentation, rule: enterprise-agreement-only, categories: [source-code]}
  - {id: phi, name: Patient records, rule: baa-only, categories: [phi, personal-data]}
  - {id: restricted, name: Credentials and card data, rule: never, categories: [credentials, cardholder-data]}
`,
  },
];
