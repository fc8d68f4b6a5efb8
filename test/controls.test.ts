import {describe, expect, it} from 'vitest';
import {
  CONTROL_FRAMEWORKS,
  controlsFor,
  FRAMEWORK_IDS,
  ORGANIZATION_RULES,
} from '../src/engine/controls/index.js';
import {REGIMES} from '../src/engine/regimes/index.js';
import {toPolicyJson} from '../src/render/json.js';
import {REGIME_IDS} from '../src/vocabulary/config-values.js';
import {ALL_REGIMES, documentOf, MINIMAL} from './support/policy.js';

const CLAUSE_IDS = new Set(REGIME_IDS.flatMap((id) => REGIMES[id].clauses.map((clause) => clause.id)));
const RULE_IDS = new Set(ORGANIZATION_RULES.map((rule) => rule.id));

describe('the control mapping files', () => {
  it.each(FRAMEWORK_IDS)('%s maps only known items to controls in its scope, each once', (id) => {
    const framework = CONTROL_FRAMEWORKS[id];
    const scope = framework.scope.map(([control]) => control);
    expect(new Set(scope).size).toBe(scope.length);
    const seen = new Set<string>();
    for (const record of framework.mappings) {
      expect(CLAUSE_IDS.has(record.item) || RULE_IDS.has(record.item), `unknown item ${record.item}`).toBe(
        true,
      );
      expect(scope, `${record.item} → ${record.control}`).toContain(record.control);
      expect(
        record.checked.length,
        `${record.item} → ${record.control} says what was checked`,
      ).toBeGreaterThan(10);
      const key = `${record.item} ${record.control}`;
      expect(seen.has(key), `${key} mapped twice`).toBe(false);
      seen.add(key);
    }
    // Titles are short labels, never the licensed control text.
    for (const [, title] of framework.scope) expect(title.length).toBeLessThanOrEqual(80);
  });

  it('maps every regime clause to at least one control of its own framework', () => {
    for (const regime of REGIME_IDS)
      for (const clause of REGIMES[regime].clauses)
        expect(controlsFor(clause.id, [regime]), `${clause.id} has no ${regime} control`).not.toEqual([]);
  });

  it('answers controlsFor with the framework, the control and the relation', () => {
    expect(controlsFor('hipaa.training')).toEqual([
      {framework: 'hipaa', control: '164.308(a)(5)', relation: 'partially'},
    ]);
    expect(controlsFor('org.code-review', ['pci-dss', 'owasp-llm'])).toEqual([
      {framework: 'pci-dss', control: '6.2.3', relation: 'supports'},
      {framework: 'owasp-llm', control: 'LLM05', relation: 'supports'},
      {framework: 'owasp-llm', control: 'LLM09', relation: 'supports'},
    ]);
    expect(controlsFor('no.such-item')).toEqual([]);
  });
});

describe('controls in the document and the JSON download', () => {
  it('gives each duty the controls of the clauses that impose it', () => {
    const json = toPolicyJson(documentOf({...MINIMAL, compliance: ['soc2', 'iso27001']}));
    const duty = json.duties.find((entry) => entry.id === 'code-review')!;
    const clauses = duty.sources.flatMap((source) => (source.kind === 'regime' ? [source.clause] : []));
    expect(clauses).toEqual(['soc2.change', 'iso27001.sdlc']);
    expect(duty.controls).toEqual([
      {framework: 'soc2', control: 'CC8.1', relation: 'implements'},
      {framework: 'iso27001', control: 'A.8.25', relation: 'implements'},
      {framework: 'iso27001', control: 'A.8.28', relation: 'implements'},
      {framework: 'iso27001', control: 'A.8.32', relation: 'implements'},
    ]);
    // A duty with no regime behind it addresses no control of its own.
    for (const entry of json.duties)
      if (entry.sources.every((source) => source.kind === 'organization')) expect(entry.controls).toEqual([]);
  });

  it('puts the selected frameworks’ controls on every clause and organization rule', () => {
    const json = toPolicyJson(documentOf({...MINIMAL, compliance: ['soc2', 'gdpr']}));
    expect(json.schemaVersion).toBe(6);
    const soc2 = json.regimes.find((regime) => regime.id === 'soc2')!;
    expect(soc2.clauses.find((clause) => clause.id === 'soc2.change')?.controls).toEqual([
      {framework: 'soc2', control: 'CC8.1', relation: 'implements'},
    ]);
    for (const regime of json.regimes)
      for (const clause of regime.clauses) expect(clause.controls).not.toEqual([]);
    const codeReview = json.organizationRules.find((rule) => rule.id === 'org.code-review');
    // ISO 27001 and PCI DSS are not selected: their controls stay out.
    expect(codeReview).toEqual({
      id: 'org.code-review',
      section: 'code-review',
      controls: [
        {framework: 'soc2', control: 'CC8.1', relation: 'supports'},
        {framework: 'owasp-llm', control: 'LLM05', relation: 'supports'},
        {framework: 'owasp-llm', control: 'LLM09', relation: 'supports'},
      ],
    });
    expect(json.organizationRules.map((rule) => rule.id)).toEqual([
      'org.approved-tools',
      'org.data-classification',
      'org.code-review',
      'org.budgets',
      'org.incidents',
      'org.exceptions',
      'org.review',
    ]);
  });

  it('lists only the selected frameworks, with what addresses each control and the gaps', () => {
    const document = documentOf({...MINIMAL, compliance: ['hipaa']});
    expect(document.controls.map((framework) => framework.id)).toEqual(['hipaa', 'owasp-llm']);
    const hipaa = document.controls[0]!;
    const training = hipaa.controls.find((control) => control.id === '164.308(a)(5)');
    expect(training?.addressedBy).toEqual([
      expect.objectContaining({
        id: 'hipaa.training',
        kind: 'clause',
        // A clause that imposes a shared duty is said in that duty's section.
        section: 'approved-tools',
        relation: 'partially',
      }),
    ]);
    expect(training?.addressedBy[0]?.statement).toMatch(/training/i);
    // No tool may receive PHI in the minimal policy, so the minimum-necessary clause does not apply.
    expect(hipaa.gaps.map((gap) => gap.id)).toEqual(['164.312(b)', '164.502(b)', '164.514(d)']);
  });

  it('drops a rule whose section is disabled, so its controls become gaps', () => {
    const withBudgets = documentOf(MINIMAL).controls.find((framework) => framework.id === 'owasp-llm')!;
    expect(withBudgets.gaps.map((gap) => gap.id)).not.toContain('LLM10');
    const without = documentOf({...MINIMAL, sections: {disable: ['budgets']}}).controls.find(
      (framework) => framework.id === 'owasp-llm',
    )!;
    expect(without.gaps.map((gap) => gap.id)).toContain('LLM10');
    expect(
      toPolicyJson(documentOf({...MINIMAL, sections: {disable: ['budgets']}})).organizationRules.map(
        (rule) => rule.id,
      ),
    ).not.toContain('org.budgets');
  });

  it('maps this many controls per framework for an all-regimes policy', () => {
    const counts = Object.fromEntries(
      documentOf(ALL_REGIMES).controls.map((framework) => [
        framework.id,
        {mapped: framework.controls.length, gaps: framework.gaps.length},
      ]),
    );
    expect(counts).toEqual({
      soc2: {mapped: 12, gaps: 2},
      hipaa: {mapped: 17, gaps: 1},
      gdpr: {mapped: 16, gaps: 0},
      iso27001: {mapped: 22, gaps: 6},
      'pci-dss': {mapped: 15, gaps: 2},
      // Art. 27 (the fundamental rights impact assessment) binds only the industries its clause applies to.
      'eu-ai-act': {mapped: 4, gaps: 1},
      iso42001: {mapped: 13, gaps: 0},
      'nist-ai-rmf': {mapped: 10, gaps: 2},
      'owasp-llm': {mapped: 5, gaps: 5},
    });
  });
});

describe('the control-gap finding', () => {
  const gapsOf = (input: unknown) =>
    documentOf(input).findings.filter((finding) => finding.code === 'control-gap');

  it('reports none for a policy whose gaps no config could close: those are for the crosswalk page', () => {
    expect(gapsOf(ALL_REGIMES)).toEqual([]);
    expect(documentOf(ALL_REGIMES).controls.find((framework) => framework.id === 'hipaa')?.gaps).toEqual([
      {id: '164.312(b)', title: 'Audit controls', disabledSections: []},
    ]);
  });

  it('names the controls a disabled section leaves uncovered, in a framework that binds', () => {
    const [soc2, ...rest] = gapsOf({...ALL_REGIMES, sections: {disable: ['incidents-and-exceptions']}});
    expect(soc2).toMatchObject({
      code: 'control-gap',
      severity: 'warning',
      path: 'sections.disable',
      stale: false,
    });
    expect(soc2!.message).toMatch(
      /^SOC 2: nothing in the policy addresses CC7\.3 \(Evaluation of security events\)/,
    );
    expect(rest.map((finding) => finding.message.split(':')[0])).toEqual([
      'ISO/IEC 27001',
      'PCI DSS',
      'ISO/IEC 42001',
    ]);
  });

  it('leaves voluntary frameworks out unless controlGaps is all, and reports none with none', () => {
    const budgetsOff = {...MINIMAL, sections: {disable: ['budgets']}};
    expect(gapsOf(budgetsOff)).toEqual([]);
    const all = gapsOf({...budgetsOff, controlGaps: 'all'});
    expect(all.map((finding) => finding.message)).toEqual([
      expect.stringMatching(
        /^OWASP Top 10 for LLM Applications: nothing in the policy addresses LLM10 \(Unbounded Consumption\), because `budgets` is in `sections.disable`/,
      ),
    ]);
    expect(
      gapsOf({...ALL_REGIMES, sections: {disable: ['incidents-and-exceptions']}, controlGaps: 'none'}),
    ).toEqual([]);
  });
});
