/**
 * The policy document model: the one structure every renderer reads (React theme, mdast, markdown, JSON).
 * It is plain JSON (no functions, no class instances) so the Docusaurus plugin can hand it to the browser
 * through `createData` unchanged.
 *
 * Text from the config lives only in `text` and `code` inlines and in link labels, never as markup, so each
 * renderer escapes it for its own output.
 */

export type Inline =
  | {type: 'text'; value: string}
  | {type: 'strong'; children: Inline[]}
  | {type: 'emphasis'; children: Inline[]}
  | {type: 'code'; value: string}
  /**
   * From the config, `url` has passed `decideLink` (`config-links.ts`): a same-site path or fragment, mailto,
   * or a host in `links.externalHosts`. The engine's own links (a regulation's official text) are fixed in code.
   */
  | {type: 'link'; url: string; children: Inline[]}
  /** Where an obligation comes from, e.g. "GDPR Art. 28(1)–(3)". Rendered after the sentence it backs. */
  | {type: 'citation'; value: string; url?: string}
  /**
   * Words that state who may receive which data. `claim` is what the words assert, read from the decision
   * table when the sentence was built, so tests can prove that no sentence decides on its own.
   */
  | {type: 'claim'; claim: Claim; children: Inline[]}
  /** One cell of the tool x class matrix: a structured status that each renderer labels itself. */
  | {
      type: 'decision';
      tool: string | null;
      dataClass: string;
      allowed: boolean;
      reason: DecisionReason;
      /** "Allowed", "No: HIPAA needs a BAA": the words; `allowed` is what a theme styles by. */
      label: string;
    };

/**
 * What a sentence says about the decision table. Each claim is exhaustive: `tools` are exactly the approved
 * tools that may receive the class (and `unlisted` says whether tools off the list may too); `classes` are
 * exactly the classes a tool may receive (`tool: null` is any tool not on the list).
 */
export type Claim =
  | {kind: 'class-recipients'; dataClass: string; tools: string[]; unlisted: boolean}
  | {kind: 'tool-classes'; tool: string | null; classes: string[]};

export interface TableColumn {
  label: string;
  align?: 'left' | 'center' | 'right';
}

export type Block =
  | {type: 'paragraph'; children: Inline[]}
  | {type: 'list'; ordered: boolean; items: Block[][]}
  /** A heading inside a section; `depth` is relative: 1 is the first level below the section title. */
  | {type: 'heading'; depth: 1 | 2 | 3 | 4; children: Inline[]}
  | {
      type: 'table';
      /** Lets a theme pick a dedicated component (the data-classification table, the tool x class matrix). */
      role: 'data-classes' | 'tool-matrix' | 'generic';
      caption: string;
      columns: TableColumn[];
      /** The first cell of each row labels the row (rendered as a row header). */
      rows: Inline[][][];
    }
  /** `label` is the note's lead-in ("Note:", "Caution:") for renderers without admonitions, in the policy's language. */
  | {type: 'note'; tone: 'info' | 'warning'; label: string; children: Block[]}
  | {type: 'code'; lang: string | null; value: string}
  | {type: 'blockquote'; children: Block[]}
  | {type: 'thematicBreak'};

export type BuiltinSectionId =
  | 'purpose-and-scope'
  | 'approved-tools'
  | 'data-classification'
  | 'code-review'
  | 'budgets'
  | 'enforcement'
  | 'incidents-and-exceptions';

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
  'education',
  'retail',
  'manufacturing',
  'other',
] as const;
export type IndustryId = (typeof INDUSTRY_IDS)[number];

export const POSTURES = ['advisory', 'mandatory'] as const;
export type Posture = (typeof POSTURES)[number];

export const AGREEMENTS = ['none', 'standard', 'enterprise', 'baa'] as const;
export type Agreement = (typeof AGREEMENTS)[number];

export const REVIEW_CADENCES = ['monthly', 'quarterly', 'semiannual', 'annual'] as const;
export type ReviewCadence = (typeof REVIEW_CADENCES)[number];

/** When required training must be done: before access is granted, or before the first use. */
export const TRAINING_MOMENTS = ['access', 'first-use'] as const;

/** The period a tool budget is set for. */
export const BUDGET_PERIODS = ['monthly', 'quarterly', 'annual'] as const;

export const DATA_CLASS_RULES = [
  'any-approved-tool',
  'enterprise-agreement-only',
  'baa-only',
  'never',
] as const;
export type DataClassRule = (typeof DATA_CLASS_RULES)[number];

/** AI clients whose own files `ai-policy export` writes (`tools[].client`). */
export const AI_CLIENTS = [
  'cursor',
  'github-copilot',
  'gemini-code-assist',
  'jetbrains-ai',
  'windsurf',
  'claude-code',
] as const;
export type AiClient = (typeof AI_CLIENTS)[number];

export interface PolicySection {
  /** Stable kebab-case id: the anchor on the full page, the section page's slug, the directive's `section`. */
  id: string;
  kind: 'builtin' | 'regime' | 'custom';
  title: string;
  /** One plain sentence, used as the section page's meta description. */
  summary: string;
  blocks: Block[];
}

/** A cited obligation, kept so readers (and auditors) can check where each regime sentence comes from. */
export interface ClauseReference {
  id: string;
  regime: RegimeId;
  citation: string;
  status: 'verified' | 'partially' | 'reported';
  source: string;
  /** What was checked against the source, including the scope words the sentence keeps. */
  checked: string;
}

/**
 * Why a cell of the decision table says what it says. The config's own rules come first (prohibition, class
 * rule, agreement, ceiling); the hard rules (`credentials-never` and the regimes' rules) refuse what the
 * config would otherwise allow, and `ai-policy check` reports each such tightening.
 */
export const DECISION_REASONS = [
  'allowed',
  'tool-prohibited',
  'class-never',
  'agreement-too-weak',
  'above-tool-ceiling',
  'unlisted-ceiling',
  'credentials-never',
  'pci-dss-cardholder-data',
  'hipaa-needs-baa',
  'gdpr-needs-dpa',
] as const;
export type DecisionReason = (typeof DECISION_REASONS)[number];
/** The reasons that come from a hard rule rather than from the config's own class rules. */
export type HardRuleReason = Extract<
  DecisionReason,
  'credentials-never' | 'pci-dss-cardholder-data' | 'hipaa-needs-baa' | 'gdpr-needs-dpa'
>;

/** Whether one tool may receive one data class, and why: the cell of the tool x class matrix. */
export interface ToolClassDecision {
  tool: string;
  dataClass: string;
  allowed: boolean;
  reason: DecisionReason;
}

/** Whether a tool that is not on the approved list may receive a data class, and why. */
export interface UnlistedDecision {
  dataClass: string;
  allowed: boolean;
  reason: DecisionReason;
}

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
    | 'soc2-no-confidentiality'
    | 'url-dropped'
    | 'url-external'
    | 'bidi-control-removed';
  severity: LintSeverity;
  message: string;
  /** Config path the finding is about, e.g. `tools[1].maxDataClass`, so tools can locate it. */
  path: string;
  /** Date-based findings change with the calendar; the rest only change with the config. */
  stale: boolean;
}

/** One labelled field of the policy header, in the policy's language. */
export interface HeaderField {
  /** Stable key, for themes that style fields differently. */
  key:
    | 'organization'
    | 'industry'
    | 'effectiveDate'
    | 'posture'
    | 'compliance'
    | 'owner'
    | 'lastReviewed'
    | 'nextReview';
  label: string;
  value: string;
}

export interface PolicyHeader {
  /** The header as labelled fields, in reading order; fields the config leaves empty are omitted. */
  fields: HeaderField[];
  organization: string;
  industry: {id: IndustryId; label: string};
  effectiveDate: string;
  posture: {id: Posture; label: string; statement: string};
  compliance: Array<{id: RegimeId; label: string}>;
  owner: string | null;
  review: {cadence: ReviewCadence; lastReviewed: string | null; nextDue: string | null};
}

export interface PolicyToolFacts {
  name: string;
  vendor: string | null;
  /** Every agreement that covers the tool, in the order of `AGREEMENTS` (e.g. `["enterprise", "baa"]`). */
  agreements: Agreement[];
  maxDataClass: string | null;
  conditions: string | null;
  /** Which AI client the tool is, so exports know which file applies to it. */
  client: AiClient | null;
  /** Model ids a gateway serves for this tool. */
  models: string[];
}

export interface PolicyDataClassFacts {
  id: string;
  name: string;
  rule: DataClassRule;
  examples: string[];
  categories: string[];
  /** Repository globs (gitignore syntax) that hold this class. */
  paths: string[];
}

/** The machine-readable facts behind the prose: what gateways, scanners and the JSON download need. */
export interface PolicyFacts {
  tools: PolicyToolFacts[];
  dataClasses: PolicyDataClassFacts[];
  decisions: ToolClassDecision[];
  prohibitedTools: Array<{name: string; reason: string | null}>;
  unlistedTools: {maxDataClass: string | null; decisions: UnlistedDecision[]};
  training: {required: boolean; before: 'access' | 'first-use' | null; refresh: string | null};
  exceptions: {
    approver: string;
    granted: Array<{who: string; what: string; expires: string; approvedBy: string | null}>;
  };
  incidents: {contact: string | null; channel: string | null};
  budgets: {owner: string; period: string; anomalyResponse: string} | null;
  toolReview: {turnaround: string; contact: string | null};
  /** The commit trailer template, e.g. `Assisted-by: <tool>`, for the commit-message hook. */
  disclosure: {commitTrailer: string | null};
  clauses: ClauseReference[];
}

export interface PolicyDocument {
  schemaVersion: 1;
  title: string;
  header: PolicyHeader;
  sections: PolicySection[];
  /** Closing blocks: the legal-review disclaimer. */
  footer: Block[];
  facts: PolicyFacts;
  /** Findings that depend on the config alone; date-based ones come from `lintPolicy(document, {today})`. */
  findings: LintFinding[];
}
