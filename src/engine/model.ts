import type {BaselineInfo} from '../config/provenance.js';
/**
 * The policy document: sections of blocks (`vocabulary/document-nodes.ts`), the header, and the facts behind
 * the prose. Plain JSON, like its blocks, so it reaches the browser through `createData` unchanged.
 */
import type {
  Agreement,
  AiClient,
  DataClassRule,
  IndustryId,
  Posture,
  RegimeId,
  ReviewCadence,
} from '../vocabulary/config-values.js';
import type {Block, DecisionReason} from '../vocabulary/document-nodes.js';
import type {LintFinding} from '../vocabulary/lint-finding.js';
import type {ControlMapping, ControlRelation, FrameworkId} from './controls/framework.js';
import type {EffectiveRule} from './decisions.js';
import type {Duty, DutyId} from './duties.js';

export type {ControlMapping, ControlRelation, FrameworkId};

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
  /** The controls of the policy's frameworks this clause addresses (`controlsFor(id)`). */
  controls: ControlMapping[];
  /** A note for counsel (a secondary copy, a reported change), kept off the policy text. */
  caveat: string | null;
  /** The shared duty the clause imposes, said once in that duty's section; null when its regime says it. */
  duty: DutyId | null;
}

/**
 * One of the policy's own rules that controls map to (approved tools, data classification, code review,
 * budgets, incidents, exceptions, review cadence), present when its section is.
 */
export interface OrganizationRuleReference {
  id: string;
  /** The section that states it. */
  section: string;
  controls: ControlMapping[];
}

/** A clause or organization rule as the crosswalk lists it under a control. */
export interface CrosswalkItem {
  id: string;
  kind: 'clause' | 'rule';
  /** The section that states it; null when that section is disabled. */
  section: string | null;
  /** The clause's citation in its own regime; null for a rule. */
  citation: string | null;
  relation: ControlRelation;
  /** The item's sentence, as the policy says it. */
  statement: string;
}

/** One framework of the crosswalk: each control the policy addresses, and the ones in scope it does not. */
export interface CrosswalkFramework {
  id: FrameworkId;
  label: string;
  edition: string;
  /** Voluntary guidance: its gaps are not `control-gap` findings unless asked for. */
  voluntary: boolean;
  /** Where the ids were checked. */
  source: string;
  /** The OSCAL control implementation's `source`: the framework's catalog or canonical page. */
  oscalSource: string;
  controls: Array<{id: string; title: string; oscalId: string; addressedBy: CrosswalkItem[]}>;
  /**
   * Controls in the framework's scope for an AI usage policy that nothing in this policy addresses, with the
   * disabled sections whose rules would have (empty when no rule of the package addresses the control).
   */
  gaps: Array<{id: string; title: string; disabledSections: string[]}>;
}

/** A duty as the JSON download gives it: what binds whom, on which sources, in which voice, where. */
export interface DutyFacts {
  id: DutyId;
  binds: Duty['binds'];
  voice: Duty['voice'];
  section: string | null;
  sources: Duty['sources'];
  /**
   * The controls of the policy's frameworks its regime sources address: each clause's `controls`, each
   * control once (`implements` when any clause implements it).
   */
  controls: ControlMapping[];
}

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

/**
 * One labelled field of the policy header, in the policy's language: its dates are written as that
 * language writes them ("15 June 2026", « 15 juin 2026 »), while `PolicyHeader`'s own fields keep ISO.
 */
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
    | 'nextReview'
    | 'baseline';
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
  /** The baselines the policy extends, the most basic first; empty when it extends none. */
  baselines: BaselineInfo[];
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
  /** The baseline (`extends`) that approved the tool; null when the site's own file did. */
  from: string | null;
}

export interface PolicyDataClassFacts {
  id: string;
  name: string;
  rule: DataClassRule;
  examples: string[];
  categories: string[];
  /** Repository paths that hold this class, in the path language of `vocabulary/path-pattern.ts`. */
  paths: string[];
  /** `rule` combined with every hard rule that applies: what the matrix applies, for DLP rules and gateways. */
  effectiveRule: EffectiveRule;
  /** The baseline (`extends`) that defined the class; null when the site's own file did. */
  from: string | null;
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
    /**
     * Every row of the register; `expired`: it ended before the policy took effect, so the page leaves it
     * off (a row that ends later is shown with its expiry date, and `lintPolicy` flags it once it passes).
     */
    granted: Array<{
      who: string;
      what: string;
      expires: string;
      approvedBy: string | null;
      dataClasses: string[];
      tools: string[];
      expired: boolean;
    }>;
  };
  incidents: {contact: string | null; channel: string | null};
  budgets: {owner: string; period: string; anomalyResponse: string} | null;
  toolReview: {turnaround: string; contact: string | null};
  /** The commit trailer template, e.g. `Assisted-by: <tool>`, for the commit-message hook. */
  disclosure: {commitTrailer: string | null};
  clauses: ClauseReference[];
  /**
   * The law a class's categories bring (CUI, export-controlled, classified), with how far it was checked: the
   * reviewer view lists them beside the regimes' clauses.
   */
  sectorClauses: SectorClauseReference[];
  organizationRules: OrganizationRuleReference[];
  duties: DutyFacts[];
}

/** A clause a data category brings (`engine/sector-clauses.ts`), as a reviewer checks it. */
export interface SectorClauseReference {
  id: string;
  /** Every instrument with its references, in the English (canonical) form: "ITAR §120.50(a)(1); EAR …". */
  citation: string;
  nature: 'law' | 'audit-criteria' | 'contractual-standard' | 'voluntary-framework';
  status: ClauseReference['status'];
  source: string;
  checked: string;
  /** The section that states it. */
  section: string;
  /** The data categories that bring it (any one is enough). */
  categories: string[];
  /** The ids of the config's classes that hold one of those categories, in the config's order. */
  dataClasses: string[];
}

export interface PolicyDocument {
  schemaVersion: 1;
  /** The BCP 47 locale the policy is written in (`en`, `fr`); `foreign` inlines mark what is not. */
  locale: string;
  title: string;
  /** One sentence for the full page's meta description. */
  description: string;
  header: PolicyHeader;
  sections: PolicySection[];
  /**
   * Closing blocks of the policy text: the note that the text is a generated draft needing counsel's review,
   * until `review.lastReviewed` records a review. Then empty: a note calling the adopted policy a draft would
   * undercut every rule above it.
   */
  footer: Block[];
  /**
   * The note for reviewers that the text is generated and needs counsel's review before adoption: shown by
   * `ai-policy render --reviewer`, never on the policy page.
   */
  reviewerNote: string;
  facts: PolicyFacts;
  /** The control crosswalk: the selected frameworks, in `FRAMEWORK_IDS` order. */
  controls: CrosswalkFramework[];
  /**
   * The crosswalk as a section (id `controls`) for the directive and Markdown; not in `sections`, since it
   * restates them by control. Worded on first read: only an embed of it and `ai-policy render --section
   * controls` show it, and wording it was a seventh of every build.
   */
  readonly controlsSection: PolicySection;
  /** Findings that depend on the config alone; date-based ones come from `lintPolicy(document, {today})`. */
  findings: LintFinding[];
}
