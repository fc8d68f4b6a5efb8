import type {PolicyProvenance} from '../config/provenance.js';
import type {PolicyConfig} from '../config/schema.js';
import type {RegimeId} from '../vocabulary/config-values.js';
import {formatDate, isGerman} from '../vocabulary/locale-format.js';
import {type BuiltinSectionId, defaultSectionOrder, type SectionId} from '../vocabulary/section-order.js';
import {anchorBlocks, type DraftBlock} from './anchors.js';
import {withoutBidiControls} from './bidi-controls.js';
import {citationText} from './citations.js';
import {createPolicyContext, ENGLISH_LANGUAGE, type PolicyContext, type PolicyLanguage} from './context.js';
import {findContradictions} from './contradictions.js';
import {controlsFor} from './controls/index.js';
import {
  buildCrosswalk,
  crosswalkSection,
  findControlGaps,
  organizationRules,
  policyFrameworks,
} from './crosswalk.js';
import {effectiveRules} from './decisions.js';
import {paragraph} from './inline.js';
import {CADENCE_MONTHS} from './labels.js';
import {findLinkFindings} from './link-findings.js';
import {withLocalizedDefaults} from './localized-defaults.js';
import {markdownToBlocks} from './markdown-blocks.js';
import {type MessageId, say, sayText} from './messages.js';
import type {
  ClauseReference,
  ControlMapping,
  DutyFacts,
  HeaderField,
  PolicyDocument,
  PolicyFacts,
  PolicyHeader,
  PolicySection,
} from './model.js';
import {joinNames} from './phrases.js';
import {REGIMES} from './regimes/index.js';
import {nextReviewDate} from './review-dates.js';
import {approvedTools} from './sections/approved-tools.js';
import {budgets} from './sections/budgets.js';
import {codeReview} from './sections/code-review.js';
import {dataClassification} from './sections/data-classification.js';
import {enforcement} from './sections/enforcement.js';
import {incidentsAndExceptions} from './sections/incidents-and-exceptions.js';
import {purposeAndScope} from './sections/purpose-and-scope.js';
import {buildRegimeSection} from './sections/regime-section.js';
import type {SectionBuilder} from './sections/section.js';
import {sectorClauseReferences} from './sector-clauses.js';

/**
 * One builder per built-in section id, checked by the compiler: a new id in `BuiltinSectionId` without a
 * builder here fails to compile rather than a site build. Looked up with ids the engine generated
 * (`defaultSectionOrder`), never with config text, so an object's inherited keys cannot answer.
 */
const BUILTIN_BUILDERS = {
  'purpose-and-scope': purposeAndScope,
  'approved-tools': approvedTools,
  'data-classification': dataClassification,
  'code-review': codeReview,
  budgets,
  enforcement,
  'incidents-and-exceptions': incidentsAndExceptions,
} as const satisfies Record<BuiltinSectionId, SectionBuilder>;

/**
 * The policy engine: a validated config in, the document model out. Pure and deterministic: no I/O, no
 * clock (date-based lint lives in `lintPolicy`), no randomness, so the same config always yields the same
 * document and therefore byte-identical markdown and JSON.
 */
export function buildPolicyDocument(
  input: PolicyConfig,
  language: PolicyLanguage = ENGLISH_LANGUAGE,
  /** For a policy built on baselines (`extends`): which baseline set each tool and class. */
  provenance: PolicyProvenance | null = null,
): PolicyDocument {
  // First of all: every sentence, table and download below quotes config text, and must get it clean.
  const {config: clean, findings: textFindings} = withoutBidiControls(input, language);
  const config = withLocalizedDefaults(clean, language);
  const context = createPolicyContext(config, language, provenance);
  const draftFacts = buildFacts(context);
  const sections = buildSections(context, draftFacts);
  // Organization rules are in the policy when their section is, so they come after the sections.
  const facts: PolicyFacts = {...draftFacts, organizationRules: organizationRules(context, sections)};
  const controls = buildCrosswalk(context, facts.clauses, facts.organizationRules, sections);
  let controlsSection: PolicySection | undefined;
  return {
    schemaVersion: 1,
    locale: language.locale,
    title: sayText(context, 'common.title'),
    description: pageDescription(context),
    header: buildHeader(context),
    sections,
    // Until the file records a review, the text is a generated draft and says so (the design's footer);
    // once `review.lastReviewed` is set, the note would undercut an adopted policy: reviewers only.
    footer: config.review.lastReviewed ? [] : [paragraph(...say(context, 'common.footer'))],
    reviewerNote: sayText(context, 'common.footer'),
    facts,
    controls,
    get controlsSection() {
      controlsSection ??= crosswalkSection(context, controls);
      return controlsSection;
    },
    findings: [
      ...textFindings,
      ...findContradictions(context),
      ...findLinkFindings(context),
      ...findControlGaps(context, controls),
    ],
  };
}

function pageDescription(context: PolicyContext): string {
  const regimes = selectedRegimes(context.config).map((id) => sayText(context, `${id}.label` as MessageId));
  const obligations =
    regimes.length > 0
      ? sayText(context, 'common.page-description-obligations', {regimes: joinNames(context, regimes)})
      : '';
  return sayText(context, 'common.page-description', {obligations});
}

function buildHeader(context: PolicyContext): PolicyHeader {
  const {config} = context;
  const {cadence, lastReviewed} = config.review;
  const baselines = context.provenance?.baselines ?? [];
  const industry = sayText(context, `common.industry.${config.industry}`);
  const posture = sayText(context, `common.posture.${config.posture}`);
  const statement = sayText(context, `common.posture-statement.${config.posture}`);
  const compliance = selectedRegimes(config).map((id) => ({
    id,
    label: sayText(context, `${id}.label` as MessageId),
  }));
  const nextDue = nextReviewDate(lastReviewed ?? config.effectiveDate, CADENCE_MONTHS[cadence]);
  const cadencePhrase = sayText(context, `common.cadence.${cadence}`);
  const field = (key: HeaderField['key'], value: string): HeaderField => ({
    key,
    label: sayText(context, HEADER_LABELS[key]),
    value,
  });
  const fields: HeaderField[] = [
    field('organization', config.organization),
    field('industry', industry),
    field('effectiveDate', formatDate(config.effectiveDate, context.locale, 'long')),
    // A dash, not a colon: the field's label already ends with one (« Portée : Obligatoire — une condition… »).
    field('posture', `${posture} ${isGerman(context.locale) ? '–' : '—'} ${statement}`),
    field(
      'compliance',
      compliance.length > 0
        ? compliance.map((regime) => regime.label).join(', ')
        : sayText(context, 'common.header.compliance-none'),
    ),
    ...(config.owner ? [field('owner', config.owner)] : []),
    // A policy never reviewed shows only when its first review is due.
    ...(lastReviewed ? [field('lastReviewed', formatDate(lastReviewed, context.locale, 'long'))] : []),
    // The cadence is said once: in the policy-review sentence, or here when no section says that duty.
    ...(nextDue
      ? [
          field(
            'nextReview',
            context.duties.get('policy-review')?.section == null
              ? sayText(context, 'common.header.next-review-cadence', {
                  date: formatDate(nextDue, context.locale, 'long'),
                  cadence: cadencePhrase,
                })
              : formatDate(nextDue, context.locale, 'long'),
          ),
        ]
      : []),
    ...(baselines.length > 0
      ? [
          field(
            'baseline',
            baselines.map(({name, version}) => (version ? `${name} ${version}` : name)).join(', '),
          ),
        ]
      : []),
  ];
  return {
    fields,
    organization: config.organization,
    industry: {id: config.industry, label: industry},
    effectiveDate: config.effectiveDate,
    posture: {id: config.posture, label: posture, statement},
    compliance,
    owner: config.owner ?? null,
    review: {cadence, lastReviewed: lastReviewed ?? null, nextDue},
    baselines,
  };
}

const HEADER_LABELS = {
  organization: 'common.header.organization',
  industry: 'common.header.industry',
  effectiveDate: 'common.header.effective-date',
  posture: 'common.header.posture',
  compliance: 'common.header.compliance',
  owner: 'common.header.owner',
  lastReviewed: 'common.header.last-review',
  nextReview: 'common.header.next-review',
  baseline: 'common.header.baseline',
} as const satisfies Record<HeaderField['key'], string>;

function selectedRegimes(config: PolicyConfig): RegimeId[] {
  return defaultSectionOrder(config.compliance).filter((id): id is RegimeId => isRegimeId(id));
}

/** `id in REGIMES` would also be true for `constructor` and `toString`; only the object's own keys count. */
function isRegimeId(id: string): id is RegimeId {
  return Object.hasOwn(REGIMES, id);
}

/** A section as built, before its headings are anchored. */
type DraftSection = Omit<PolicySection, 'blocks'> & {blocks: DraftBlock[]};

function buildSections(context: PolicyContext, facts: PolicyFacts): PolicySection[] {
  const {config} = context;
  const generated = defaultSectionOrder(config.compliance);
  const disabled = new Set(config.sections.disable);

  // A set: an id listed twice in `order` must not yield its section twice.
  const requested = config.sections.order ? [...new Set(config.sections.order)] : undefined;
  let order: SectionId[] = generated;
  if (requested) {
    // Listed sections come first in the given order; the rest keep their default relative order.
    const listed = requested.filter((id): id is SectionId => (generated as string[]).includes(id));
    order = [...listed, ...generated.filter((id) => !listed.includes(id))];
  }

  const sections: DraftSection[] = order.map((id) => {
    if (isRegimeId(id)) return {id, kind: 'regime', ...buildRegimeSection(REGIMES[id], context)};
    return {id, kind: 'builtin', ...BUILTIN_BUILDERS[id](context, facts)};
  });

  const orderIndex = (id: string) => requested?.indexOf(id) ?? -1;
  const customs = config.sections.custom.map((custom) => ({
    after: custom.after,
    section: {
      id: custom.id,
      kind: 'custom',
      title: custom.title,
      summary: sayText(context, 'common.section-summary.custom', {title: custom.title}),
      blocks: markdownToBlocks(custom.body, config.links.externalHosts),
    } satisfies DraftSection,
  }));
  // Custom sections listed in `order` take their place there, in that order.
  const explicit = customs
    .filter(({section}) => orderIndex(section.id) >= 0)
    .sort((a, b) => orderIndex(a.section.id) - orderIndex(b.section.id));
  for (const {section} of explicit)
    sections.splice(Math.min(orderIndex(section.id), sections.length), 0, section);
  // The rest follow their `after` anchor (or go last), resolved so that one custom section may follow
  // another listed later, and several after the same anchor keep the config's order.
  const placedAfter = new Set<string>();
  let pending = customs.filter(({section}) => orderIndex(section.id) < 0);
  while (pending.length > 0) {
    const next = pending.find(({after}) => !pending.some(({section}) => section.id === after)) ?? pending[0]!;
    pending = pending.filter((candidate) => candidate !== next);
    const anchor = next.after ? sections.findIndex((existing) => existing.id === next.after) : -1;
    if (anchor < 0) {
      sections.push(next.section);
      continue;
    }
    let at = anchor + 1;
    while (at < sections.length && placedAfter.has(sections[at]!.id)) at++;
    sections.splice(at, 0, next.section);
    placedAfter.add(next.section.id);
  }

  const renamed = new Map(Object.entries(config.sections.rename));
  return (
    sections
      .filter((section) => !disabled.has(section.id))
      // The Enforcement part speaks of the files a policy exports; a policy that names no client, model or
      // path has nothing to export, and its page stays within the reference's two pages. It is dropped only
      // here, so a custom section placed `after: enforcement` keeps its place.
      .filter((section) => section.id !== 'enforcement' || declaresEnforcement(config))
      .map((section) => ({
        ...section,
        title: renamed.get(section.id) ?? section.title,
        blocks: anchorBlocks(section.id, section.blocks),
      }))
  );
}

function declaresEnforcement(config: PolicyConfig): boolean {
  return (
    config.tools.some((tool) => tool.client !== undefined || tool.models.length > 0) ||
    config.dataClasses.some((dataClass) => dataClass.paths.length > 0)
  );
}

function buildFacts(context: PolicyContext): PolicyFacts {
  const {config} = context;
  const frameworks = policyFrameworks(context);
  const rules = effectiveRules(config);
  const clauses: ClauseReference[] = selectedRegimes(config).flatMap((regime) =>
    REGIMES[regime].clauses
      .filter((clause) => clause.appliesTo?.(context) ?? true)
      .map(({id, citation, status, source, checked, caveat, duty}) => ({
        id,
        regime,
        citation: citationText(citation, 'en'),
        status,
        source,
        checked,
        controls: controlsFor(id, frameworks),
        caveat: caveat ? sayText(context, caveat) : null,
        duty: duty ?? null,
      })),
  );
  return {
    tools: config.tools.map((tool, index) => ({
      name: tool.name,
      vendor: tool.vendor ?? null,
      agreements: tool.agreement,
      maxDataClass: tool.maxDataClass ?? null,
      conditions: tool.conditions ?? null,
      client: tool.client ?? null,
      models: tool.models,
      from: context.provenance?.tools[index] ?? null,
    })),
    dataClasses: config.dataClasses.map(({id, name, rule, examples, categories, paths}, index) => ({
      id,
      name,
      rule,
      examples,
      categories,
      paths,
      effectiveRule: rules[index]!,
      from: context.provenance?.dataClasses[index] ?? null,
    })),
    decisions: context.table.decisions,
    prohibitedTools: config.prohibitedTools.map((entry) =>
      typeof entry === 'string'
        ? {name: entry, reason: null}
        : {name: entry.name, reason: entry.reason ?? null},
    ),
    unlistedTools: {maxDataClass: config.unlistedTools.maxDataClass, decisions: context.table.unlisted},
    training: {
      required: config.training.required,
      before: config.training.required ? config.training.before : null,
      refresh: config.training.refresh ?? null,
    },
    exceptions: {
      approver: config.exceptions.approver,
      granted: config.exceptions.granted.map((exception) => ({
        who: exception.who,
        what: exception.what,
        expires: exception.expires,
        approvedBy: exception.approvedBy ?? null,
        dataClasses: exception.dataClasses,
        tools: exception.tools,
        expired: exception.expires < config.effectiveDate,
      })),
    },
    incidents: {contact: config.incidents.contact ?? null, channel: config.incidents.channel ?? null},
    budgets: config.sections.disable.includes('budgets')
      ? null
      : {
          owner: config.budgets.owner,
          period: config.budgets.period,
          anomalyResponse: config.budgets.anomalyResponse,
        },
    toolReview: {turnaround: config.toolReview.turnaround, contact: config.toolReview.contact ?? null},
    disclosure: {commitTrailer: config.disclosure.commitTrailer ?? null},
    clauses,
    sectorClauses: sectorClauseReferences(context),
    organizationRules: [],
    duties: [...context.duties.values()].map(({id, binds, voice, section, sources}) => ({
      id,
      binds,
      voice,
      section,
      sources,
      controls: dutyControls(sources, clauses),
    })),
  };
}

/** The controls the clauses behind a duty address, each control once, in the order the clauses give them. */
function dutyControls(sources: DutyFacts['sources'], clauses: readonly ClauseReference[]): ControlMapping[] {
  const byControl = new Map<string, ControlMapping>();
  for (const source of sources) {
    if (source.kind !== 'regime') continue;
    for (const mapping of clauses.find((clause) => clause.id === source.clause)?.controls ?? []) {
      const key = `${mapping.framework} ${mapping.control}`;
      // Where two clauses of one duty map to the same control, the stronger word holds.
      if (!byControl.has(key) || mapping.relation === 'implements') byControl.set(key, mapping);
    }
  }
  return [...byControl.values()];
}
