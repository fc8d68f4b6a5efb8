/** A problem `ai-policy check` and the build report about a valid config: the engine finds them, diagnostics/ locates them. */

export type LintSeverity = 'warning' | 'error';

export interface LintFinding {
  code:
    | 'review-overdue'
    | 'exception-expired'
    | 'ceiling-exceeds-agreement'
    | 'phi-without-baa'
    | 'cardholder-data-allowed'
    | 'personal-data-without-agreement'
    | 'class-unreachable'
    | 'unlisted-ceiling-ignored'
    | 'regime-missing-data'
    | 'credentials-allowed'
    | 'baa-is-not-enterprise'
    | 'class-order'
    | 'review-in-future'
    | 'review-before-effective'
    | 'regime-section-disabled'
    | 'owner-unset'
    | 'pci-dss-no-acceptable-uses'
    | 'exception-too-long'
    | 'exception-too-broad'
    | 'exception-waives-hard-rule'
    | 'exception-no-approver'
    | 'exception-expired-before-effective'
    | 'cardholder-data-without-pci-dss'
    | 'education-without-eu-ai-act'
    | 'dpo-conflict-of-interest'
    | 'controlled-data-outside-self-hosted'
    | 'classified-data-allowed'
    | 'duty-weaker-than-source'
    | 'soc2-no-confidentiality'
    | 'url-dropped'
    | 'url-names-file'
    | 'url-external'
    | 'bidi-control-removed'
    | 'control-gap';
  severity: LintSeverity;
  message: string;
  /** Config path the finding is about, e.g. `tools[1].maxDataClass`, so tools can locate it. */
  path: string;
  /** Date-based findings change with the calendar; the rest only change with the config. */
  stale: boolean;
}
