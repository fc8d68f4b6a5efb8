/**
 * Issue #23, counsel's second reading: the organization's own sections (purpose, approved tools, data
 * classification, code review, budgets, incidents) as a reader of each counsel fixture sees them.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {describe, expect, it} from 'vitest';
import {parsePolicyConfig} from '../src/config/parse.js';
import {buildPolicyDocument} from '../src/engine/build.js';
import {lintPolicy} from '../src/engine/lint.js';
import {renderPolicyMarkdown, renderSectionMarkdown} from '../src/render/markdown.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'counsel');
const ALL = ['hospital-advisory', 'hospital-mandatory', 'eu-bank', 'university', 'defense-contractor'];

function documentFrom(source: string, file = 'ai-policy.yml') {
  const parsed = parsePolicyConfig(source, file);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return buildPolicyDocument(parsed.config);
}

function policy(name: string) {
  const file = path.join(FIXTURES, `${name}.yml`);
  const document = documentFrom(readFileSync(file, 'utf8'), file);
  return {
    document,
    markdown: renderPolicyMarkdown(document),
    section: (id: string) => renderSectionMarkdown(document, id),
  };
}

/**
 * The reference generator's inputs, as the word count reads them (bench/word-count-configs.mjs): no owner, no
 * review recorded. Imported by URL since the bench's modules are plain JavaScript without types.
 */
const {WORD_COUNT_CONFIGS} = (await import(
  pathToFileURL(
    path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'bench', 'word-count-configs.mjs'),
  ).href
)) as {WORD_COUNT_CONFIGS: Array<{name: string; source: string}>};
const REFERENCE = WORD_COUNT_CONFIGS.find((config) => config.name.startsWith('reference'))!.source;

const reference = () => {
  const document = documentFrom(REFERENCE);
  return {document, markdown: renderPolicyMarkdown(document)};
};

describe('the organization’s own sections, as counsel read them', () => {
  it.each(ALL)(
    '%s: one answer on reporting one’s own mistake, and "violation" for a policy breach',
    (name) => {
      const {markdown, section} = policy(name);
      expect(section('incidents-and-exceptions')).toContain(
        'Reporting, even of your own mistake, is never itself a ground for sanctions; the violation still is.',
      );
      expect(markdown).not.toContain('never held against anyone');
      // "Breach" is the legal word for data breaches; the policy's own word is "violation".
      expect(section('purpose-and-scope')).toMatch(/\bviolation/);
      expect(section('purpose-and-scope')).not.toMatch(/\bbreach/);
    },
  );

  it.each(ALL)(
    '%s: no drafter’s reasons, no software-team change process, no bare rule at the end',
    (name) => {
      const {markdown} = policy(name);
      expect(markdown).not.toMatch(
        /stale policy reads as optional|pull request relue|cannot enforce a budget/,
      );
      expect(markdown).not.toMatch(
        /reviewed pull request|Most AI incidents|defence|security owner|team lead/,
      );
      expect(markdown).toMatch(/each change needs written approval from the /);
      // The fixtures record their review, so there is no footer, and nothing after the last section.
      expect(markdown.trimEnd().endsWith('---')).toBe(false);
    },
  );

  it.each(ALL)('%s: its review is recorded and not overdue on publication', (name) => {
    const {document} = policy(name);
    const findings = lintPolicy(document, {today: '2026-12-06'});
    expect(findings.map((finding) => finding.code)).not.toContain('review-overdue');
  });

  it('exceptions and restored access go to the owner the header names; a hospital keeps its approver', () => {
    const bank = policy('eu-bank').markdown;
    expect(bank).toContain('Exceptions must be approved in writing by the CISO');
    expect(bank).toContain('until the CISO restores it');
    expect(bank).toContain('each change needs written approval from the CISO');
    const hospital = policy('hospital-mandatory').markdown;
    expect(hospital).toContain('Exceptions must be approved in writing by the Privacy Officer');
    // Without an owner, one neutral role: the team incidents are reported to.
    const {markdown} = reference();
    expect(markdown).toContain('must be reported to the security team at once');
    expect(markdown).toContain('Exceptions must be approved in writing by the security team');
    expect(markdown).not.toContain('security owner');
  });

  it('the review sentence is short and names who approves changes', () => {
    const defense = policy('defense-contractor').section('incidents-and-exceptions');
    expect(defense).toContain(
      'Management must approve this policy. It must be reviewed every quarter by the Chief Information Security Officer, together with AI risk monitoring; each change needs written approval from the Chief Information Security Officer.',
    );
    expect(policy('hospital-advisory').section('budgets')).not.toMatch(/Note:/);
  });

  it('an advisory hospital’s unlisted-tool rule forbids only what the policy has: PHI and its never class', () => {
    const tools = policy('hospital-advisory').section('approved-tools');
    expect(tools).toContain(
      'Any other AI tool should not receive Riverside General Hospital’s data or code; a network or gateway allow-list should enforce that. In any case, it must not receive PHI, and should never receive **Credentials and secrets**.',
    );
    expect(tools).not.toMatch(/cardholder|personal data/);
    // A mandatory policy already says "must not" for all data: no second list.
    expect(policy('hospital-mandatory').section('approved-tools')).not.toContain('In any case');
    // No HIPAA or PCI DSS words in a policy without those regimes.
    expect(policy('university').markdown).not.toMatch(/\bBAA\b|\bPHI\b|cardholder|card data/);
    expect(policy('defense-contractor').markdown).not.toMatch(/\bBAA\b|\bPHI\b|cardholder|card data/);
  });

  it('training: the law binds, the organization’s timing takes its posture’s voice', () => {
    const hospital = policy('hospital-advisory').section('approved-tools');
    expect(hospital).toContain(
      'Everyone covered, managers included, must complete *HIPAA and AI tools*, as part of security awareness training. *(HIPAA §164.308(a)(5)(i))*\n\nThe training should be taken before AI access and repeated every year.',
    );
    expect(hospital).not.toMatch(/literacy/i);
    const bank = policy('eu-bank').section('approved-tools');
    expect(bank).toContain('The training must give each role sufficient AI literacy.');
    expect(bank).not.toContain('as far as it can');
    expect(policy('defense-contractor').section('approved-tools')).not.toMatch(/literacy/i);
  });

  it('each industry’s own words: managers, departments, academic staff, its typical leak', () => {
    const hospital = policy('hospital-advisory');
    expect(hospital.section('purpose-and-scope')).toContain(
      'A departure from this guidance is discussed with your manager',
    );
    expect(hospital.section('incidents-and-exceptions')).toContain(
      'such as patient information in a tool without a BAA,',
    );
    const university = policy('university');
    expect(university.section('purpose-and-scope')).toContain('discussed with your head of department');
    expect(university.section('purpose-and-scope')).toContain(
      'covers academic and other staff, contractors and vendors',
    );
    expect(university.markdown).not.toMatch(/faculty|proprietary code/);
    expect(university.section('incidents-and-exceptions')).toContain(
      'such as student records in an unapproved tool,',
    );
    expect(policy('eu-bank').section('incidents-and-exceptions')).toContain(
      'such as client or card data in an unapproved tool,',
    );
    expect(policy('eu-bank').section('code-review')).toContain(
      'the reviewer must not be the person who submitted it',
    );
    expect(policy('defense-contractor').markdown).toContain('until labelled');
  });

  it('secret scanning is a code-review rule, not a data rule clinicians read', () => {
    const hospital = policy('hospital-mandatory');
    expect(hospital.section('data-classification')).not.toMatch(/secret scanning/i);
    expect(hospital.section('code-review')).toContain(
      '- Secret scanning must run in pre-commit hooks and CI; a finding is an incident.',
    );
  });

  it('a name ending in s takes the apostrophe alone, wherever the name is inserted', () => {
    const {markdown} = policy('defense-contractor');
    expect(markdown).toContain('a condition of access to Northgate Systems’ systems, data and code.');
    expect(markdown).not.toContain('Systems’s');
    expect(reference().markdown).toContain('Acme Corp’s systems');
  });

  it('a policy with a footer still sets it apart with a rule', () => {
    const {markdown} = reference();
    expect(markdown).toMatch(/\n---\n\n\*A draft from Acme Corp’s policy file/);
  });
});

describe('counsel’s third reading: one voice per source in the organization’s sections', () => {
  it('H3-1: the law’s ban on PHI says "must", the hospital’s own credentials rule its posture’s "should"', () => {
    const tools = policy('hospital-advisory').section('approved-tools');
    expect(tools).toContain(
      'In any case, it must not receive PHI, and should never receive **Credentials and secrets**.',
    );
    expect(tools).not.toMatch(/must not receive PHI or/);
    // Without HIPAA, only the organization's own rule is left, in its posture's voice.
    const withoutHipaa = documentFrom(
      readFileSync(path.join(FIXTURES, 'hospital-advisory.yml'), 'utf8')
        .replace(/compliance: \[hipaa\]/, 'compliance: []')
        .replace(/categories: \[phi[^\]]*\]/g, 'categories: [confidential]'),
    );
    expect(renderSectionMarkdown(withoutHipaa, 'approved-tools')).toContain(
      'In any case, it should never receive **Credentials and secrets**.',
    );
  });

  it('H3-1: HIPAA requires a periodic review ("must"); the quarterly cadence is the hospital’s own ("should")', () => {
    expect(policy('hospital-advisory').section('incidents-and-exceptions')).toContain(
      'This policy must be reviewed periodically by the Privacy Office; each change needs written approval from the Privacy Officer. Each version must be kept six years from when it was last in effect. *(HIPAA §164.316(b)(2))*\n\nOur own rule: this policy should be reviewed every quarter.',
    );
    // A mandatory policy binds its own cadence too: one voice, one phrase.
    const mandatory = policy('hospital-mandatory').section('incidents-and-exceptions');
    expect(mandatory).toContain(
      'This policy must be reviewed every quarter by the Privacy Office; each change',
    );
    expect(mandatory).not.toContain('Our own rule');
    // An advisory policy with no binding source keeps one voice: "should".
    expect(policy('university').section('incidents-and-exceptions')).toContain(
      'This policy should be reviewed every quarter by the Chief Information Officer;',
    );
  });

  it('defense #9: the licence check on copied code is said once, in Code review, with A.5.32 when ISO/IEC 27001 is selected', () => {
    const defense = policy('defense-contractor');
    expect(defense.markdown.match(/looks copied/g)).toHaveLength(1);
    expect(defense.section('code-review')).toContain(
      '- Code that looks copied from an identifiable project must be checked for license compatibility or rewritten. *(ISO/IEC 27001 A.5.32)*',
    );
    expect(defense.section('iso27001')).toContain(
      '- Inputs must not include third-party material we may not share. *(ISO/IEC 27001 A.5.32)*',
    );
    expect(defense.markdown).not.toMatch(/\blicence\b/);
    // In advisory posture the audit criterion still binds; without ISO/IEC 27001, the own rule takes the posture's voice.
    const advisory = documentFrom(
      readFileSync(path.join(FIXTURES, 'defense-contractor.yml'), 'utf8').replace(
        'posture: mandatory',
        'posture: advisory',
      ),
    );
    expect(renderSectionMarkdown(advisory, 'code-review')).toContain(
      'must be checked for license compatibility or rewritten. *(ISO/IEC 27001 A.5.32)*',
    );
    expect(policy('university').section('code-review')).toContain(
      '- Code that looks copied from an identifiable project should be checked for license compatibility or rewritten.\n',
    );
  });

  it('nits: whose approval a budget overrun needs, who is told of AI answers, sharing within limits, the drafter’s reason', () => {
    const defense = policy('defense-contractor');
    expect(defense.section('budgets')).toContain(
      'owned by its budget holder, tracked per person and project; exceeding it needs its budget holder’s approval.',
    );
    expect(defense.markdown).not.toContain('the owner’s approval');
    expect(reference().markdown).toContain('exceeding it needs its engineering manager’s approval.');
    // A defense contractor's customers are government customers; and what they are told is concrete.
    expect(defense.section('code-review')).toContain(
      '- Government customers must be told when an AI system, not a person, answers them.',
    );
    expect(reference().markdown).toContain(
      '- Customers must be told when an AI system, not a person, answers them.',
    );
    expect(policy('hospital-advisory').markdown).toContain(
      '- Patients should be told when an AI system, not a person, answers them.',
    );
    expect(defense.markdown).not.toContain('deal with AI');
    // NIST AI RMF MANAGE 4.3: sharing an incident's handling never overrides CUI handling or contract channels.
    expect(defense.section('incidents-and-exceptions')).toContain(
      'Each incident must be handled and documented, and its handling shared with those affected where contracts and law allow. *(NIST AI RMF MANAGE 4.3)*',
    );
    // The drafter's reason for the one-week target stays off the page.
    expect(defense.section('approved-tools')).toContain(
      'Reviews aim to take at most one week. *(ISO/IEC 27001',
    );
    expect(reference().markdown).not.toContain('faster than workarounds');
  });

  it('D3-4: the class unlabelled information falls into is named in bold, as class names are in running text', () => {
    expect(policy('defense-contractor').section('iso27001')).toContain(
      'unlabelled information must be treated as **Controlled unclassified and export-controlled information** until labelled.',
    );
  });

  it('E3-3: PCI DSS 6.2.3.1 reads as it binds: a reviewer other than the submitter, management approval before release', () => {
    const bank = policy('eu-bank').section('code-review');
    expect(bank).toContain(
      'AI-generated code must pass human review before it merges to a protected branch; the reviewer must not be the person who submitted it, and management must approve the change before release. *(PCI DSS 6.2.3; 6.2.3.1)*',
    );
    expect(bank).not.toMatch(/submitted it and approved by management/);
  });
});
