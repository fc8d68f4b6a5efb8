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
  | {type: 'citation'; value: string};

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
  | {type: 'note'; tone: 'info' | 'warning'; children: Block[]}
  | {type: 'code'; lang: string | null; value: string}
  | {type: 'blockquote'; children: Block[]}
  | {type: 'thematicBreak'};

export type BuiltinSectionId =
  | 'purpose-and-scope'
  | 'approved-tools'
  | 'data-classification'
  | 'code-review'
  | 'budgets'
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

export const DATA_CLASS_RULES = [
  'any-approved-tool',
  'enterprise-agreement-only',
  'baa-only',
  'never',
] as const;
export type DataClassRule = (typeof DATA_CLASS_RULES)[number];

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
}

/** Whether one tool may receive one data class, and why: the cell of the tool x class matrix. */
export interface ToolClassDecision {
  tool: string;
  dataClass: string;
  allowed: boolean;
  reason:
    | 'allowed'
    | 'class-never'
    | 'agreement-too-weak'
    | 'above-tool-ceiling'
    | 'tool-prohibited'
    | 'unlisted-ceiling';
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

export interface PolicyHeader {
  organization: string;
  industry: {id: IndustryId; label: string};
  effectiveDate: string;
  posture: {id: Posture; label: string; statement: string};
  compliance: Array<{id: RegimeId; label: string}>;
  owner: string | null;
  review: {cadence: string; lastReviewed: string | null; nextDue: string | null};
}

export interface PolicyToolFacts {
  name: string;
  vendor: string | null;
  agreement: Agreement;
  maxDataClass: string | null;
  conditions: string | null;
}

export interface PolicyDataClassFacts {
  id: string;
  name: string;
  rule: DataClassRule;
  examples: string[];
  categories: string[];
}

/** The machine-readable facts behind the prose: what gateways, scanners and the JSON download need. */
export interface PolicyFacts {
  tools: PolicyToolFacts[];
  dataClasses: PolicyDataClassFacts[];
  decisions: ToolClassDecision[];
  prohibitedTools: Array<{name: string; reason: string | null}>;
  unlistedTools: {maxDataClass: string | null};
  training: {required: boolean; before: 'access' | 'first-use' | null; refresh: string | null};
  exceptions: {
    approver: string;
    granted: Array<{who: string; what: string; expires: string; approvedBy: string | null}>;
  };
  incidents: {contact: string | null; channel: string | null};
  budgets: {owner: string; period: string; anomalyResponse: string} | null;
  toolReview: {turnaround: string; contact: string | null};
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
