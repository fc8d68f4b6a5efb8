/**
 * What a reader sees in the regime sections (issue #23, counsel's second reading): one answer where our own
 * rule and the law speak to the same matter, our own choices never dressed in a legal citation, and each
 * duty said once. Read on the rendered Markdown of the counsel fixtures and the word-count configs.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {parsePolicyConfig} from '../src/config/parse.js';
import {buildPolicyDocument} from '../src/engine/build.js';
import {renderPolicyMarkdown} from '../src/render/markdown.js';
import {nodesOfType, parseMarkdown, textOf} from './support/policy.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'counsel');

function render(source: string, file = 'ai-policy.yml'): string {
  const parsed = parsePolicyConfig(source, file);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return renderPolicyMarkdown(buildPolicyDocument(parsed.config));
}

function fixture(name: string): string {
  const file = path.join(FIXTURES, `${name}.yml`);
  return render(readFileSync(file, 'utf8'), file);
}

/** Every bullet and every paragraph outside a list, as plain text with its citation. */
function statements(markdown: string): string[] {
  const tree = parseMarkdown(markdown);
  const paragraphs = tree.children.filter((node) => node.type === 'paragraph');
  return [...nodesOfType(tree, 'listItem'), ...paragraphs].map(textOf);
}

describe('credit decisions at the EU bank', () => {
  const markdown = fixture('eu-bank');

  it('get one answer, with our rule and every legal source together', () => {
    const credit = statements(markdown).filter((text) => /credit decisions/i.test(text));
    expect(credit).toHaveLength(1);
    expect(credit[0]).toMatch(
      /^AI must not take credit decisions: a person takes them, with AI at most assisting \(our own rule/,
    );
    expect(credit[0]).toMatch(/\(GDPR Art\. 22; EU AI Act Art\. 26\(2\)\)$/);
  });

  it('keep the general Art. 22 rule for every other decision, in the same bullet', () => {
    const article22 = statements(markdown).filter((text) => /Art\. 22\(2\) allows it/.test(text));
    expect(article22).toHaveLength(1);
    expect(article22[0]).toMatch(/Any other decision with legal or similarly significant effects/);
    expect(markdown).not.toMatch(/without a human decision-maker/);
  });
});

describe('GDPR: our own choices and the breach duties', () => {
  const university = fixture('university');

  it('cites Art. 32 on its own test, and says managed accounts and settings as our rule in the posture voice', () => {
    const art32 = statements(university).filter((text) => text.includes('Art. 32)'));
    expect(art32).toHaveLength(1);
    // Advisory: the university's own choices are guidance; only Art. 32's test binds.
    expect(art32[0]).toMatch(/^Our own rule: approved AI tools should be used only through accounts/);
    expect(art32[0]).toMatch(/each tool should keep its shortest retention and opt out of model training/);
    expect(art32[0]).toMatch(/security must fit the risk\. \*?\(GDPR Art\. 32\)\*?$/);
  });

  it('says the breach notices in short sentences, and documents personal data breaches once, under Incidents', () => {
    const breach = statements(university).find((text) => text.includes('supervisory authority'))!;
    for (const sentence of breach.split(/(?<=\.) (?=[A-Z])/)) {
      expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(35);
    }
    expect(breach).not.toMatch(/documented/);
    const documented = statements(university).filter((text) => /\bbe documented\b/.test(text));
    expect(documented).toHaveLength(1);
    expect(documented[0]).toMatch(/^Suspected exposures/);
    expect(documented[0]).not.toMatch(/Each incident/);
    expect(documented[0]).toMatch(/GDPR Art\. 33\(1\), \(5\)/);
  });
});

describe('HIPAA at the hospital', () => {
  const mandatory = fixture('hospital-mandatory');
  const advisory = fixture('hospital-advisory');

  it('says the breach notices in short sentences, vendors under a BAA only, citations in section order', () => {
    const breach = statements(mandatory).find((text) => text.startsWith('After a breach of unsecured PHI'))!;
    expect(breach).toMatch(/Each AI vendor under a BAA, as our business associate, must notify/);
    expect(breach).toMatch(/\(HIPAA §164\.404\(b\); §164\.406; §164\.408; §164\.410\)$/);
    for (const sentence of breach.split(/(?<=\.) (?=[A-Z])/)) {
      expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(32);
    }
  });

  it('treats a prompt as a disclosure to a business associate only when the vendor is under a BAA', () => {
    expect(mandatory).toContain('only the minimum PHI necessary, with no exception for a business associate');
    expect(mandatory).not.toContain('A prompt to an AI vendor is a disclosure');
  });

  it('sanctions every violation in proportion, citing the Security and the Privacy Rule', () => {
    const sanctions = statements(mandatory).find((text) => text.includes('§164.308(a)(1)(ii)(C)'))!;
    expect(sanctions).toMatch(/each violation must be sanctioned in proportion to its gravity/);
    expect(sanctions).not.toMatch(/repeated or deliberate/);
    expect(sanctions).toMatch(/§164\.308\(a\)\(1\)\(ii\)\(C\); §164\.530\(e\)\)$/);
    expect(advisory).toMatch(
      /a violation of them must lead to sanctions[^*]*\*\(HIPAA §164\.308\(a\)\(1\)\(ii\)\(C\); §164\.530\(e\)\)/,
    );
  });

  it('makes the policy review binding in the advisory hospital, with the six-year retention', () => {
    const review = statements(advisory).find((text) => text.includes('§164.316(b)(2)'))!;
    // HIPAA requires a periodic review; the quarterly cadence is the hospital's own, said apart in its voice.
    expect(review).toMatch(/^This policy must be reviewed periodically by the Privacy Office/);
    expect(review).toMatch(
      /Each version must be kept six years from when it was last in effect\. \(HIPAA §164\.316\(b\)\(2\)\)$/,
    );
  });
});

describe('PCI DSS, ISO/IEC 27001 and the "Also required" line', () => {
  const bank = fixture('eu-bank');
  const defense = fixture('defense-contractor');
  const hospital = fixture('hospital-mandatory');

  it('says the cardholder-data ban is ours and the PAN masking is PCI DSS', () => {
    const pan = statements(bank).find((text) => text.includes('PCI DSS 3.4.1'))!;
    expect(pan).toMatch(
      /never goes into an AI tool \(our rule\)\. Where a PAN appears anyway, AI logs included, it must/,
    );
    expect(pan).not.toMatch(/whatever the class rule/);
  });

  it('writes the ISO/IEC 27001 intro as a sentence and the classification once', () => {
    expect(defense).toContain('ISO/IEC 27001 controls\n\nCertification criteria, not law.');
    expect(defense).not.toMatch(/\bSoA\b/);
    expect(
      statements(defense).filter((text) => /must follow (its|the|their) classification/.test(text)),
    ).toHaveLength(1);
  });

  it('names only duties the policy states, in the regime’s own words', () => {
    const lines = (markdown: string) =>
      markdown.split('\n').filter((line) => line.startsWith('Also required:'));
    // No sentence of these policies says what is logged.
    for (const line of [...lines(bank), ...lines(defense), ...lines(hospital)])
      expect(line).not.toMatch(/logs/);
    // HIPAA and ISO call it security awareness training; AI literacy is the EU AI Act's term.
    for (const line of [...lines(defense), ...lines(hospital)]) {
      expect(line).not.toMatch(/AI literacy/);
    }
    expect(lines(hospital)).toContain(
      'Also required: sanctions, training, incident reporting and policy review.',
    );
  });
});

describe('EU AI Act at the bank, and the NIST AI RMF at the contractor', () => {
  const bank = fixture('eu-bank');
  const defense = fixture('defense-contractor');

  it('tells workers before they are subjected to a high-risk system, not before any use at work', () => {
    expect(bank).toMatch(/must be told before workers are subjected to it/);
    expect(bank).not.toMatch(/before it is used at work/);
  });

  it('asks a bank for the credit-scoring impact assessment only, with the annex cited once', () => {
    const fria = statements(bank).find((text) => text.includes('Art. 27('))!;
    expect(fria).not.toMatch(/insurance/);
    expect(fria.match(/Annex III/g)).toHaveLength(1);
  });

  it('cites Art. 4 for training, not the date it applies from', () => {
    expect(bank).not.toMatch(/Art\. 113\(a\)/);
    expect(bank).toMatch(/\(PCI DSS 12\.6\.3; 12\.6\.3\.2; EU AI Act Art\. 4\)/);
  });

  it('has no empty "anything unlawful" ban on citations that do not support it', () => {
    expect(defense).not.toMatch(/unlawful/);
    expect(defense).not.toMatch(/GV-1\.4-002|GV-6\.1-010|GV-3\.2-003/);
  });
});

/** A config from the university fixture with some fields replaced. */
function university(changes: Record<string, string>): string {
  let source = readFileSync(path.join(FIXTURES, 'university.yml'), 'utf8');
  for (const [field, value] of Object.entries(changes)) {
    const line = new RegExp(`^${field}:.*$`, 'm');
    source = line.test(source)
      ? source.replace(line, `${field}: ${value}`)
      : `${source}\n${field}: ${value}\n`;
  }
  return render(source);
}

describe('EU AI Act: dates, Art. 27 and one voice for disclosure', () => {
  const publicBody =
    /If [^.]+ is a public body or provides a public service, it must assess a high-risk AI system’s impact on fundamental rights before first use/;

  it('states Art. 26 and Art. 50 without an application date, which stays in the clause records', () => {
    for (const markdown of [fixture('eu-bank'), fixture('university')]) {
      expect(markdown).not.toMatch(/August 2026|December 2027/);
      expect(markdown).toMatch(/^- A high-risk AI system, such as /m);
    }
    const file = path.join(FIXTURES, 'university.yml');
    const parsed = parsePolicyConfig(readFileSync(file, 'utf8'), file);
    if (!parsed.ok) throw new Error('fixture');
    const clauses = buildPolicyDocument(parsed.config).facts.clauses;
    const checked = (id: string) => clauses.find((clause) => clause.id === id)!.checked;
    expect(checked('euaiact.deployer')).toMatch(/2 August 2026.*2 December 2027/);
    expect(checked('euaiact.transparency')).toMatch(/applies from 2 August 2026/);
  });

  it('asks a possibly public body for the Art. 27 assessment, as a condition, and nobody else', () => {
    const statement = statements(fixture('university')).find((text) => publicBody.test(text))!;
    expect(statement).toMatch(/^If Université de Valmont is a public body/);
    expect(statement).toMatch(/\(EU AI Act Art\. 27\(1\), \(3\)\)$/);
    expect(university({industry: 'government'})).toMatch(publicBody);
    // A hospital or a software company is told nothing of Art. 27; the bank keeps its credit-scoring case.
    expect(university({industry: 'healthcare'})).not.toMatch(/Art\. 27/);
    expect(university({industry: 'saas'})).not.toMatch(/Art\. 27/);
    const bank = fixture('eu-bank');
    expect(bank).not.toMatch(publicBody);
    expect(bank).toMatch(/Before first using such a system to evaluate creditworthiness/);
  });

  it('says the Art. 50(4) text duty once, bound and cited, under "Disclosing AI use"', () => {
    const publicText = /AI-generated text published (to inform the public )?on matters of public interest/g;
    for (const markdown of [fixture('eu-bank'), fixture('university')]) {
      expect(markdown.match(publicText)).toHaveLength(1);
      const disclosing = markdown.slice(markdown.indexOf('### Disclosing AI use'));
      // The advisory university binds it too: it is law, whatever the posture.
      expect(disclosing).toMatch(
        /- AI-generated text published on matters of public interest must be disclosed unless a person reviewed it under editorial responsibility\. \*\(EU AI Act Art\. 50\(4\)\)\*/,
      );
      expect(markdown).not.toMatch(/Published content (must|should) disclose/);
      expect(markdown).toMatch(/- Deepfakes must be labelled and people told of emotion recognition/);
    }
    // Without the Act the line is the organization's own rule, in its voice; with the Act but no
    // published-content line, the Act's bullet says the duty itself.
    const ownRule = university({compliance: '[gdpr]'});
    expect(ownRule).toMatch(/Published content should disclose substantial AI generation/);
    expect(ownRule).not.toMatch(/Art\. 50/);
    const noLine = university({disclosure: '{publishedContent: false}'});
    expect(noLine.match(publicText)).toHaveLength(1);
    expect(noLine).toMatch(/Deepfakes must be labelled, AI-generated text published to inform the public/);
  });
});
