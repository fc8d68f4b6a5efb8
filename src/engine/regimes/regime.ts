import type {RegimeId} from '../../vocabulary/config-values.js';
import type {Citation} from '../citations.js';
import type {PolicyContext} from '../context.js';
import type {RegimeDutyId} from '../duties.js';
import type {MessageId, Slots} from '../messages.js';
import type {ClauseReference} from '../model.js';

/**
 * One obligation a regime places on AI tool use. Its sentence is a message in `messages/en/<regime>.yml`;
 * `citation`, `status`, `source` and `checked` record where it comes from and what was verified (see
 * `shared/reference/regime-clauses.md`), so a reader can check it.
 */
export interface RegimeClause
  extends Omit<ClauseReference, 'regime' | 'caveat' | 'duty' | 'controls' | 'citation'> {
  /**
   * Where the clause is, as parts (article, paragraph, point...): each language writes it its own way, and
   * the English form is the canonical `citation` of the JSON download.
   */
  citation: Citation;
  /**
   * A note for counsel on how far the clause was verified (a secondary copy, a reported change): it goes to
   * the JSON download and the reviewer view, never into the policy text the workforce reads.
   */
  caveat?: MessageId;
  /** The message that states it; by default `<regime id>.<clause id after the dot>`. */
  message?: (context: PolicyContext) => MessageId;
  /** The message's slots, filled from the config and the decision table. */
  slots?: (context: PolicyContext) => Slots;
  /** Leave the clause out when it does not apply to this config (e.g. no tool may receive PHI). */
  appliesTo?: (context: PolicyContext) => boolean;
  /**
   * The shared duty this clause imposes (training, code review...): its sentence is then said once, in the
   * duty's section with every citation together, and the regime's section names it in one line.
   */
  duty?: RegimeDutyId;
  /**
   * The clause whose sentence also says this one, for duties that share a trigger (the GDPR's lawful basis,
   * records and notices; the breach notices to each recipient): one sentence, with every citation behind it.
   */
  saidWith?: string;
}

export interface Regime {
  id: RegimeId;
  /**
   * `law` binds; `attestation` (SOC 2) and `certification` (ISO) criteria bind for the audit; `standard`
   * (PCI DSS) binds by contract; `framework` (NIST AI RMF) is voluntary guidance.
   */
  nature: 'law' | 'attestation' | 'certification' | 'standard' | 'framework';
  /** Where to read the source. */
  canonicalUrl: string;
  clauses: RegimeClause[];
}

/** The clause whose sentence says this one: itself, or the clause it is said with. */
export function sayingClause(regime: Regime, clause: RegimeClause): RegimeClause {
  if (clause.saidWith === undefined) return clause;
  return regime.clauses.find((candidate) => candidate.id === clause.saidWith)!;
}

/** The id of a clause's message (the message of the clause it is said with, if any). */
export function clauseMessage(regime: Regime, clause: RegimeClause, context: PolicyContext): MessageId {
  const saying = sayingClause(regime, clause);
  return (
    saying.message?.(context) ?? (`${regime.id}.${saying.id.slice(saying.id.indexOf('.') + 1)}` as MessageId)
  );
}
