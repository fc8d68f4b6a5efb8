import type {PolicyContext} from '../context.js';
import type {InlineInput} from '../inline.js';
import type {Block, ClauseReference, RegimeId} from '../model.js';

/**
 * One obligation a regime places on AI tool use. The sentence is ours; `citation`, `status` and `source`
 * record where it comes from (see `shared/reference/regime-clauses.md`) so a reader can check it.
 */
export interface RegimeClause extends Omit<ClauseReference, 'regime'> {
  /** The policy sentence, in the posture's voice, optionally quoting the config (tools with a BAA...). */
  sentence: (context: PolicyContext) => InlineInput[];
  /** Leave the clause out when it does not apply to this config (e.g. no tool touches cardholder data). */
  appliesTo?: (context: PolicyContext) => boolean;
}

export interface Regime {
  id: RegimeId;
  /** Short label for headers and lists: "SOC 2", "EU AI Act". */
  label: string;
  /** The section title, e.g. "SOC 2 obligations". */
  title: string;
  /** Official name of the instrument, e.g. "Regulation (EU) 2016/679 (GDPR)". */
  instrument: string;
  /** `law` binds; `certification` criteria bind for the audit; `framework` is voluntary guidance. */
  nature: 'law' | 'certification' | 'framework';
  /** Where to read the source. */
  canonicalUrl: string;
  /** Opening paragraph(s): why this regime matters to AI tool use here. */
  intro: (context: PolicyContext) => Block[];
  clauses: RegimeClause[];
  /** Dated caveats (e.g. reported changes to EU AI Act application dates), rendered as a note. */
  caveats?: (context: PolicyContext) => InlineInput[][];
}
