/**
 * The blocks and inlines of the policy document model: the vocabulary every renderer reads (React theme,
 * mdast, Markdown, JSON). It is plain JSON (no functions, no class instances) so the Docusaurus plugin can
 * hand it to the browser through `createData` unchanged.
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
  /**
   * Words in another language than the document's: a message the locale has no translation for, shown in
   * English. Renderers mark it (`lang="en"`) so screen readers pronounce it as English.
   */
  | {type: 'foreign'; lang: string; children: Inline[]}
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

/** A heading as a section builder writes it, before the engine gives it its anchor. */
export interface HeadingDraft {
  type: 'heading';
  /** Relative: 1 is the first level below the section title. */
  depth: 1 | 2 | 3 | 4;
  children: Inline[];
}

export interface Heading extends HeadingDraft {
  /**
   * The anchor, `<section-id>--<slug>`, unique within its section: assigned once by the engine, so the
   * full page, a section page, an embed and the Markdown download link to the same place.
   */
  id: string;
}

/** The blocks, generic in their heading so builders can write drafts the engine then anchors. */
export type BlockOf<H extends HeadingDraft> =
  | {type: 'paragraph'; children: Inline[]}
  | {type: 'list'; ordered: boolean; items: BlockOf<H>[][]}
  | H
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
  | {type: 'note'; tone: 'info' | 'warning'; label: string; children: BlockOf<H>[]}
  | {type: 'code'; lang: string | null; value: string}
  | {type: 'blockquote'; children: BlockOf<H>[]}
  | {type: 'thematicBreak'};

export type Block = BlockOf<Heading>;

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
