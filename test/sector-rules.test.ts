/**
 * The two sector gaps counsel called blocking in issue #23: a European university that does not select the
 * EU AI Act, and a US defense contractor whose policy names CUI, export-controlled and classified data but
 * cites no law about them. Each test reads what a user sees: the rendered sentences with their citations,
 * and `ai-policy check`'s exit code and located finding.
 */
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {parse as parseYaml} from 'yaml';
import {parsePolicyConfig} from '../src/config/parse.js';
import {type PolicyConfigInput, policyConfigSchema} from '../src/config/schema.js';
import {buildPolicyDocument} from '../src/engine/build.js';
import {cfr, cfrParts, citationText, contractClause, labelledCitation} from '../src/engine/citations.js';
import {shippedCatalog} from '../src/i18n/site-language.js';
import {renderPolicyJson} from '../src/render/json.js';
import {renderPolicyMarkdown, renderSectionMarkdown} from '../src/render/markdown.js';
import {runCliCaptured as cli} from './support/cli.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures', 'counsel');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, {recursive: true, force: true});
});

function dirWith(source: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ai-policy-sector-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, 'ai-policy.yml'), source);
  return dir;
}

const fixture = (name: string) => readFileSync(path.join(FIXTURES, `${name}.yml`), 'utf8');

function documentOf(source: string, locale?: 'fr' | 'de') {
  const parsed = parsePolicyConfig(source, 'ai-policy.yml');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return buildPolicyDocument(parsed.config, locale ? {catalog: shippedCatalog(locale), locale} : undefined);
}

const codes = (input: PolicyConfigInput) =>
  buildPolicyDocument(policyConfigSchema.parse(input)).findings.map((finding) => finding.code);

describe('a European university without the EU AI Act', () => {
  const withoutAiAct = fixture('university').replace('compliance: [gdpr, eu-ai-act]', 'compliance: [gdpr]');

  it('`check` warns at `compliance`, saying why and what to add; --strict exits 1', async () => {
    expect(withoutAiAct).not.toBe(fixture('university'));
    const run = await cli(['check', '--strict', '--today', '2026-09-01'], {cwd: dirWith(withoutAiAct)});
    expect(run.code).toBe(1);
    const line = withoutAiAct.split('\n').findIndex((text) => text.startsWith('compliance:')) + 1;
    expect(run.stdout).toMatch(
      new RegExp(
        `^warning {2}ai-policy\\.yml:${line}:13 {2}compliance {2}GDPR is selected for an education institution, but the EU AI Act is not: .*deployer.*AI literacy \\(Art\\. 4\\).*inferring emotions in education institutions \\(Art\\. 5\\(1\\)\\(f\\)\\).*admission, assessment or proctoring.*\\(Annex III point 3\\)\\. Add eu-ai-act to compliance\\. \\[education-without-eu-ai-act\\]$`,
        'm',
      ),
    );
  });

  it('the counsel fixture selects it, and `check --strict` passes', async () => {
    // The fixture records its review on 2026-12-01: a day before it would be a review from the future.
    const run = await cli(['check', '--strict', '--today', '2026-12-01'], {
      cwd: dirWith(fixture('university')),
    });
    expect(run.stdout).not.toContain('education-without-eu-ai-act');
    expect(run.code).toBe(0);
  });

  it('U3-2: a Data Protection Officer as owner is a located warning (GDPR Art. 38(6)); the fixture names the CIO', async () => {
    const withDpo = fixture('university').replace(
      'owner: Chief Information Officer',
      'owner: Data Protection Officer',
    );
    expect(withDpo).not.toBe(fixture('university'));
    const run = await cli(['check', '--strict', '--today', '2026-12-01'], {cwd: dirWith(withDpo)});
    expect(run.code).toBe(1);
    const line = withDpo.split('\n').findIndex((text) => text.startsWith('owner:')) + 1;
    expect(run.stdout).toMatch(
      new RegExp(
        `^warning {2}ai-policy\\.yml:${line}:8 {2}owner {2}owner is "Data Protection Officer", a data protection officer, .*GDPR Art\\. 38\\(6\\).* \\[dpo-conflict-of-interest\\]$`,
        'm',
      ),
    );
    // Without GDPR there is no Art. 38(6) to breach: no finding.
    const withoutGdpr = withDpo.replace('compliance: [gdpr, eu-ai-act]', 'compliance: [eu-ai-act]');
    const quiet = await cli(['check', '--today', '2026-12-01'], {cwd: dirWith(withoutGdpr)});
    expect(quiet.stdout).not.toContain('dpo-conflict-of-interest');
    // French and German findings say it in their own words.
    const french = documentOf(withDpo, 'fr').findings.find((f) => f.code === 'dpo-conflict-of-interest');
    expect(french?.message).toContain('article 38, paragraphe 6, du RGPD');
    const german = documentOf(withDpo, 'de').findings.find((f) => f.code === 'dpo-conflict-of-interest');
    expect(german?.message).toContain('Art. 38 Abs. 6 DSGVO');
  });

  it('stays off for other industries with GDPR, the reference’s SaaS inputs included', () => {
    const base = {
      organization: 'Acme Corp',
      effectiveDate: '2026-06-15',
      tools: [{name: 'GitHub Copilot', agreement: 'enterprise' as const}],
      incidents: {contact: 'a@b.example'},
    };
    expect(codes({...base, compliance: ['soc2', 'gdpr']})).not.toContain('education-without-eu-ai-act');
    for (const industry of ['saas', 'healthcare', 'financial-services', 'government'] as const) {
      expect(codes({...base, industry, compliance: ['gdpr']})).not.toContain('education-without-eu-ai-act');
    }
    expect(codes({...base, industry: 'education', compliance: ['gdpr']})).toContain(
      'education-without-eu-ai-act',
    );
    // Without GDPR nothing places the institution in the EU.
    expect(codes({...base, industry: 'education', compliance: ['soc2']})).not.toContain(
      'education-without-eu-ai-act',
    );
  });

  it('the university’s policy now states AI literacy, the emotion-inference ban and its high-risk case', () => {
    const markdown = renderPolicyMarkdown(documentOf(fixture('university')));
    expect(markdown).toMatch(/AI literacy[^\n]*\*\(EU AI Act Art\. 4\)\*/);
    expect(markdown).toMatch(/emotion inference at work or in education .*\*\(EU AI Act Art\. 5\(1\)\)\*/);
    expect(markdown).toMatch(
      /A high-risk AI system, such as one that decides admissions or evaluates learning outcomes \(Annex III point 3\)/,
    );
  });
});

describe('a US defense contractor’s CUI, export-controlled and classified information', () => {
  const defense = fixture('defense-contractor');

  it('Data classification states the export and classified-information rules with their law', () => {
    const section = renderSectionMarkdown(documentOf(defense), 'data-classification');
    // The class is closed to every tool: the sentence says so, and the export limit only as what the law adds.
    expect(section).toContain(
      'No AI tool may receive export-controlled technical data (our rule); sending it to one hosted outside the United States, or letting a foreign person see it, can be an export that needs authorization. *(ITAR §120.50(a)(1), (a)(2); EAR §734.13(a)(1), (a)(2))*',
    );
    expect(section).not.toMatch(/unless the export is authorized/);
    expect(section).toContain(
      'Classified information must never go into an AI tool; it is handled only on systems authorized for it under the National Industrial Security Program. *(NISPOM 32 CFR Part 117)*',
    );
  });

  it('where a self-hosted tool may receive export-controlled data, the sentence keeps the hosting and foreign-person limit', () => {
    const open = defense.replace(
      /(id: cui,\n\s+name: [^\n]+\n\s+rule: )never/,
      '$1enterprise-agreement-only',
    );
    expect(open).not.toBe(defense);
    const section = renderSectionMarkdown(documentOf(open), 'data-classification');
    expect(section).toContain(
      'Export-controlled technical data must not go into an AI tool hosted outside the United States or one that foreign persons can reach, unless the export is authorized: sending it there, or letting a foreign person see it, can be an export. *(ITAR §120.50(a)(1), (a)(2); EAR §734.13(a)(1), (a)(2))*',
    );
    expect(section).not.toContain('No AI tool may receive export-controlled');
  });

  it('Incidents says the reporting duty once; the CUI sentence adds only the 72-hour DoD report (DFARS 252.204-7012(c))', () => {
    const section = renderSectionMarkdown(documentOf(defense), 'incidents-and-exceptions');
    expect(section).toContain(
      'If controlled unclassified information may be involved, the report must say so: it can be a cyber incident that Northgate Systems must report to the Department of Defense within 72 hours of discovery. *(DFARS 252.204-7012(c))*',
    );
    expect(section.match(/reported to soc\\@northgate\.example/g)).toHaveLength(1);
  });

  it('the duties are binding in advisory posture too, and only for the categories a class holds', () => {
    const advisory = renderPolicyMarkdown(
      documentOf(defense.replace('posture: mandatory', 'posture: advisory')),
    );
    expect(advisory).toContain('No AI tool may receive export-controlled technical data (our rule)');
    expect(advisory).toContain('Classified information must never go into an AI tool');
    // The general sentence says "should" in advisory posture; CUI must still be reported at once.
    expect(advisory).toContain(
      'through an AI tool, such as a secret in a prompt, should be reported to soc\\@northgate.example at once',
    );
    expect(advisory).toContain(
      'If controlled unclassified information may be involved, the exposure must be reported at once, saying so: it can be a cyber incident',
    );
    const cuiOnly = renderPolicyMarkdown(
      documentOf(
        defense
          .replace('[confidential, cui, export-controlled]', '[confidential, cui]')
          .replace(/ {2}- \{ id: classified.*\n/, ''),
      ),
    );
    expect(cuiOnly).toContain('DFARS 252.204-7012(c)');
    expect(cuiOnly).not.toMatch(/ITAR|EAR §|NISPOM/);
  });

  it('unlabelled information is treated as CUI, never presumed classified', () => {
    expect(renderPolicyMarkdown(documentOf(defense))).toContain(
      'unlabelled information must be treated as **Controlled unclassified and export-controlled information** until',
    );
  });

  it('French and German cite the instruments in their own style', () => {
    const french = renderPolicyMarkdown(documentOf(defense, 'fr')).replace(/[\u00A0\u202F]/g, ' ');
    expect(french).toContain('*(DFARS, clause 252.204-7012(c))*');
    expect(french).toContain('*(ITAR, § 120.50(a)(1) et (a)(2) ; EAR, § 734.13(a)(1) et (a)(2))*');
    expect(french).toContain('*(NISPOM, 32 CFR, partie 117)*');
    expect(french).toContain(
      'Si des informations non classifiées contrôlées (CUI) peuvent être en cause, le signalement doit le préciser : il peut s’agir d’un cyberincident',
    );
    expect(french).toContain(
      'Aucun outil d’IA ne peut recevoir de données techniques soumises au contrôle des exportations (notre règle)',
    );
    const german = renderPolicyMarkdown(documentOf(defense, 'de')).replace(/[\u00A0\u202F]/g, ' ');
    expect(german).toContain('*(DFARS Klausel 252.204-7012(c))*');
    expect(german).toContain('*(NISPOM 32 CFR Teil 117)*');
    expect(german).toContain('Verschlusssachen dürfen nie in ein KI-Werkzeug gelangen');
    expect(german).toContain('muss die Meldung das angeben: Es kann sich um einen Cybervorfall handeln');
    expect(german).toContain(
      'Kein KI-Werkzeug darf exportkontrollierte technische Daten erhalten (unsere Regel)',
    );
  });

  it('citation parts: CFR parts and contract clauses in each language', () => {
    expect(citationText([cfrParts(22, {from: 120, to: 130})], 'en')).toBe('22 CFR Parts 120–130');
    expect(citationText([cfrParts(22, {from: 120, to: 130})], 'fr')).toBe('22\u00A0CFR, parties 120 à 130');
    expect(citationText([cfrParts(22, {from: 120, to: 130})], 'de')).toBe('22\u00A0CFR Teile 120–130');
    expect(labelledCitation('DFARS', [contractClause('252.204-7012', '(c)', '(d)')], 'en')).toBe(
      'DFARS 252.204-7012(c), (d)',
    );
    expect(labelledCitation('EAR', [cfr('734.13', '(b)')], 'de')).toBe('EAR §\u00A0734.13(b)');
  });

  const lintCases: Array<[string, string, string, RegExp]> = [
    [
      'CUI open to an enterprise tool',
      'rule: never,\n      categories: [confidential, cui, export-controlled]',
      'controlled-data-outside-self-hosted',
      /"Controlled unclassified and export-controlled information" holds controlled unclassified or export-controlled information and may go into GitHub Copilot, which is not self-hosted: .* or set its rule to never\./,
    ],
    [
      'classified information open to any tool',
      'rule: never,\n      categories: [confidential, cui, export-controlled]',
      'classified-data-allowed',
      /"Classified information" holds classified information and may go into Northgate Assistant and GitHub Copilot; .*\(32 CFR Part 117\).* Set the class's rule to never\./,
    ],
  ];

  it.each(lintCases)('`check` locates %s at the class rule', async (_name, _from, code, message) => {
    // The CUI class made enterprise-only, with Copilot's ceiling lifted; the classified class opened to all.
    const source = defense
      .replace(
        'rule: never,\n      categories: [confidential, cui',
        'rule: enterprise-agreement-only,\n      categories: [confidential, cui',
      )
      .replace(', maxDataClass: internal', '')
      .replace(
        '{ id: classified, name: Classified information, rule: never',
        '{ id: classified, name: Classified information, rule: enterprise-agreement-only',
      );
    expect(source).not.toContain('maxDataClass');
    const run = await cli(['check', '--today', '2026-07-01'], {cwd: dirWith(source)});
    const lines = source.split('\n');
    const classIndex = code === 'classified-data-allowed' ? 3 : 2;
    const ruleLine =
      code === 'classified-data-allowed'
        ? lines.findIndex((text) => text.includes('id: classified')) + 1
        : lines.findIndex((text) => text.includes('rule: enterprise-agreement-only,')) + 1;
    const finding = run.stdout.split('\n').find((text) => text.endsWith(`[${code}]`));
    expect(finding, run.stdout).toMatch(
      new RegExp(`^warning {2}ai-policy\\.yml:${ruleLine}:\\d+ {2}dataClasses\\[${classIndex}\\]\\.rule {2}`),
    );
    expect(finding).toMatch(message);
    // Warnings: the exit code is 0 unless --strict.
    expect(run.code).toBe(0);
    expect((await cli(['check', '--strict', '--today', '2026-07-01'], {cwd: dirWith(source)})).code).toBe(1);
  });

  it('a self-hosted tool satisfies it; the counsel fixture, which keeps CUI out of every tool, has no finding', () => {
    const selfHostedOnly = defense.replace(
      'rule: never,\n      categories: [confidential, cui',
      'rule: enterprise-agreement-only,\n      categories: [confidential, cui',
    );
    const findings = documentOf(selfHostedOnly).findings.map((finding) => finding.code);
    // Copilot's ceiling (internal) keeps it out; only the self-hosted Northgate Assistant receives the class.
    expect(findings).not.toContain('controlled-data-outside-self-hosted');
    const fixtureFindings = documentOf(defense).findings.map((finding) => finding.code);
    expect(fixtureFindings).not.toContain('controlled-data-outside-self-hosted');
    expect(fixtureFindings).not.toContain('classified-data-allowed');
  });

  it('the reviewer view records each clause’s source and how far it was checked; the policy text does not', async () => {
    const run = await cli(['render', '--reviewer'], {cwd: dirWith(defense)});
    expect(run.code).toBe(0);
    const notes = run.stdout.slice(run.stdout.indexOf('## Reviewer notes'));
    expect(notes).toMatch(/^- \*\*DFARS 252\.204-7012\(c\)\*\*: partially\. Source: secondary copies/m);
    expect(notes).toMatch(
      /^- \*\*ITAR §120\.50\(a\)\(1\), \(a\)\(2\); EAR §734\.13\(a\)\(1\), \(a\)\(2\)\*\*: verified\./m,
    );
    expect(notes).toMatch(/^- \*\*NISPOM 32 CFR Part 117\*\*: partially\./m);
    // Where it is said and how it binds, in words: the section's title and the source's nature, not their ids.
    expect(notes).toMatch(
      /^- \*\*DFARS .*\. Said in the section "Incidents and exceptions", binding \(contractual standard\)\. Record `dfars\.cyber-incident`\.$/m,
    );
    expect(notes).toMatch(
      /^- \*\*NISPOM .*\. Said in the section "Data classification", binding \(law\)\. Record `nispom\.classified`\.$/m,
    );
    expect(run.stdout.slice(0, run.stdout.indexOf('## Reviewer notes'))).not.toMatch(
      /secondary cop|not opened/,
    );
  });

  it('the JSON download lists each clause with its verification record and the classes that bring it (schemaVersion 6)', async () => {
    const run = await cli(['render', '--format', 'json'], {cwd: dirWith(defense)});
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.schemaVersion).toBe(6);
    expect(
      json.sectorClauses.map((clause: Record<string, unknown>) => [
        clause.id,
        clause.citation,
        clause.nature,
        clause.status,
        clause.section,
        clause.categories,
        clause.dataClasses,
      ]),
    ).toEqual([
      [
        'dfars.cyber-incident',
        'DFARS 252.204-7012(c)',
        'contractual-standard',
        'partially',
        'incidents-and-exceptions',
        ['cui'],
        ['cui'],
      ],
      [
        'itar-ear.export',
        'ITAR §120.50(a)(1), (a)(2); EAR §734.13(a)(1), (a)(2)',
        'law',
        'verified',
        'data-classification',
        ['export-controlled'],
        ['cui'],
      ],
      [
        'nispom.classified',
        'NISPOM 32 CFR Part 117',
        'law',
        'partially',
        'data-classification',
        ['classified'],
        ['classified'],
      ],
    ]);
    const dfars = json.sectorClauses[0];
    expect(dfars.source).toMatch(/^secondary copies of DFARS 252\.204-7012\(c\)/);
    expect(dfars.checked).toMatch(/within 72 hours of discovery/);
    // Machine fields: the French download has the same records, cited in the canonical English form.
    const french = JSON.parse(renderPolicyJson(documentOf(defense, 'fr')));
    expect(french.sectorClauses).toEqual(json.sectorClauses);
    // The caveats stay off the policy text.
    expect(renderPolicyMarkdown(documentOf(defense))).not.toMatch(/secondary cop|not opened/);
  });

  it('the JSON download names only the classes that hold a category, and lists nothing when none does', () => {
    const exportOnly = defense
      .replace('categories: [confidential, cui, export-controlled]', 'categories: [confidential]')
      .replace('categories: [credentials]', 'categories: [credentials, export-controlled]');
    const json = JSON.parse(renderPolicyJson(documentOf(exportOnly)));
    expect(
      json.sectorClauses.map((clause: {id: string; dataClasses: string[]}) => [
        clause.id,
        clause.dataClasses,
      ]),
    ).toEqual([
      ['itar-ear.export', ['secrets']],
      ['nispom.classified', ['classified']],
    ]);
    const plain = fixture('university');
    expect(JSON.parse(renderPolicyJson(documentOf(plain))).sectorClauses).toEqual([]);
  });

  it('the JSON download and the schema accept the new categories', () => {
    const json = JSON.parse(renderPolicyJson(documentOf(defense)));
    expect(json.dataClasses.map((dataClass: {categories: string[]}) => dataClass.categories)).toContainEqual([
      'confidential',
      'cui',
      'export-controlled',
    ]);
  });
});

describe('ai-policy init for a US defense contractor', () => {
  function emptyDir(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'ai-policy-sector-init-'));
    dirs.push(dir);
    return dir;
  }
  const defenseFlags = [
    'init',
    '--yes',
    '--organization',
    'Northgate Systems',
    '--industry',
    'defense',
    '--tool',
    'Northgate Assistant:self-hosted',
    '--tool',
    'GitHub Copilot:enterprise',
    '--effective-date',
    '2026-07-01',
  ];

  it('writes the CUI class counsel asks for, kept from every tool, and the policy states its law', async () => {
    const cwd = emptyDir();
    const run = await cli(defenseFlags, {cwd});
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const written = parseYaml(readFileSync(path.join(cwd, 'ai-policy.yml'), 'utf8'));
    expect(written.dataClasses.map((dataClass: {id: string}) => dataClass.id)).toEqual([
      'public',
      'internal',
      'cui',
      'restricted',
    ]);
    expect(written.dataClasses[2]).toEqual({
      id: 'cui',
      name: 'Controlled unclassified and export-controlled information',
      rule: 'never',
      categories: ['confidential', 'cui', 'export-controlled'],
    });
    // The summary before writing: no tool receives it.
    expect(run.stdout).toMatch(
      / {2}GitHub Copilot: .*\n {4}may receive: .*\n {4}may not receive: Controlled unclassified and export-controlled information; /,
    );
    // `check` (run by init) finds nothing to say about controlled data, and the download cites its law.
    expect(run.stdout).not.toMatch(/controlled-data-outside-self-hosted/);
    const json = JSON.parse((await cli(['render', '--format', 'json'], {cwd})).stdout);
    expect(
      json.sectorClauses.map((clause: {id: string; dataClasses: string[]}) => [
        clause.id,
        clause.dataClasses,
      ]),
    ).toEqual([
      ['dfars.cyber-incident', ['cui']],
      ['itar-ear.export', ['cui']],
    ]);
  });

  it('--cui-data sets its rule, like the other classes’ flags, and is checked the same way', async () => {
    const cwd = emptyDir();
    const run = await cli([...defenseFlags, '--cui-data', 'enterprise-agreement-only'], {cwd});
    expect(run.code).toBe(0);
    const written = parseYaml(readFileSync(path.join(cwd, 'ai-policy.yml'), 'utf8'));
    expect(written.dataClasses[2]).toMatchObject({id: 'cui', rule: 'enterprise-agreement-only'});
    // Copilot (enterprise, not self-hosted) may now receive CUI: the lint counsel asked for says so.
    expect(run.stdout).toMatch(/dataClasses\[2\]\.rule .*\[controlled-data-outside-self-hosted\]/);

    const misspelt = await cli([...defenseFlags, '--cui-data', 'nevr'], {cwd: emptyDir()});
    expect(misspelt.code).toBe(1);
    expect(misspelt.stderr).toContain('ai-policy: --cui-data: expected one of any-approved-tool');
    expect(misspelt.stderr).toContain('got "nevr" (did you mean "never"?)');
  });

  it('other industries, government included, keep the three classes; --cui-data there is refused', async () => {
    for (const industry of ['saas', 'government']) {
      const cwd = emptyDir();
      const flags = defenseFlags.map((flag) => (flag === 'defense' ? industry : flag));
      expect((await cli(flags, {cwd})).code).toBe(0);
      const written = parseYaml(readFileSync(path.join(cwd, 'ai-policy.yml'), 'utf8'));
      expect(written.dataClasses.map((dataClass: {id: string}) => dataClass.id)).toEqual([
        'public',
        'internal',
        'restricted',
      ]);
    }
    const cwd = emptyDir();
    const refused = await cli(
      [...defenseFlags.map((flag) => (flag === 'defense' ? 'government' : flag)), '--cui-data', 'never'],
      {cwd},
    );
    expect(refused).toMatchObject({
      code: 1,
      stderr:
        'ai-policy: --cui-data: the cui class is written only with --industry defense, got "government"\n',
    });
    expect(existsSync(path.join(cwd, 'ai-policy.yml'))).toBe(false);
  });
});
