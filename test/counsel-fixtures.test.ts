/**
 * The policies counsel read for issue #23, kept as fixtures: a hospital (HIPAA, advisory and mandatory), an
 * EU bank (GDPR, PCI DSS, EU AI Act), a university (GDPR, advisory) and a defense contractor (ISO/IEC 27001,
 * NIST AI RMF). Each test states what counsel checked in the rendered page.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {parsePolicyConfig} from '../src/config/parse.js';
import {policyConfigSchema} from '../src/config/schema.js';
import {buildPolicyDocument} from '../src/engine/build.js';
import {renderPolicyJson} from '../src/render/json.js';
import {renderPolicyMarkdown, renderSectionMarkdown} from '../src/render/markdown.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'counsel');

/** A counsel fixture, rendered; `edit` changes its file first (a variant counsel asked about). */
function policy(name: string, edit = (source: string) => source) {
  const file = path.join(FIXTURES, `${name}.yml`);
  const parsed = parsePolicyConfig(edit(readFileSync(file, 'utf8')), file);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const document = buildPolicyDocument(parsed.config);
  return {document, markdown: renderPolicyMarkdown(document), json: JSON.parse(renderPolicyJson(document))};
}

const ALL = ['hospital-advisory', 'hospital-mandatory', 'eu-bank', 'university', 'defense-contractor'];
/** Lines that a law, audit criterion or contractual standard backs: they carry its citation. */
const BINDING = /\*\((?:[^)]*; )?(SOC 2|HIPAA|GDPR|ISO\/IEC 27001|PCI DSS|EU AI Act|ISO\/IEC 42001) /;

describe('the policies counsel read', () => {
  it.each(ALL)(
    '%s: says training, the vendor review and the review cadence once, and no note for counsel',
    (name) => {
      const {markdown, document} = policy(name);
      const times = (pattern: RegExp) => markdown.match(new RegExp(pattern, 'g'))?.length ?? 0;
      expect(
        times(/ complete (\*[^*]+\*|the AI tools training|training that covers this policy)/),
      ).toBeLessThanOrEqual(1);
      expect(times(/security review before first use/)).toBe(1);
      expect(times(/be (approved by [a-z ]+ and )?reviewed every quarter/)).toBe(1);
      expect(markdown).not.toMatch(
        /secondary cop|Reported, not verified|confirm it in the eCFR|Official Journal|best practice until|not legal advice|counsel should review/,
      );
      // Every error-level finding is the config's fault, not the engine's: these configs have none.
      expect(document.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    },
  );

  it('hospital: HIPAA duties read the same in both postures; only the hospital’s own rules soften', () => {
    const advisory = policy('hospital-advisory').markdown.split('\n');
    const mandatory = policy('hospital-mandatory').markdown.split('\n');
    const cited = (lines: string[]) =>
      lines.filter((line) => BINDING.test(line) && !line.startsWith('- **Posture'));
    // The sanctions line differs by the organization's own consequence; every other HIPAA line is identical.
    // So does the review line: HIPAA's periodic review binds, the quarterly cadence is the hospital's own,
    // said apart in the advisory policy.
    const withoutSanctions = (lines: string[]) =>
      cited(lines).filter(
        (line) => !line.includes('§164.308(a)(1)(ii)(C)') && !line.includes('§164.316(b)(2)'),
      );
    expect(withoutSanctions(advisory)).toEqual(withoutSanctions(mandatory));
    for (const line of cited(advisory)) expect(line, line).not.toMatch(/\bshould\b/);
    const text = advisory.join('\n');
    expect(text).toContain('Everyone covered, managers included, must complete *HIPAA and AI tools*');
    expect(text).toContain('This policy must be reviewed periodically by the Privacy Office;');
    expect(text).toContain('must be reported to privacy\\@riverside.example at once');
    expect(text).toContain('a violation of them must lead to sanctions under the disciplinary process');
    // The hospital is the covered entity: it notifies, and its AI vendors notify it as business associates.
    expect(text).toMatch(/Riverside General Hospital must notify each person affected/);
    expect(text).toMatch(/It must notify HHS at the same time if 500 or more are affected/);
    expect(text).toMatch(
      /Above 500 affected residents of a State or jurisdiction, it must also notify prominent media there/,
    );
    expect(text).toMatch(
      /Each AI vendor under a BAA, as our business associate, must notify Riverside General Hospital/,
    );
    expect(text).toMatch(
      /Prompts must carry only the minimum PHI necessary, with no exception for a business associate/,
    );
    // The hospital's own rules take its advisory voice.
    expect(text).toContain('AI-generated code should pass human review');
    expect(text).not.toMatch(/engineering manager|company data|customer/i);
  });

  it('EU bank, advisory: the data the law keeps from other tools is said once, in the law’s voice', () => {
    const {markdown} = policy('eu-bank', (source) =>
      source.replace('posture: mandatory', 'posture: advisory'),
    );
    const sentence = markdown.split('\n').find((line) => line.includes('In any case'))!;
    expect(sentence).toContain('it must not receive personal data or cardholder data');
    // The card class is PCI DSS's cardholder data: not named again among what it "should never" receive.
    expect(sentence).not.toMatch(/should never receive[^.]*Cardholder/);
  });

  it('EU bank: PCI DSS makes the training yearly, in the training sentence with its citation', () => {
    const {markdown} = policy('eu-bank');
    const training = markdown.slice(
      markdown.indexOf('### Training'),
      markdown.indexOf('### ', markdown.indexOf('### Training') + 4),
    );
    expect(training).toMatch(
      /It must be repeated at least every 12 months\. \*\([^)]*PCI DSS 12\.6\.3; 12\.6\.3\.2/,
    );
    // Without PCI DSS nothing makes the training yearly: the hospital's policy does not say it.
    expect(policy('hospital-mandatory').markdown).not.toContain('at least every 12 months');
  });

  it('EU bank: creditworthiness is the high-risk example, with the fundamental rights assessment', () => {
    const {markdown, json} = policy('eu-bank');
    expect(markdown).toMatch(
      /evaluates creditworthiness or sets credit scores, other than to detect fraud \(Annex III point 5\(b\)\)/,
    );
    expect(markdown).toMatch(
      /must assess its impact on fundamental rights and notify the market surveillance authority/,
    );
    expect(markdown).toMatch(/practices the EU AI Act bans: .*social scoring/);
    expect(markdown).toContain(
      'the reviewer must not be the person who submitted it, and management must approve the change before release. *(PCI DSS 6.2.3; 6.2.3.1)*',
    );
    expect(markdown).toMatch(
      /If a high risk to them is likely, it must also tell the people affected without undue delay/,
    );
    // The self-hosted model: open where an agreement is needed, never to cardholder data.
    const cell = (tool: string, dataClass: string) =>
      json.decisions.find(
        (d: {tool: string; dataClass: string}) => d.tool === tool && d.dataClass === dataClass,
      );
    expect(cell('Internal Llama', 'customers').allowed).toBe(true);
    expect(cell('Internal Llama', 'cards').allowed).toBe(false);
    expect(json.dataClasses[2].effectiveRule).toEqual({
      never: false,
      requires: ['enterprise'],
      tightenedBy: [],
    });
  });

  it('university: no customers, no company, and GDPR duties stay binding in advisory posture', () => {
    const {markdown} = policy('university');
    expect(markdown).not.toMatch(/customer|company|citizen/i);
    expect(markdown).toContain(
      'Until it is approved as a new tool, any other AI tool may receive only Public information.\n\nNew tools should pass a security review before first use.',
    );
    // The class table says what the matrix row "Other tools" says: Public information goes to unlisted tools.
    expect(markdown).toMatch(/\| \*\*Public information\*\* +\| Any tool +\|/);
    expect(markdown).toMatch(/\| Other tools +\| +Allowed +\|/);
    // No tool is said to be usable "without review" beside the review every new tool needs before first use.
    expect(markdown).not.toMatch(/without review/);
    // Managed accounts bind the approved tools: an unlisted tool that may take public information has none.
    expect(markdown).toMatch(
      /approved AI tools should be used only through accounts Université de Valmont manages/,
    );
    expect(markdown).not.toMatch(
      /(?<![Aa]pproved (?:AI )?)tools (?:must|should) be used only through accounts/,
    );
    expect(markdown).toMatch(/AI alone must not make decisions with legal or similarly significant effects/);
    // GDPR's 72 hours run from when the university knows: reporting is its legal duty, not guidance.
    expect(markdown).toContain(
      'must be reported to dpo\\@valmont.example at once. Reporting, even of your own mistake, is never itself a ground for sanctions; the violation still is. Leaked credentials are rotated first. Each personal data breach must be documented, with its effects and the action taken. *(GDPR Art. 33(1), (5))*',
    );
    expect(markdown).toMatch(
      /likely to result in a high risk to people’s rights and freedoms must first have a data protection impact assessment/,
    );
  });

  it('defense contractor: its own vocabulary, ISO duties binding, NIST practices in its voice', () => {
    const {markdown} = policy('defense-contractor');
    expect(markdown).not.toMatch(/citizen/i);
    expect(markdown).toContain('**Industry:** Defense / government contractor');
    expect(markdown).toContain(
      'controlled unclassified information, export-controlled technical data and our contracts',
    );
    expect(markdown).toContain(
      'unlabelled information must be treated as **Controlled unclassified and export-controlled information**',
    );
    expect(markdown).toMatch(
      /Everyone covered must complete the AI tools training, as part of security awareness training\. \*\(ISO\/IEC 27001 A\.6\.3; NIST AI RMF GOVERN 2\.2\)\*/,
    );
  });

  it('defense contractor: no exception can open CUI, in the sentence and in `check`', () => {
    const {markdown} = policy('defense-contractor');
    // The classes no exception can open are this contractor's, not PHI or cardholder data it does not hold.
    expect(markdown).toContain(
      'None can waive a legal or audit duty or the rules on **Controlled unclassified and export-controlled information**, **Classified information** and **Credentials and secrets**.',
    );
    expect(markdown).not.toMatch(/PHI|cardholder/i);
    const file = path.join(FIXTURES, 'defense-contractor.yml');
    const withRow = `${readFileSync(file, 'utf8')}exceptions:\n  granted:\n    - {who: Avionics team, what: Copilot on CUI design notes, dataClasses: [cui], tools: [GitHub Copilot], approvedBy: CISO, expires: 2026-12-31}\n`;
    const parsed = parsePolicyConfig(withRow, file);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const document = buildPolicyDocument(parsed.config);
    expect(document.findings.filter((finding) => finding.severity === 'error')).toEqual([
      expect.objectContaining({code: 'exception-waives-hard-rule', path: 'exceptions.granted[0]'}),
    ]);
    expect(renderPolicyMarkdown(document)).not.toContain('Avionics team');
  });

  it('SaaS reference inputs: personal data goes into no AI tool, said once, without duties that assume it', () => {
    // SOC 2 + GDPR with the default classes: the restricted class, which holds personal data, is "Never".
    const document = buildPolicyDocument(
      policyConfigSchema.parse({
        organization: 'Acme Corp',
        effectiveDate: '2026-06-15',
        compliance: ['soc2', 'gdpr'],
        tools: [{name: 'GitHub Copilot', agreement: 'enterprise'}],
      }),
    );
    const gdpr = renderSectionMarkdown(document, 'gdpr');
    expect(gdpr).toContain(
      '- Personal data (**Customer data, PII, credentials and secrets**) must not go into any AI tool: our own rule, stricter than the GDPR, which would allow AI vendors under an Art. 28 data-processing agreement.',
    );
    // Duties that only bind when personal data reaches an AI tool are left out; the breach duties stay.
    expect(gdpr).not.toMatch(
      /Prompts must carry only necessary personal data|Privacy notices must list|records of processing must list|data protection impact assessment|documented lawful basis/,
    );
    expect(gdpr).toMatch(/notify the supervisory authority of a personal data breach within 72 hours/);
    expect(gdpr).toMatch(/tell the people affected without undue delay/);
  });

  it('the rules no exception can waive name only the classes this policy closes', () => {
    expect(policy('university').markdown).toContain(
      'None can waive a legal or audit duty or the rules on **Student and staff records** and **Credentials and secrets**.',
    );
    expect(policy('eu-bank').markdown).toContain(
      'None can waive a legal or audit duty or the rules on **Customer personal data**, **Cardholder data** and **Credentials and secrets**.',
    );
  });
});
