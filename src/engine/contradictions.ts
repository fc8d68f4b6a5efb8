import type {LintFinding} from '../vocabulary/lint-finding.js';
import type {PolicyContext} from './context.js';
import {agreementPermits, RULE_STRICTNESS, type Tightening} from './decisions.js';
import {lintDate} from './lint.js';
import {type MessageId, type Slots, sayText} from './messages.js';
import {agreementsPhrase, joinNames} from './phrases.js';
import {type ClosedReason, waivedHardRule} from './register.js';

/** The messages that word findings: `lint.<code>`, or `lint.<code>.<case>` when a code has several. */
type LintMessageId = Extract<MessageId, `lint.${string}`>;

/**
 * A finding, worded by its message in the policy's language (`messages/<locale>/lint.yml`): a new code adds
 * its message to each catalog, and `test/catalog-locales.test.ts` fails while a language lacks it.
 */
const finding = (
  context: PolicyContext,
  code: LintFinding['code'],
  path: string,
  id: LintMessageId,
  slots: Slots = {},
): LintFinding => ({code, severity: 'warning', message: sayText(context, id, slots), path, stale: false});

/** The finding that reports each kind of tightening, by the hard rule that caused it (also its message). */
const TIGHTENING_CODES: Record<
  Tightening['reason'],
  'credentials-allowed' | 'cardholder-data-allowed' | 'phi-without-baa' | 'personal-data-without-agreement'
> = {
  'credentials-never': 'credentials-allowed',
  'pci-dss-cardholder-data': 'cardholder-data-allowed',
  'hipaa-needs-baa': 'phi-without-baa',
  'gdpr-needs-dpa': 'personal-data-without-agreement',
};

/** How a closed class's rule is named in `lint.exception-waives-hard-rule` (a `select`), and the config that opens it. */
const CLOSED_REASON_CASES: Record<ClosedReason, {reason: string; fix: string}> = {
  'credentials-never': {reason: 'credentials', fix: ''},
  'pci-dss-cardholder-data': {reason: 'cardholder', fix: ''},
  'hipaa-needs-baa': {reason: 'baa', fix: 'agreement: baa'},
  'gdpr-needs-dpa': {reason: 'dpa', fix: 'agreement: enterprise'},
  'class-never': {reason: 'other', fix: ''},
};

/** Words that make an exception a blank cheque rather than a scoped permission. */
const UNBOUNDED_SCOPE =
  /\b(all|any|every|everything|anything|everyone|anyone|unrestricted|unlimited|whatever|no limits?)\b/i;

/**
 * Config combinations that are valid YAML but say two things at once. They are warnings, not errors: the
 * decision table stays on the safe side (a hard rule always wins), but the config's author believes
 * something the page does not say, and each finding names the field to change.
 */
export function findContradictions(context: PolicyContext): LintFinding[] {
  const {config, table} = context;
  const findings: LintFinding[] = [];
  const classById = new Map(config.dataClasses.map((dataClass) => [dataClass.id, dataClass]));
  const regimes = new Set(config.compliance);

  for (const [index, tool] of config.tools.entries()) {
    const ceiling = tool.maxDataClass ? classById.get(tool.maxDataClass) : undefined;
    if (ceiling && !agreementPermits(ceiling.rule, tool.agreement)) {
      findings.push(
        finding(
          context,
          'ceiling-exceeds-agreement',
          `tools[${index}].maxDataClass`,
          'lint.ceiling-exceeds-agreement',
          {
            tool: tool.name,
            ceiling: ceiling.name,
            agreement: agreementsPhrase(context, tool.agreement),
          },
        ),
      );
    }
    const needsEnterprise = config.dataClasses.some((c) => c.rule === 'enterprise-agreement-only');
    if (needsEnterprise && tool.agreement.includes('baa') && !tool.agreement.includes('enterprise')) {
      findings.push(
        finding(context, 'baa-is-not-enterprise', `tools[${index}].agreement`, 'lint.baa-is-not-enterprise', {
          tool: tool.name,
          fix: 'agreement: [enterprise, baa]',
        }),
      );
    }
    if (regimes.has('soc2') && tool.agreement.includes('none')) {
      findings.push(
        finding(
          context,
          'soc2-no-confidentiality',
          `tools[${index}].agreement`,
          'lint.soc2-no-confidentiality',
          {
            tool: tool.name,
          },
        ),
      );
    }
  }

  findings.push(...tighteningFindings(context));
  const tightenedClasses = new Set(table.tightenings.map((tightening) => tightening.classIndex));

  if (regimes.has('hipaa') && context.classesWith('phi').length === 0) {
    findings.push(finding(context, 'regime-missing-data', 'dataClasses', 'lint.regime-missing-data.hipaa'));
  }
  if (regimes.has('gdpr') && !config.incidents.contact && !config.incidents.channel) {
    findings.push(
      finding(context, 'regime-missing-data', 'incidents.contact', 'lint.regime-missing-data.gdpr'),
    );
  }
  if (regimes.has('pci-dss') && config.useCases.encouraged.length === 0) {
    findings.push(
      finding(
        context,
        'pci-dss-no-acceptable-uses',
        'useCases.encouraged',
        'lint.pci-dss-no-acceptable-uses',
        {
          field: 'useCases.encouraged',
        },
      ),
    );
  }
  const rolesRegime = (['iso42001', 'nist-ai-rmf'] as const).find((regime) => regimes.has(regime));
  if (rolesRegime && !config.owner) {
    findings.push(
      finding(context, 'owner-unset', 'owner', 'lint.owner-unset', {
        source: rolesRegime === 'iso42001' ? 'ISO/IEC 42001 A.3.2' : 'NIST AI RMF GOVERN 2.1',
      }),
    );
  }
  for (const [index, id] of config.sections.disable.entries()) {
    if ((config.compliance as readonly string[]).includes(id)) {
      findings.push(
        finding(
          context,
          'regime-section-disabled',
          `sections.disable[${index}]`,
          'lint.regime-section-disabled',
          {
            regime: id,
          },
        ),
      );
    }
  }

  for (const [index, dataClass] of config.dataClasses.entries()) {
    const reachable = table.recipients(dataClass.id).length > 0 || table.unlistedMayReceive(dataClass.id);
    if (dataClass.rule !== 'never' && !reachable && !tightenedClasses.has(index)) {
      findings.push(
        finding(context, 'class-unreachable', `dataClasses[${index}].rule`, 'lint.class-unreachable', {
          name: dataClass.name,
        }),
      );
    }
    const stricter = config.dataClasses
      .slice(0, index)
      .find((earlier) => RULE_STRICTNESS[earlier.rule] > RULE_STRICTNESS[dataClass.rule]);
    if (stricter) {
      findings.push(
        finding(context, 'class-order', `dataClasses[${index}]`, 'lint.class-order', {
          name: dataClass.name,
          rule: dataClass.rule,
          stricter: stricter.name,
          stricterRule: stricter.rule,
        }),
      );
    }
  }

  const unlistedCeiling = config.unlistedTools.maxDataClass;
  const ceilingClass = unlistedCeiling ? classById.get(unlistedCeiling) : undefined;
  if (ceilingClass && ceilingClass.rule !== 'any-approved-tool') {
    findings.push(
      finding(
        context,
        'unlisted-ceiling-ignored',
        'unlistedTools.maxDataClass',
        'lint.unlisted-ceiling-ignored',
        {
          name: ceilingClass.name,
        },
      ),
    );
  }

  const {lastReviewed} = config.review;
  if (lastReviewed && lastReviewed < config.effectiveDate) {
    findings.push(
      finding(context, 'review-before-effective', 'review.lastReviewed', 'lint.review-before-effective', {
        lastReviewed: lintDate(lastReviewed, context),
        effectiveDate: lintDate(config.effectiveDate, context),
        field: 'review.lastReviewed',
      }),
    );
  }
  findings.push(...registerFindings(context), ...dutyFindings(context));
  // PCI DSS binds a merchant by contract whether or not the policy names it.
  if (!regimes.has('pci-dss')) {
    for (const [index, dataClass] of config.dataClasses.entries()) {
      if (!dataClass.categories.includes('cardholder-data')) continue;
      const open = table.recipients(dataClass.id);
      if (open.length === 0 && !table.unlistedMayReceive(dataClass.id)) continue;
      findings.push(
        finding(
          context,
          'cardholder-data-without-pci-dss',
          `dataClasses[${index}].rule`,
          'lint.cardholder-data-without-pci-dss',
          {
            name: dataClass.name,
            tools: open.length > 0 ? joinNames(context, open) : sayText(context, 'lint.unlisted-tools'),
          },
        ),
      );
    }
  }
  // An education institution is named in the AI Act's own text (Art. 5(1)(f), Annex III point 3), so an EU
  // university that uses AI tools is a deployer with duties the policy should state. GDPR alone does not say
  // that: it also binds organizations outside the EU, and most industries' AI use is not in the Act's lists.
  if (regimes.has('gdpr') && config.industry === 'education' && !regimes.has('eu-ai-act')) {
    findings.push(
      finding(context, 'education-without-eu-ai-act', 'compliance', 'lint.education-without-eu-ai-act'),
    );
  }
  findings.push(...dataProtectionOfficerFindings(context));
  findings.push(...controlledDataFindings(context));
  for (const [index, exception] of config.exceptions.granted.entries()) {
    if (UNBOUNDED_SCOPE.test(exception.what) || UNBOUNDED_SCOPE.test(exception.who)) {
      findings.push(
        finding(
          context,
          'exception-too-broad',
          `exceptions.granted[${index}].what`,
          'lint.exception-too-broad',
          {
            who: exception.who,
            what: exception.what,
          },
        ),
      );
    }
  }
  return findings;
}

/**
 * A US defense contractor's controlled data in a tool that is not its own. CUI and export-controlled data may
 * go only into a self-hosted tool: a vendor's agreement, even an enterprise one, does not record where the
 * vendor hosts the data or which of its people can read it, and either can make the prompt a reportable
 * exposure or an unauthorized export. Classified information goes into no tool this policy covers.
 */
function controlledDataFindings(context: PolicyContext): LintFinding[] {
  const {config, table} = context;
  const findings: LintFinding[] = [];
  const unlistedTools = sayText(context, 'lint.unlisted-tools');
  const agreementsOf = new Map(config.tools.map((tool) => [tool.name, tool.agreement]));
  for (const [index, dataClass] of config.dataClasses.entries()) {
    const open = table.recipients(dataClass.id);
    const unlisted = table.unlistedMayReceive(dataClass.id);
    if (dataClass.categories.includes('classified') && (open.length > 0 || unlisted)) {
      findings.push(
        finding(
          context,
          'classified-data-allowed',
          `dataClasses[${index}].rule`,
          'lint.classified-data-allowed',
          {
            name: dataClass.name,
            tools: joinNames(context, [...open, ...(unlisted ? [unlistedTools] : [])]),
          },
        ),
      );
      continue;
    }
    if (!dataClass.categories.some((category) => category === 'cui' || category === 'export-controlled'))
      continue;
    const outside = open.filter((tool) => !agreementsOf.get(tool)?.includes('self-hosted'));
    if (unlisted) outside.push(unlistedTools);
    if (outside.length === 0) continue;
    findings.push(
      finding(
        context,
        'controlled-data-outside-self-hosted',
        `dataClasses[${index}].rule`,
        'lint.controlled-data-outside-self-hosted',
        {name: dataClass.name, tools: joinNames(context, outside), count: outside.length},
      ),
    );
  }
  return findings;
}

/** One finding per class and hard rule: which rule tightened the class, and for which tools. */
function tighteningFindings(context: PolicyContext): LintFinding[] {
  const {config, table} = context;
  const groups = new Map<string, {classIndex: number; reason: Tightening['reason']; tools: string[]}>();
  for (const tightening of table.tightenings) {
    const key = `${tightening.classIndex}:${tightening.reason}`;
    const group = groups.get(key) ?? {
      classIndex: tightening.classIndex,
      reason: tightening.reason,
      tools: [],
    };
    group.tools.push(
      tightening.toolIndex === null
        ? sayText(context, 'lint.unlisted-tools')
        : config.tools[tightening.toolIndex]!.name,
    );
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.classIndex - b.classIndex)
    .map(({classIndex, reason, tools}) => {
      const dataClass = config.dataClasses[classIndex]!;
      const code = TIGHTENING_CODES[reason];
      return finding(context, code, `dataClasses[${classIndex}].rule`, `lint.${code}`, {
        name: dataClass.name,
        rule: dataClass.rule,
        tools: joinNames(context, tools),
        fix: CLOSED_REASON_CASES[reason].fix,
      });
    });
}

/**
 * The exceptions register obeys the rules it sits under: no row may open a closed class (a hard rule's, or
 * one whose own rule is "never": `closedClasses`) to a tool the matrix refuses, each names who approved it, and a row that expired before the policy took effect is stale.
 */
function registerFindings(context: PolicyContext): LintFinding[] {
  const {config} = context;
  const findings: LintFinding[] = [];
  for (const [index, exception] of config.exceptions.granted.entries()) {
    const row = `exceptions.granted[${index}]`;
    const waiver = waivedHardRule(context, exception);
    if (waiver) {
      findings.push({
        ...finding(context, 'exception-waives-hard-rule', row, 'lint.exception-waives-hard-rule', {
          who: exception.who,
          name: config.dataClasses[waiver.classIndex]!.name,
          tools: joinNames(context, waiver.tools),
          ...CLOSED_REASON_CASES[waiver.reason],
        }),
        severity: 'error',
      });
    }
    if (!exception.approvedBy) {
      findings.push(
        finding(context, 'exception-no-approver', row, 'lint.exception-no-approver', {
          who: exception.who,
          approver: config.exceptions.approver,
          field: 'approvedBy',
        }),
      );
    }
    if (exception.expires < config.effectiveDate) {
      findings.push(
        finding(
          context,
          'exception-expired-before-effective',
          `${row}.expires`,
          'lint.exception-expired-before-effective',
          {
            who: exception.who,
            expires: lintDate(exception.expires, context),
            effectiveDate: lintDate(config.effectiveDate, context),
          },
        ),
      );
    }
  }
  return findings;
}

/**
 * A duty whose sources disagree in strength: the config makes optional what a selected regime requires.
 * The policy still says "must" (the strongest source wins); the finding names the field that says less.
 */
function dutyFindings(context: PolicyContext): LintFinding[] {
  const training = context.duties.get('training');
  if (training === undefined || training.voice !== 'binding' || context.config.training.required) return [];
  const binding = training.sources.flatMap((source) =>
    source.kind === 'regime' && source.nature !== 'voluntary-framework'
      ? [`${sayText(context, `${source.regime}.label` as MessageId)} ${source.citation}`]
      : [],
  );
  return [
    finding(context, 'duty-weaker-than-source', 'training.required', 'lint.duty-weaker-than-source', {
      field: 'training.required',
      sources: joinNames(context, binding),
      count: binding.length,
      fix: 'training.required: true',
    }),
  ];
}

/**
 * A data protection officer, as a config names one in English, French or German: "Data Protection Officer",
 * "DPO", "délégué(e) à la protection des données", "DPD", "Datenschutzbeauftragte(r)". A name only warns.
 */
const DATA_PROTECTION_OFFICER =
  /\bdata[\s-]protection officer\b|\bDPO\b|délégu(?:é|ée) à la protection des données|\bDPD\b|datenschutzbeauftragte/i;

/**
 * GDPR Art. 38(6): the DPO may hold other tasks only where they bring no conflict of interest, and a DPO who
 * owns the rules of processing, or approves exceptions to them, decides what it should be advising on
 * independently. Said at `owner`, and at `exceptions.approver` when the file names a different DPO role there
 * (an approver left to default is the owner).
 */
function dataProtectionOfficerFindings(context: PolicyContext): LintFinding[] {
  const {config} = context;
  if (!config.compliance.includes('gdpr')) return [];
  const roles: Array<{path: string; role: string | undefined; task: 'owner' | 'approver'}> = [
    {path: 'owner', role: config.owner, task: 'owner'},
    {path: 'exceptions.approver', role: config.exceptions.approver, task: 'approver'},
  ];
  return roles
    .filter(
      ({role}, index) =>
        role !== undefined && DATA_PROTECTION_OFFICER.test(role) && (index === 0 || role !== config.owner),
    )
    .map(({path, role, task}) =>
      finding(context, 'dpo-conflict-of-interest', path, 'lint.dpo-conflict-of-interest', {
        field: path,
        role: role!,
        task,
      }),
    );
}
