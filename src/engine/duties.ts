import type {RegimeId} from '../vocabulary/config-values.js';
import {punctuate} from '../vocabulary/locale-format.js';
import {type BuiltinSectionId, defaultSectionOrder} from '../vocabulary/section-order.js';
import {headingAnchor} from './anchors.js';
import {type CitationRef, citationText, labelledCitation} from './citations.js';
import type {PolicyContext} from './context.js';
import {citation, emphasis, type InlineInput} from './inline.js';
import {type MessageId, type Slots, say, sayOnce, sayText} from './messages.js';
import type {ClauseReference} from './model.js';
import {asRole, joinNames, reportTo, strongNames} from './phrases.js';
import {REGIMES} from './regimes/index.js';
import type {Regime} from './regimes/regime.js';
import {closedClasses} from './register.js';
import {LEGAL_DUTY} from './wording.js';

/**
 * What people must do, as data. A duty is said once, in the section a reader looks for it in, with every
 * source that imposes it cited together; a regime's section names it in one line instead of restating it.
 * Its voice comes from its sources: one law, audit criterion or contractual standard makes it binding in
 * every posture; only the organization's own rule (and voluntary frameworks) take the posture's voice.
 */
export const DUTY_IDS = [
  'sanctions',
  'vendor-review',
  'accounts',
  'training',
  'prohibited-practices',
  'automated-decisions',
  'prohibited-uses',
  'code-review',
  'incident-reporting',
  'exceptions',
  'policy-review',
] as const;
export type DutyId = (typeof DUTY_IDS)[number];
/**
 * The duties a regime clause can impose. The organization's own list of prohibited uses has no legal source: a
 * law's prohibition is a prohibited practice (EU AI Act Art. 5) or an automated decision (GDPR Art. 22).
 */
export type RegimeDutyId = Exclude<DutyId, 'prohibited-uses'>;
export const isRegimeDuty = (id: DutyId): id is RegimeDutyId => id !== 'prohibited-uses';

/** How a source binds: law, audit criteria (SOC 2, ISO), a contractual standard (PCI DSS), or guidance. */
export type SourceNature = 'law' | 'audit-criteria' | 'contractual-standard' | 'voluntary-framework';

export type DutySource =
  | {kind: 'organization'}
  | {
      kind: 'regime';
      regime: RegimeId;
      /** The clause's id in the regime's data file, e.g. `hipaa.training`. */
      clause: string;
      citation: string;
      status: ClauseReference['status'];
      nature: SourceNature;
    };

/** Who a duty binds, in the policy's words (`common.binds.<id>`). */
export type DutyBinds = 'everyone' | 'organization' | 'submitters' | 'security-team' | 'policy-owner';

export interface Duty {
  id: DutyId;
  binds: DutyBinds;
  /** Every source that imposes it: the organization's own rule first, then each regime's clause. */
  sources: DutySource[];
  /** `binding`: "must" in every posture; `posture`: the posture's voice. */
  voice: 'binding' | 'posture';
  /** The section that says it: its home section, or the first regime section citing it when home is off. */
  section: string | null;
}

interface DutyDefinition {
  id: DutyId;
  home: BuiltinSectionId;
  binds: DutyBinds;
  /** Whether the organization's own rule (the config, or the policy's built-in rules) states the duty. */
  ownRule: (context: PolicyContext) => boolean;
  /** The sub-heading of its home section it sits under, if any: where a link to the duty lands. */
  heading?: MessageId;
}

const always = () => true;

const DEFINITIONS: readonly DutyDefinition[] = [
  {id: 'sanctions', home: 'purpose-and-scope', binds: 'organization', ownRule: always},
  {id: 'vendor-review', home: 'approved-tools', binds: 'security-team', ownRule: always},
  {id: 'accounts', home: 'approved-tools', binds: 'organization', ownRule: () => false},
  {
    id: 'training',
    home: 'approved-tools',
    binds: 'everyone',
    ownRule: (context) => context.config.training.required,
    heading: 'approved-tools.training-heading',
  },
  {
    id: 'prohibited-practices',
    home: 'approved-tools',
    binds: 'everyone',
    ownRule: () => false,
    heading: 'approved-tools.prohibited-uses-heading',
  },
  {
    id: 'automated-decisions',
    home: 'approved-tools',
    binds: 'everyone',
    // Decisions the organization reserves to a person (`useCases.humanDecisions`) are its own rule on the
    // matter GDPR Art. 22 governs: one sentence says both, the stricter rule first.
    ownRule: (context) => context.config.useCases.humanDecisions.length > 0,
    heading: 'approved-tools.prohibited-uses-heading',
  },
  {
    id: 'prohibited-uses',
    home: 'approved-tools',
    binds: 'everyone',
    ownRule: (context) => context.config.useCases.prohibited.length > 0,
    heading: 'approved-tools.prohibited-uses-heading',
  },
  {id: 'code-review', home: 'code-review', binds: 'submitters', ownRule: always},
  {id: 'incident-reporting', home: 'incidents-and-exceptions', binds: 'everyone', ownRule: always},
  {id: 'exceptions', home: 'incidents-and-exceptions', binds: 'organization', ownRule: always},
  {id: 'policy-review', home: 'incidents-and-exceptions', binds: 'policy-owner', ownRule: always},
];

export const REGIME_NATURE: Record<Regime['nature'], SourceNature> = {
  law: 'law',
  attestation: 'audit-criteria',
  certification: 'audit-criteria',
  standard: 'contractual-standard',
  framework: 'voluntary-framework',
};

/** The regimes the config selects, in the canonical order. */
function selectedRegimes(context: PolicyContext): Regime[] {
  const selected = new Set<string>(context.config.compliance);
  return defaultSectionOrder(context.config.compliance)
    .filter((id) => selected.has(id))
    .map((id) => REGIMES[id as RegimeId]);
}

/** Every duty this config carries, in definition order; a duty with no source is not a duty here. */
export function buildDuties(context: PolicyContext): Map<DutyId, Duty> {
  const disabled = new Set(context.config.sections.disable);
  const regimes = selectedRegimes(context);
  const duties = new Map<DutyId, Duty>();
  for (const definition of DEFINITIONS) {
    const sources: DutySource[] = definition.ownRule(context) ? [{kind: 'organization'}] : [];
    for (const regime of regimes) {
      for (const clause of regime.clauses) {
        if (clause.duty !== definition.id || !(clause.appliesTo?.(context) ?? true)) continue;
        sources.push({
          kind: 'regime',
          regime: regime.id,
          clause: clause.id,
          citation: citationText(clause.citation, 'en'),
          status: clause.status,
          nature: REGIME_NATURE[regime.nature],
        });
      }
    }
    if (sources.length === 0) continue;
    const binding = sources.some(
      (source) => source.kind === 'regime' && source.nature !== 'voluntary-framework',
    );
    // A duty whose section is switched off is said in the first regime section that cites it, so turning
    // off a section never drops a legal duty from the page.
    const fallback = sources.find(
      (source): source is Extract<DutySource, {kind: 'regime'}> =>
        source.kind === 'regime' && !disabled.has(source.regime),
    );
    duties.set(definition.id, {
      id: definition.id,
      binds: definition.binds,
      sources,
      voice: binding ? 'binding' : 'posture',
      section: !disabled.has(definition.home) ? definition.home : (fallback?.regime ?? null),
    });
  }
  return duties;
}

/** The section a duty would be said in when every section is on. */
export function dutyHome(id: DutyId): BuiltinSectionId {
  return DEFINITIONS.find((definition) => definition.id === id)!.home;
}

/**
 * Where a link to a duty lands: the sub-heading it sits under in its home section, or the section itself
 * (its heading's anchor is its id); a duty said in a regime's section, because its home is off, links there.
 */
export function dutyAnchor(context: PolicyContext, duty: Duty): string | null {
  if (duty.section === null) return null;
  const definition = DEFINITIONS.find((candidate) => candidate.id === duty.id)!;
  if (duty.section !== definition.home || definition.heading === undefined) return duty.section;
  return headingAnchor(duty.section, sayText(context, definition.heading));
}

/** The context a duty is worded in: binding duties say "must" whatever the posture. */
export function dutyVoice(context: PolicyContext, duty: Duty): PolicyContext {
  return duty.voice === 'binding' ? {...context, wording: LEGAL_DUTY} : context;
}

/** Whether a clause of the given id is among the duty's sources. */
export function citedBy(duty: Duty | undefined, clauseId: string): 'yes' | 'no' {
  return duty?.sources.some((source) => source.kind === 'regime' && source.clause === clauseId)
    ? 'yes'
    : 'no';
}

/** All of a duty's regime citations together: "HIPAA §164.308(a)(5)(i); PCI DSS 12.6.3.2". */
export function dutyCitation(context: PolicyContext, duty: Duty) {
  // One label per regime: "SOC 2 CC6.1; CC7.2", not "SOC 2 CC6.1; SOC 2 CC7.2".
  const byRegime = new Map<RegimeId, CitationRef[]>();
  for (const source of duty.sources) {
    if (source.kind !== 'regime') continue;
    const clause = REGIMES[source.regime].clauses.find((candidate) => candidate.id === source.clause)!;
    byRegime.set(source.regime, [...(byRegime.get(source.regime) ?? []), ...clause.citation]);
  }
  const cited = [...byRegime].map(([regime, refs]) =>
    labelledCitation(sayText(context, `${regime}.label` as MessageId), refs, context.locale),
  );
  return cited.length === 0 ? [] : [' ', citation(cited.join(`${punctuate(';', context.locale)} `))];
}

/** A duty's sentence in its voice, without its citations; nothing when the config gives it no source. */
export function dutySentence(context: PolicyContext, id: DutyId): InlineInput[] {
  const duty = context.duties.get(id);
  if (duty === undefined) return [];
  const voiced = dutyVoice(context, duty);
  // Said once per voice (the slots take the caller's, the sentence the duty's): training has up to six sources.
  return sayOnce(context, `duty ${id} ${voiced.wording.posture} ${context.wording.posture}`, () =>
    say(
      voiced,
      `${dutyHome(id)}.${id}` as MessageId,
      DUTY_SLOTS[id]?.(context, (clause) => citedBy(duty, clause)) ?? {},
    ),
  );
}

/**
 * A duty's sentence with every citation behind it, when `section` is where it is said; nothing otherwise
 * (the config gives it no source, or another section says it). Its message is `<home section>.<duty id>`.
 */
export function dutySaidIn(context: PolicyContext, id: DutyId, section: string): InlineInput[] {
  const duty = context.duties.get(id);
  if (duty === undefined || duty.section !== section) return [];
  return [...dutySentence(context, id), ...dutyCitation(context, duty)];
}

type Cites = (clauseId: string) => 'yes' | 'no';

/**
 * Whether the review's cadence is said apart from the review duty: a law or audit criterion requires a review
 * at some interval ("must"), while the cadence is the organization's own, in an advisory policy's "should".
 * PCI DSS 12.1.2 sets a year, which an annual cadence merely repeats.
 */
export function reviewCadenceApart(context: PolicyContext): boolean {
  const duty = context.duties.get('policy-review');
  if (duty?.voice !== 'binding' || context.config.posture !== 'advisory') return false;
  return !(citedBy(duty, 'pci.policy-review') === 'yes' && context.config.review.cadence === 'annual');
}

/**
 * The leak a reader of this policy is likeliest to cause, in its industry's words: patient information in
 * a tool without a BAA only where HIPAA is selected, card data only with PCI DSS.
 */
function incidentExample(context: PolicyContext): string {
  const {compliance, industry} = context.config;
  if (compliance.includes('hipaa')) return 'phi';
  if (compliance.includes('pci-dss')) return industry === 'financial-services' ? 'card_client' : 'card';
  const byIndustry: Partial<Record<string, string>> = {
    healthcare: 'patient',
    'financial-services': 'client',
    education: 'student',
  };
  return byIndustry[industry] ?? 'other';
}

/** The slots of each duty's message here: config facts, and which clauses cite it (`yes` | `no`). */
const DUTY_SLOTS: Partial<Record<DutyId, (context: PolicyContext, cites: Cites) => Slots>> = {
  'vendor-review': (context, cites) => {
    const {contact, turnaround} = context.config.toolReview;
    const yes = (...clauses: string[]) => (clauses.some((clause) => cites(clause) === 'yes') ? 'yes' : 'no');
    return {
      contact: contact ? sayText(context, 'approved-tools.vendor-review-contact', {contact}) : '',
      turnaround,
      ip: cites('nist.third-party'),
      assess: yes(
        'soc2.vendor-risk',
        'iso27001.suppliers',
        'pci.tpsp',
        'nist.third-party',
        'iso42001.third-party',
      ),
      terms: yes('iso27001.suppliers', 'pci.tpsp'),
      responsibilities: yes('iso42001.third-party', 'pci.tpsp'),
      reassess: yes('soc2.vendor-risk', 'iso27001.suppliers', 'pci.tpsp'),
      monitor: yes('iso27001.suppliers'),
    };
  },
  accounts: (_context, cites) => ({
    access: cites('soc2.access'),
    transmission: cites('soc2.transmission'),
    cloud: cites('iso27001.cloud'),
    logging: cites('soc2.monitoring'),
  }),
  training: (context, cites) => {
    const {course, required} = context.config.training;
    return {
      course: course
        ? emphasis(course)
        : sayText(
            context,
            required ? 'approved-tools.training-course-default' : 'approved-tools.training-course-policy',
          ),
      hipaa: cites('hipaa.training'),
      awareness: [cites('hipaa.training'), cites('pci.aup-training'), cites('iso27001.training')].includes(
        'yes',
      )
        ? 'yes'
        : 'no',
      literacy: cites('euaiact.literacy'),
      yearly: cites('pci.training-yearly'),
    };
  },
  'automated-decisions': (context, cites) => {
    const {humanDecisions} = context.config.useCases;
    return {
      own: humanDecisions.length > 0 ? 'yes' : 'no',
      decisions: joinNames(context, humanDecisions),
      gdpr: cites('gdpr.automated'),
    };
  },
  'prohibited-uses': (context) => {
    const list = context.config.useCases.prohibited.join(`${punctuate(';', context.locale)} `);
    return {list};
  },
  'code-review': (_context, cites) => ({
    change: cites('soc2.change'),
    secure: cites('iso27001.sdlc'),
    pci: cites('pci.code-review'),
  }),
  'incident-reporting': (context, cites) => ({
    contact: reportTo(context),
    example: incidentExample(context),
    concerns: cites('iso42001.concerns'),
    // GDPR Art. 33(5) documents personal data breaches, not every incident: alone, it says only that.
    respond: [cites('hipaa.incidents'), cites('nist.incidents')].includes('yes')
      ? 'yes'
      : cites('gdpr.incidents') === 'yes'
        ? 'breaches'
        : 'no',
    shared: cites('nist.incidents'),
  }),
  exceptions: (context, cites) => {
    // The classes named are those the register check guards (`closedClasses`): one list, one answer.
    const closed = closedClasses(context).map(({classIndex}) => context.config.dataClasses[classIndex]!.name);
    return {
      approver: asRole(context, context.config.exceptions.approver),
      acceptable: cites('iso27001.acceptable-use'),
      kept: closed.length > 0 ? 'yes' : 'no',
      classes: strongNames(context, closed),
      count: closed.length,
    };
  },
  'policy-review': (context, cites) => {
    const {owner, review} = context.config;
    const pci = cites('pci.policy-review') === 'yes';
    return {
      review: reviewCadenceApart(context) ? 'split' : 'one',
      minimum: sayText(
        context,
        `incidents-and-exceptions.policy-review-minimum.${pci ? 'annual' : 'periodic'}`,
      ),
      approved:
        cites('iso42001.policy') === 'yes'
          ? 'top'
          : cites('iso27001.policy') === 'yes' || cites('pci.aup') === 'yes'
            ? 'management'
            : 'none',
      cadence: sayText(context, `common.cadence.${review.cadence}`),
      owner: owner
        ? sayText(context, 'incidents-and-exceptions.policy-review-owner', {owner: asRole(context, owner)})
        : '',
      monitoring: cites('nist.review'),
      approver: asRole(context, context.config.exceptions.approver),
      communicate: [cites('soc2.communicate'), cites('iso27001.policy'), cites('iso42001.policy')].includes(
        'yes',
      )
        ? 'yes'
        : 'no',
      isms: cites('iso27001.policy'),
      retain: cites('hipaa.documentation'),
    };
  },
  sanctions: (context, cites) => ({
    approver: asRole(context, context.config.exceptions.approver),
    stance: context.config.posture,
    // HIPAA sanctions every violation, in proportion to it, not only repeated or deliberate ones.
    proportion: cites('hipaa.sanctions'),
  }),
};
