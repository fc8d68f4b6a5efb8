/**
 * A duty is as binding as the strongest source that imposes it: a law, audit criterion or contractual
 * standard makes it "must" whatever the posture. Checked on the rendered Markdown for every shared duty,
 * every regime that sources it, and both postures, so no duty can slip out of the model and soften.
 */
import {describe, expect, it} from 'vitest';
import {MESSAGES} from '../src/engine/catalog.generated.js';
import {citationText} from '../src/engine/citations.js';
import {REGIMES} from '../src/engine/regimes/index.js';
import {REGIME_IDS} from '../src/vocabulary/config-values.js';
import {ALL_REGIMES, documentOf, markdownOf} from './support/policy.js';

/** One regime selected, with classes that make every clause apply (PHI, personal data, cardholder data). */
function onlyRegime(regime: string, posture: 'advisory' | 'mandatory') {
  return {
    ...ALL_REGIMES,
    posture,
    compliance: [regime],
    // A decision reserved to a person: the EU AI Act's Art. 26(2) then sources the automated-decisions duty.
    useCases: {humanDecisions: ['credit decisions']},
    incidents: {contact: 'security@acme.example'},
    dataClasses: [
      {id: 'public', name: 'Public', rule: 'any-approved-tool'},
      {id: 'internal', name: 'Internal', rule: 'enterprise-agreement-only', categories: ['personal-data']},
      {id: 'phi', name: 'Patient records', rule: 'baa-only', categories: ['phi']},
      {id: 'cards', name: 'Card data', rule: 'never', categories: ['cardholder-data']},
      {id: 'restricted', name: 'Secrets', rule: 'never', categories: ['credentials']},
    ],
  };
}

/** Each (regime, duty) a binding regime's clauses source, with the first such clause's citation. */
const BINDING_SOURCES = REGIME_IDS.flatMap((id) => {
  const regime = REGIMES[id];
  if (regime.nature === 'framework') return [];
  const seen = new Set<string>();
  return regime.clauses.flatMap((clause) => {
    if (!clause.duty || seen.has(clause.duty)) return [];
    seen.add(clause.duty);
    const label = MESSAGES[`${id}.label` as keyof typeof MESSAGES];
    return [{regime: id, duty: clause.duty, cited: `${label} ${citationText(clause.citation, 'en')}`}];
  });
});

describe('the voice of shared duties', () => {
  it('covers every shared duty a law, audit criterion or contract imposes', () => {
    // Incident reporting is GDPR's duty too: Art. 33's 72 hours run from the moment the organization knows.
    expect(BINDING_SOURCES.map(({regime, duty}) => `${regime}:${duty}`)).toEqual(
      expect.arrayContaining([
        'gdpr:incident-reporting',
        'gdpr:automated-decisions',
        'hipaa:incident-reporting',
        'hipaa:training',
        'hipaa:sanctions',
        'pci-dss:training',
        'pci-dss:code-review',
        'eu-ai-act:training',
        'eu-ai-act:prohibited-practices',
        'iso27001:exceptions',
        'soc2:vendor-review',
      ]),
    );
  });

  it.each(
    BINDING_SOURCES.flatMap((source) =>
      (['advisory', 'mandatory'] as const).map((posture) => ({...source, posture})),
    ),
  )('$regime makes $duty read "must" in $posture posture', ({regime, duty, cited, posture}) => {
    const config = onlyRegime(regime, posture);
    const document = documentOf(config);
    expect(document.facts.duties.find((candidate) => candidate.id === duty)?.voice).toBe('binding');
    // The citation closes the list or is followed by another one: "A.5.1" must not match "A.5.10".
    const lines = markdownOf(config)
      .split('\n')
      .filter((line) => line.includes(`${cited})`) || line.includes(`${cited};`));
    // The duty is said once, where its citation stands; nothing in that sentence is softened.
    expect(lines, `no line cites ${cited}`).toHaveLength(1);
    expect(lines[0]).toMatch(/\bmust\b/);
    expect(lines[0]).not.toMatch(/\bshould\b|\bexpected\b|strongly discouraged/);
  });
});
