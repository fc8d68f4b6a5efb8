import type {PolicyContext} from './context.js';
import {agreementPermits} from './decisions.js';
import {AGREEMENT_LABELS} from './labels.js';
import type {LintFinding} from './model.js';

const finding = (code: LintFinding['code'], path: string, message: string): LintFinding => ({
  code,
  severity: 'warning',
  message,
  path,
  stale: false,
});

/**
 * Config combinations that are valid YAML but say two things at once. They are warnings, not errors: the
 * generated policy stays on the safe side (a tool never receives data its agreement cannot cover), but the
 * config's author believes something the page does not say.
 */
export function findContradictions(context: PolicyContext): LintFinding[] {
  const {config} = context;
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
          `${tool.name} is allowed up to "${ceiling.name}", but its ${AGREEMENT_LABELS[tool.agreement]} does not cover that class; the policy only lets it receive less sensitive classes.`,
        ),
      );
    }
  }

  const phiClasses = context.classesWith('phi');
  if (regimes.has('hipaa')) {
    if (phiClasses.length === 0) {
      findings.push(
        finding(
          'regime-missing-data',
          'dataClasses',
          'HIPAA is selected but no data class is marked with the "phi" category, so the policy cannot say where PHI may go.',
        ),
      );
    }
    for (const phiClass of phiClasses) {
      const withoutBaa = context.toolsForClass(phiClass.id).filter((tool) => tool.agreement !== 'baa');
      if (phiClass.rule !== 'never' && context.toolsWithBaa.length === 0) {
        findings.push(
          finding(
            'phi-without-baa',
            `dataClasses[${config.dataClasses.indexOf(phiClass)}].rule`,
            `"${phiClass.name}" carries PHI and is not "never", but no approved tool has a BAA; under HIPAA no tool may receive it.`,
          ),
        );
      } else if (withoutBaa.length > 0) {
        findings.push(
          finding(
            'phi-without-baa',
            `dataClasses[${config.dataClasses.indexOf(phiClass)}].rule`,
            `"${phiClass.name}" carries PHI but may go into ${withoutBaa.map((tool) => tool.name).join(', ')}, which has no BAA; use the "baa-only" rule.`,
          ),
        );
      }
    }
  }

  if (regimes.has('pci-dss')) {
    for (const cardClass of context.classesWith('cardholder-data')) {
      const tools = context.toolsForClass(cardClass.id);
      if (tools.length > 0) {
        findings.push(
          finding(
            'cardholder-data-allowed',
            `dataClasses[${config.dataClasses.indexOf(cardClass)}].rule`,
            `"${cardClass.name}" carries cardholder data but may go into ${tools.map((tool) => tool.name).join(', ')}; PCI DSS scoping makes any such tool part of the cardholder data environment.`,
          ),
        );
      }
    }
  }

  if (regimes.has('gdpr')) {
    for (const personalClass of [
      ...context.classesWith('personal-data'),
      ...context.classesWith('special-category-data'),
    ]) {
      const tools = context
        .toolsForClass(personalClass.id)
        .filter((tool) => tool.agreement === 'none' || tool.agreement === 'standard');
      if (tools.length > 0) {
        findings.push(
          finding(
            'personal-data-without-agreement',
            `dataClasses[${config.dataClasses.indexOf(personalClass)}].rule`,
            `"${personalClass.name}" carries personal data but may go into ${tools.map((tool) => tool.name).join(', ')} without a data-processing agreement (GDPR Art. 28).`,
          ),
        );
      }
    }
    if (!config.incidents.contact && !config.incidents.channel) {
      findings.push(
        finding(
          'regime-missing-data',
          'incidents.contact',
          'GDPR breach notification runs on a 72-hour clock, but the policy names no incident contact or channel.',
        ),
      );
    }
  }
  if (regimes.has('hipaa') && !config.training.required) {
    findings.push(
      finding(
        'regime-missing-data',
        'training.required',
        'HIPAA requires security awareness training for the whole workforce, but training.required is false.',
      ),
    );
  }

  for (const [index, dataClass] of config.dataClasses.entries()) {
    if (dataClass.rule !== 'never' && context.toolsForClass(dataClass.id).length === 0) {
      findings.push(
        finding(
          'class-unreachable',
          `dataClasses[${index}].rule`,
          `"${dataClass.name}" is not "never", yet no approved tool may receive it (check the tools' agreements and limits).`,
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
  return findings;
}
