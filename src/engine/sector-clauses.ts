import type {DataCategory} from '../config/schema.js';
import {punctuate} from '../vocabulary/locale-format.js';
import {type Citation, cfr, cfrParts, contractClause, labelledCitation} from './citations.js';
import type {PolicyContext} from './context.js';
import type {SourceNature} from './duties.js';
import {citation, type InlineInput} from './inline.js';
import {ENGLISH, type MessageId, say, sayText} from './messages.js';
import type {ClauseReference, SectorClauseReference} from './model.js';
import {reportTo} from './phrases.js';
import {LEGAL_DUTY} from './wording.js';

/**
 * Duties a data class brings by what it holds, whatever regimes the config selects: a US defense contractor's
 * controlled data carries the law and the contract clauses that govern it. Each is data, like a regime's
 * clause: its sentence (a message in its home section's file), where it comes from, how far that was checked.
 * Every source here is law or a contract clause, so the sentence says "must" in both postures.
 */
export interface SectorClause {
  id: string;
  /** The class categories that bring it: one class holding any of them is enough. */
  categories: readonly DataCategory[];
  /** The section a reader looks for it in. */
  section: 'data-classification' | 'incidents-and-exceptions';
  message: MessageId;
  /** Each instrument (its label's message) with its references, cited together behind the sentence. */
  cites: ReadonlyArray<{label: MessageId; citation: Citation}>;
  nature: SourceNature;
  status: ClauseReference['status'];
  source: string;
  /** What was checked against the source, including the scope words the sentence keeps. */
  checked: string;
}

export const SECTOR_CLAUSES: readonly SectorClause[] = [
  {
    id: 'dfars.cyber-incident',
    categories: ['cui'],
    section: 'incidents-and-exceptions',
    message: 'incidents-and-exceptions.cui-incident',
    cites: [{label: 'common.instrument.dfars', citation: [contractClause('252.204-7012', '(c)')]}],
    nature: 'contractual-standard',
    status: 'partially',
    source:
      'secondary copies of DFARS 252.204-7012(c) (a provisions wiki quoting (c)(1), practitioner guides); acquisition.gov not opened',
    checked:
      'a cyber incident affecting a covered contractor information system or the covered defense information on it is reported to DoD within 72 hours of discovery; the clause binds through the contract, so the sentence says "can be" a reportable incident and leaves the judgement to the incident contact; it adds only that report to the general duty to report to the incident contact',
  },
  {
    id: 'itar-ear.export',
    categories: ['export-controlled'],
    section: 'data-classification',
    message: 'data-classification.export-controlled',
    cites: [
      {label: 'common.instrument.itar', citation: [cfr('120.50', '(a)(1)', '(a)(2)')]},
      {label: 'common.instrument.ear', citation: [cfr('734.13', '(a)(1)', '(a)(2)')]},
    ],
    nature: 'law',
    status: 'verified',
    source:
      '22 CFR 120.50 at law.cornell.edu (LII) and an eCFR copy (lexbuild.dev, eCFR currency 5 April 2026); 15 CFR 734.13 at bis.gov and the same eCFR copy; ecfr.gov itself not opened',
    checked:
      'an export is a transmission out of the United States ((a)(1)) and a release of technical data (ITAR) or technology and source code (EAR) to a foreign person in the United States ((a)(2)); the sentence says "can be an export" and "authorized", not that every such use is forbidden; where our own rule keeps the data out of every tool, it says that first and the export limit only as what the law adds',
  },
  {
    id: 'nispom.classified',
    categories: ['classified'],
    section: 'data-classification',
    message: 'data-classification.classified',
    cites: [{label: 'common.instrument.nispom', citation: [cfrParts(32, 117)]}],
    nature: 'law',
    status: 'partially',
    source:
      'Federal Register 85 FR 83300 (21 Dec 2020), the final rule codifying the NISPOM as 32 CFR Part 117',
    checked:
      'Part 117 sets the requirements for protecting classified information disclosed to or developed by contractors, to prevent unauthorized disclosure; that these AI tools are not systems authorized for it is the policy’s own conclusion, so the sentence cites the Part, not a section',
  },
];

/** The clauses the config's classes bring, in the order above. */
export function sectorClauses(context: PolicyContext): SectorClause[] {
  const held = new Set(context.config.dataClasses.flatMap((dataClass) => dataClass.categories));
  return SECTOR_CLAUSES.filter((clause) => clause.categories.some((category) => held.has(category)));
}

/** The clauses as the reviewer view lists them, cited in the canonical English form. */
export function sectorClauseReferences(context: PolicyContext): SectorClauseReference[] {
  const {dataClasses} = context.config;
  return sectorClauses(context).map(({id, cites, nature, status, source, checked, section, categories}) => ({
    id,
    citation: cites
      .map(({label, citation: refs}) =>
        labelledCitation(sayText({...context, locale: 'en', catalog: ENGLISH}, label), refs, 'en'),
      )
      .join('; '),
    nature,
    status,
    source,
    checked,
    section,
    categories: [...categories],
    dataClasses: dataClasses
      .filter((dataClass) => dataClass.categories.some((category) => categories.includes(category)))
      .map((dataClass) => dataClass.id),
  }));
}

/**
 * Whether no tool, listed or not, may receive any class holding one of the clause's categories: the sentence
 * then says so, so that the law's narrower limit never reads as a permission the decision table refuses.
 */
function closedToEveryTool(context: PolicyContext, clause: SectorClause): boolean {
  const {table, config} = context;
  return config.dataClasses
    .filter((dataClass) => dataClass.categories.some((category) => clause.categories.includes(category)))
    .every(
      (dataClass) => table.recipients(dataClass.id).length === 0 && !table.unlistedMayReceive(dataClass.id),
    );
}

/** The sentences of the clauses said in `section`, each with its citations; binding in every posture. */
export function sectorSentences(context: PolicyContext, section: SectorClause['section']): InlineInput[][] {
  const binding = {...context, wording: LEGAL_DUTY};
  return sectorClauses(context)
    .filter((clause) => clause.section === section)
    .map((clause) => [
      ...say(binding, clause.message, {
        contact: reportTo(context),
        closed: closedToEveryTool(context, clause) ? 'yes' : 'no',
        stance: context.config.posture,
      }),
      ' ',
      citation(
        clause.cites
          .map(({label, citation: refs}) => labelledCitation(sayText(context, label), refs, context.locale))
          .join(`${punctuate(';', context.locale)} `),
      ),
    ]);
}
