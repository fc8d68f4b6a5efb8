import type {LintFinding} from '../vocabulary/lint-finding.js';
import type {PolicyContext} from './context.js';
import {agreementPermits, RULE_STRICTNESS, type Tightening} from './decisions.js';
import {joinNames} from './inline.js';
import {HARD_RULE_EXPLANATIONS, REASON_EXPLANATIONS} from './labels.js';
import {type MessageId, sayText} from './messages.js';
import {agreementsPhrase} from './phrases.js';
import {waivedHardRule} from './register.js';

const finding = (code: LintFinding['code'], path: string, message: string): LintFinding => ({
  code,
  severity: 'warning',
  message,
  path,
  stale: false,
});

/** The finding that reports each kind of tightening, by the hard rule that caused it. */
const TIGHTENING_CODES: Record<Tightening['reason'], LintFinding['code']> = {
  'credentials-never': 'credentials-allowed',
  'pci-dss-cardholder-data': 'cardholder-data-allowed',
  'hipaa-needs-baa': 'phi-without-baa',
  'gdpr-needs-dpa': 'personal-data-without-agreement',
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
          'ceiling-exceeds-agreement',
          `tools[${index}].maxDataClass`,
          `${tool.name} is allowed up to "${ceiling.name}", but its agreement (${agreementsPhrase(context, tool.agreement)}) does not cover that class; the policy only lets it receive less sensitive classes.`,
        ),
      );
    }
    const needsEnterprise = config.dataClasses.some((c) => c.rule === 'enterprise-agreement-only');
    if (needsEnterprise && tool.agreement.includes('baa') && !tool.agreement.includes('enterprise')) {
      findings.push(
        finding(
          'baa-is-not-enterprise',
          `tools[${index}].agreement`,
          `${tool.name} has a BAA but no enterprise data agreement, so classes ruled "enterprise-agreement-only" stay out of it; if the vendor signed both, write agreement: [enterprise, baa].`,
        ),
      );
    }
    if (regimes.has('soc2') && tool.agreement.includes('none')) {
      findings.push(
        finding(
          'soc2-no-confidentiality',
          `tools[${index}].agreement`,
          `SOC 2 is selected and its section requires a confidentiality commitment from every AI vendor (CC9.2), but ${tool.name} has no agreement.`,
        ),
      );
    }
  }

  findings.push(...tighteningFindings(context));
  const tightenedClasses = new Set(table.tightenings.map((tightening) => tightening.classIndex));

  if (regimes.has('hipaa') && context.classesWith('phi').length === 0) {
    findings.push(
      finding(
        'regime-missing-data',
        'dataClasses',
        'HIPAA is selected but no data class is marked with the "phi" category, so the policy cannot say where PHI may go.',
      ),
    );
  }
  if (regimes.has('gdpr') && !config.incidents.contact && !config.incidents.channel) {
    findings.push(
      finding(
        'regime-missing-data',
        'incidents.contact',
        'GDPR breach notification runs on a 72-hour clock, but the policy names no incident contact or channel.',
      ),
    );
  }
  if (regimes.has('pci-dss') && config.useCases.encouraged.length === 0) {
    findings.push(
      finding(
        'pci-dss-no-acceptable-uses',
        'useCases.encouraged',
        'PCI DSS 12.2.1 requires the acceptable-use policy to list the acceptable uses, but useCases.encouraged is empty.',
      ),
    );
  }
  const rolesRegime = (['iso42001', 'nist-ai-rmf'] as const).find((regime) => regimes.has(regime));
  if (rolesRegime && !config.owner) {
    findings.push(
      finding(
        'owner-unset',
        'owner',
        `${rolesRegime === 'iso42001' ? 'ISO/IEC 42001 A.3.2' : 'NIST AI RMF GOVERN 2.1'} expects AI responsibilities assigned by name or role, but the policy has no owner.`,
      ),
    );
  }
  for (const [index, id] of config.sections.disable.entries()) {
    if ((config.compliance as readonly string[]).includes(id)) {
      findings.push(
        finding(
          'regime-section-disabled',
          `sections.disable[${index}]`,
          `"${id}" is selected in compliance, but its section is disabled, so the policy states none of its obligations.`,
        ),
      );
    }
  }

  for (const [index, dataClass] of config.dataClasses.entries()) {
    const reachable = table.recipients(dataClass.id).length > 0 || table.unlistedMayReceive(dataClass.id);
    if (dataClass.rule !== 'never' && !reachable && !tightenedClasses.has(index)) {
      findings.push(
        finding(
          'class-unreachable',
          `dataClasses[${index}].rule`,
          `"${dataClass.name}" is not "never", yet no approved tool may receive it (check the tools' agreements and limits).`,
        ),
      );
    }
    const stricter = config.dataClasses
      .slice(0, index)
      .find((earlier) => RULE_STRICTNESS[earlier.rule] > RULE_STRICTNESS[dataClass.rule]);
    if (stricter) {
      findings.push(
        finding(
          'class-order',
          `dataClasses[${index}]`,
          `"${dataClass.name}" (${dataClass.rule}) is listed after the stricter "${stricter.name}" (${stricter.rule}); classes are ranked least sensitive first, so a tool limit at or below "${stricter.name}" also keeps "${dataClass.name}" out. Move it up.`,
        ),
      );
    }
  }

  const unlistedCeiling = config.unlistedTools.maxDataClass;
  const ceilingClass = unlistedCeiling ? classById.get(unlistedCeiling) : undefined;
  if (ceilingClass && ceilingClass.rule !== 'any-approved-tool') {
    findings.push(
      finding(
        'unlisted-ceiling-ignored',
        'unlistedTools.maxDataClass',
        `Unlisted tools are allowed up to "${ceilingClass.name}", but that class needs an agreement no unlisted tool has; they only receive classes open to any tool.`,
      ),
    );
  }

  const {lastReviewed} = config.review;
  if (lastReviewed && lastReviewed < config.effectiveDate) {
    findings.push(
      finding(
        'review-before-effective',
        'review.lastReviewed',
        `The last review (${lastReviewed}) is before the effective date (${config.effectiveDate}), so the next review is counted from a date before the policy existed; set review.lastReviewed to the review that approved this version.`,
      ),
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
          'cardholder-data-without-pci-dss',
          `dataClasses[${index}].rule`,
          `"${dataClass.name}" holds cardholder data and may go into ${open.length > 0 ? joinNames(open) : 'tools that are not listed'}; PCI DSS binds card merchants by contract even when the policy does not select it, and would keep cardholder data out of every AI tool. Add pci-dss to compliance or set the class's rule to never.`,
        ),
      );
    }
  }
  // An education institution is named in the AI Act's own text (Art. 5(1)(f), Annex III point 3), so an EU
  // university that uses AI tools is a deployer with duties the policy should state. GDPR alone does not say
  // that: it also binds organizations outside the EU, and most industries' AI use is not in the Act's lists.
  if (regimes.has('gdpr') && config.industry === 'education' && !regimes.has('eu-ai-act')) {
    findings.push(
      finding(
        'education-without-eu-ai-act',
        'compliance',
        'GDPR is selected for an education institution, but the EU AI Act is not: an institution in the EU that uses AI tools is a deployer, bound by AI literacy (Art. 4), by the ban on inferring emotions in education institutions (Art. 5(1)(f)), and, for admission, assessment or proctoring, by the high-risk rules (Annex III point 3). Add eu-ai-act to compliance.',
      ),
    );
  }
  findings.push(...controlledDataFindings(context));
  for (const [index, exception] of config.exceptions.granted.entries()) {
    if (UNBOUNDED_SCOPE.test(exception.what) || UNBOUNDED_SCOPE.test(exception.who)) {
      findings.push(
        finding(
          'exception-too-broad',
          `exceptions.granted[${index}].what`,
          `The exception for ${exception.who} ("${exception.what}") has no clear limit; an exception names one team, one tool and one kind of data.`,
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
function controlledDataFindings({config, table}: PolicyContext): LintFinding[] {
  const findings: LintFinding[] = [];
  const agreementsOf = new Map(config.tools.map((tool) => [tool.name, tool.agreement]));
  for (const [index, dataClass] of config.dataClasses.entries()) {
    const open = table.recipients(dataClass.id);
    const unlisted = table.unlistedMayReceive(dataClass.id);
    if (dataClass.categories.includes('classified') && (open.length > 0 || unlisted)) {
      findings.push(
        finding(
          'classified-data-allowed',
          `dataClasses[${index}].rule`,
          `"${dataClass.name}" holds classified information and may go into ${joinNames([...open, ...(unlisted ? ['tools that are not listed'] : [])])}; classified information is handled only on systems authorized under the NISPOM (32 CFR Part 117), never in these AI tools. Set the class's rule to never.`,
        ),
      );
      continue;
    }
    if (!dataClass.categories.some((category) => category === 'cui' || category === 'export-controlled'))
      continue;
    const outside = open.filter((tool) => !agreementsOf.get(tool)?.includes('self-hosted'));
    if (unlisted) outside.push('tools that are not listed');
    if (outside.length === 0) continue;
    findings.push(
      finding(
        'controlled-data-outside-self-hosted',
        `dataClasses[${index}].rule`,
        `"${dataClass.name}" holds controlled unclassified or export-controlled information and may go into ${joinNames(outside)}, which ${outside.length === 1 ? 'is' : 'are'} not self-hosted: the agreement does not say where the vendor hosts the data or whether foreign persons can reach it. Keep the class to self-hosted tools (set maxDataClass below it on the others) or set its rule to never.`,
      ),
    );
  }
  return findings;
}

/** One finding per class and hard rule: which rule tightened the class, and for which tools. */
function tighteningFindings({config, table}: PolicyContext): LintFinding[] {
  const groups = new Map<string, {classIndex: number; reason: Tightening['reason']; tools: string[]}>();
  for (const tightening of table.tightenings) {
    const key = `${tightening.classIndex}:${tightening.reason}`;
    const group = groups.get(key) ?? {
      classIndex: tightening.classIndex,
      reason: tightening.reason,
      tools: [],
    };
    group.tools.push(
      tightening.toolIndex === null ? 'tools that are not listed' : config.tools[tightening.toolIndex]!.name,
    );
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.classIndex - b.classIndex)
    .map(({classIndex, reason, tools}) => {
      const dataClass = config.dataClasses[classIndex]!;
      return finding(
        TIGHTENING_CODES[reason],
        `dataClasses[${classIndex}].rule`,
        `The rule of "${dataClass.name}" (${dataClass.rule}) was tightened: ${HARD_RULE_EXPLANATIONS[reason]}. The policy keeps the class out of ${joinNames(tools)}.`,
      );
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
        ...finding(
          'exception-waives-hard-rule',
          row,
          `The exception for ${exception.who} opens "${config.dataClasses[waiver.classIndex]!.name}" to ${joinNames(waiver.tools)}, but a rule no exception can waive keeps it closed (${REASON_EXPLANATIONS[waiver.reason]}). Remove the row, or narrow it to data outside that class; the page leaves it off.`,
        ),
        severity: 'error',
      });
    }
    if (!exception.approvedBy) {
      findings.push(
        finding(
          'exception-no-approver',
          row,
          `The exception for ${exception.who} records no approver; exceptions need written approval from ${config.exceptions.approver}: add approvedBy.`,
        ),
      );
    }
    if (exception.expires < config.effectiveDate) {
      findings.push(
        finding(
          'exception-expired-before-effective',
          `${row}.expires`,
          `The exception for ${exception.who} expired on ${exception.expires}, before the policy took effect (${config.effectiveDate}); it is left off the page. Remove it from the register.`,
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
    finding(
      'duty-weaker-than-source',
      'training.required',
      `training.required is false, but ${joinNames(binding)} require${binding.length === 1 ? 's' : ''} training; the policy says "must" anyway. Set training.required: true and name the course.`,
    ),
  ];
}
