/**
 * The semantic diff (src/diff), the policy version, the git log parser and commit links, without git or
 * Docusaurus. Every expected sentence is written out here by hand; none is produced by the code under test.
 */
import {createHash} from 'node:crypto';
import {describe, expect, it} from 'vitest';
import {parsePolicyConfig} from '../src/config/parse.js';
import type {PolicyConfig} from '../src/config/schema.js';
import {policyVersion} from '../src/config/version.js';
import {
  agreementList,
  describeChange,
  describeChangeText,
  diffPolicies,
  diffSnapshots,
  reasonLabel,
  renderDiffMarkdown,
  snapshotOf,
} from '../src/diff/index.js';
import {inlineText} from '../src/engine/inline.js';
import {parseCatFileBatch, parseLog} from '../src/history/log.js';
import {commitLinkBase, commitUrl, repoFromRemotes, repoFromRemoteUrl} from '../src/history/repo-url.js';
import {shippedCatalog} from '../src/i18n/site-language.js';
import {validateOptions} from '../src/plugin/options.js';
import {renderPolicyJson} from '../src/render/json.js';

function config(yaml: string): PolicyConfig {
  const result = parsePolicyConfig(yaml, 'ai-policy.yml');
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.config;
}

const sentences = (base: string | null, head: string | null, asOf?: string) =>
  diffPolicies(base === null ? null : config(base), head === null ? null : config(head), {asOf}).map(
    describeChangeText,
  );

/** The spec of the version, implemented again here: SHA-256 of the sorted-keys JSON, 12 hex digits. */
function expectedVersion(yaml: string): string {
  const sort = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sort)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
              .map((key) => [key, sort((value as Record<string, unknown>)[key])]),
          )
        : value;
  return createHash('sha256')
    .update(JSON.stringify(sort(config(yaml))))
    .digest('hex')
    .slice(0, 12);
}

const BASE = `organization: Acme Corp
industry: saas
effectiveDate: 2026-06-15
posture: mandatory
compliance: [soc2, hipaa]
tools:
  - name: GitHub Copilot
    agreement: enterprise
    maxDataClass: public
  - name: Claude
    vendor: Anthropic
    agreement: standard
  - name: Tabnine
    agreement: standard
prohibitedTools: [DeepSeek]
`;

const HEAD = `organization: Acme Corp
industry: healthcare
effectiveDate: 2026-09-01
owner: AI council
posture: advisory
compliance: [soc2, gdpr]
tools:
  - name: GitHub Copilot
    agreement: enterprise
    maxDataClass: internal
    conditions: Through the company SSO account only.
  - name: Claude Code
    vendor: Anthropic
    agreement: enterprise
  - name: Cursor
prohibitedTools: [Manus]
review: {cadence: semiannual, lastReviewed: 2026-09-01}
incidents: {contact: security@acme.example}
exceptions:
  granted:
    - {who: QA team, what: Cursor on public repositories, expires: 2026-12-31, approvedBy: CISO}
useCases: {encouraged: [Writing unit tests]}
sections:
  disable: [budgets]
  rename: {code-review: Reviewing AI-written code}
  custom:
    - {id: open-source, title: Open-source contributions, body: Ask the maintainers first.}
`;

describe('diffPolicies', () => {
  it('says what changed in plain words, decision flips first, then tools, classes, regimes, dates, text', () => {
    expect(sentences(BASE, HEAD)).toEqual([
      "GitHub Copilot may now receive Internal code and documentation (before: this class is above the tool's data ceiling).",
      "Claude Code may now receive Internal code and documentation (before: the tool's agreement does not cover this class).",
      'Manus is now prohibited.',
      'DeepSeek is no longer on the list of prohibited tools.',
      'New approved tool: Cursor, under standard terms. It may receive: Public data and open-source code.',
      'Tabnine is no longer an approved tool.',
      'Tool renamed: Claude is now Claude Code.',
      'GitHub Copilot: its data ceiling was raised from Public data and open-source code to Internal code and documentation.',
      'Claude Code: its agreement changed from standard terms to an enterprise data agreement.',
      // HIPAA leaves: the default restricted class no longer carries PHI, and training is no longer required.
      // The default class's name follows the industry: a hospital holds patient data, not customer data.
      'Data class renamed: Customer data, PII, credentials and secrets is now Patient and personal data, credentials and secrets.',
      'Data class Patient and personal data, credentials and secrets: no longer marked with the category “protected health information (PHI)”.',
      'New compliance regime: GDPR, with its own section and obligations.',
      'Compliance regime removed: HIPAA.',
      'Posture changed from Mandatory to Advisory.',
      'Industry changed from Software / SaaS to Healthcare.',
      'Exception granted to QA team: Cursor on public repositories, until 31 December 2026, approved by CISO.',
      'Effective date changed from 15 June 2026 to 1 September 2026.',
      'Reviewed on 1 September 2026 (the first recorded review).',
      'Review cadence changed from quarterly to semiannual.',
      'Section renamed: Code review and ownership is now Reviewing AI-written code.',
      'New section: Open-source contributions.',
      'Section Budgets and cost accountability is no longer part of the policy.',
      'New encouraged use: Writing unit tests.',
      'GitHub Copilot, conditions of use: set to “Through the company SSO account only.”',
      'Patient and personal data, credentials and secrets, examples: changed from “production data”, “API keys and tokens”, “personal data”, “patient records and other PHI” to “production data”, “API keys and tokens”, “personal data”.',
      'Policy owner: set to “AI council”.',
      'Training required: changed from yes to no.',
      // The approver stays at its default, which the head's page names as its new owner.
      'Exception approver: changed from “security team” to “AI council”.',
      'Incident contact: set to “security@acme.example”.',
    ]);
  });

  it('gives each change as data: a code and its fields', () => {
    const changes = diffPolicies(config(BASE), config(HEAD));
    expect(changes[0]).toEqual({
      code: 'decision-flipped',
      tool: 'GitHub Copilot',
      dataClass: {id: 'internal', name: 'Internal code and documentation'},
      allowed: true,
      reason: 'allowed',
      previousReason: 'above-tool-ceiling',
    });
    expect(changes.find((change) => change.code === 'tool-ceiling-changed')).toEqual({
      code: 'tool-ceiling-changed',
      tool: 'GitHub Copilot',
      from: {id: 'public', name: 'Public data and open-source code'},
      to: {id: 'internal', name: 'Internal code and documentation'},
      direction: 'raised',
    });
  });

  it('is deterministic, and the reverse diff mirrors it', () => {
    expect(diffPolicies(config(BASE), config(HEAD))).toEqual(diffPolicies(config(BASE), config(HEAD)));
    expect(sentences(HEAD, BASE).slice(0, 3)).toEqual([
      "GitHub Copilot may no longer receive Internal code and documentation: this class is above the tool's data ceiling.",
      "Claude may no longer receive Internal code and documentation: the tool's agreement does not cover this class.",
      'DeepSeek is now prohibited.',
    ]);
  });

  it('finds nothing when only comments, formatting, key order or spelled-out defaults differ', () => {
    const reformatted = `# Reviewed by legal in June.
effectiveDate: "2026-06-15"
organization: "Acme Corp"
industry: saas
posture: mandatory
compliance: [soc2, hipaa]
tools:
  - {agreement: enterprise, maxDataClass: public, name: GitHub Copilot}
  - {name: Claude, vendor: Anthropic, agreement: standard}
  - {name: Tabnine}
prohibitedTools: [DeepSeek]
toolReview: {turnaround: one week}
`;
    expect(sentences(BASE, reformatted)).toEqual([]);
    expect(policyVersion(config(reformatted))).toBe(policyVersion(config(BASE)));
  });

  it('describes the first version and a deletion', () => {
    expect(sentences(null, BASE)).toEqual([
      'Policy created for Acme Corp: 3 approved tools (GitHub Copilot, Claude, Tabnine), 3 data classes, compliance regimes SOC 2, HIPAA; posture Mandatory.',
    ]);
    expect(sentences(BASE, null)).toEqual([
      'The policy file was deleted: Acme Corp has no AI tool policy in this version.',
    ]);
    expect(sentences(null, null)).toEqual([]);
  });

  it('covers data classes: added, re-ruled, renamed, re-categorised, reordered; and the unlisted-tool ceiling', () => {
    const base = `organization: Acme Corp
effectiveDate: 2026-06-15
tools: [{name: Claude Code, agreement: baa}]
dataClasses:
  - {id: public, name: Public, rule: any-approved-tool}
  - {id: internal, name: Internal, rule: enterprise-agreement-only}
  - {id: secret, name: Secrets, rule: never, categories: [credentials]}
`;
    const head = `organization: Acme Corp
effectiveDate: 2026-06-15
tools: [{name: Claude Code, agreement: baa}]
unlistedTools: {maxDataClass: public}
dataClasses:
  - {id: public, name: Public data, rule: any-approved-tool}
  - {id: phi, name: Patient records, rule: baa-only, categories: [phi]}
  - {id: secret, name: Secrets, rule: never, categories: [credentials, customer-data]}
  - {id: internal, name: Internal, rule: any-approved-tool}
`;
    expect(sentences(base, head)).toEqual([
      // A BAA alone no longer covers an enterprise-only class; the class opening to any tool lets it in.
      "Claude Code may now receive Internal (before: the tool's agreement does not cover this class).",
      'Tools that are not on the list may now receive data up to Public data (before: none).',
      'New data class: Patient records (approved tools covered by a BAA only). It may go into: Claude Code.',
      'Data class Internal: the rule changed from “approved tools with an enterprise data agreement only” to “any approved tool”.',
      'Data class renamed: Public is now Public data.',
      'Data class Secrets: now marked with the category “customer data”.',
      "The data classes' order of sensitivity changed; least sensitive first, it is now: public, secret, internal.",
    ]);
  });

  it('says whether a removed exception had expired by the date of the change', () => {
    const withException = (expires: string) => `organization: Acme Corp
effectiveDate: 2026-06-15
tools: [{name: GitHub Copilot, agreement: enterprise}]
exceptions: {granted: [{who: data-science team, what: Jupyter AI on internal notebooks, expires: ${expires}}]}
`;
    const without =
      'organization: Acme Corp\neffectiveDate: 2026-06-15\ntools: [{name: GitHub Copilot, agreement: enterprise}]\n';
    expect(sentences(withException('2026-03-31'), without, '2026-05-01')).toEqual([
      'Exception for data-science team removed from the register: Jupyter AI on internal notebooks (expired on 31 March 2026).',
    ]);
    expect(sentences(withException('2026-12-31'), without, '2026-05-01')).toEqual([
      'Exception for data-science team removed from the register: Jupyter AI on internal notebooks (withdrawn before its expiry on 31 December 2026).',
    ]);
    expect(sentences(withException('2026-03-31'), withException('2026-09-30'))).toEqual([
      'Exception for data-science team (Jupyter AI on internal notebooks) extended: it now expires on 30 September 2026 (before: 31 March 2026).',
    ]);
  });

  it('writes the dates of a diff sentence in the reader’s long form, and a kept default in the reader’s words', () => {
    const inLanguage = (locale: 'fr' | 'de') =>
      diffPolicies(config(BASE), config(HEAD)).map((change) =>
        inlineText(describeChange(change, {catalog: shippedCatalog(locale), locale})).replace(
          /[\u00A0\u202F]/g,
          ' ',
        ),
      );
    const french = inLanguage('fr');
    expect(french).toContain(
      'Date d’entrée en vigueur modifiée (auparavant : 15 juin 2026 ; désormais : 1er septembre 2026).',
    );
    expect(french.join('\n')).toContain('échéance : 31 décembre 2026');
    expect(french.join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    // One colon per sentence head: the label's, not a second one before the value.
    expect(french).toContain('Responsable de la politique : valeur fixée à « AI council ».');
    const german = inLanguage('de');
    // "befristet bis" takes its date directly: no colon after a preposition.
    expect(german.join('\n')).toContain('befristet bis 31. Dezember 2026');
    expect(german.join('\n')).not.toContain('bis:');
    expect(german.join('\n')).toContain('15. Juni 2026');
    expect(german.join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(german).toContain('Zuständig für die Richtlinie: festgelegt auf „AI council“.');
    // The approver left at its default: the policy calls it « équipe sécurité », so does the diff.
    const approver = (yaml: string) => `${BASE}exceptions: {approver: ${yaml}}\n`;
    const changed = diffPolicies(config(`${BASE}`), config(approver('CISO')));
    const said = changed.map((change) =>
      inlineText(describeChange(change, {catalog: shippedCatalog('fr'), locale: 'fr'})),
    );
    expect(said.join('\n')).not.toContain('security owner');
    expect(said.join('\n')).toContain('équipe sécurité');
  });

  it('names the approver each side’s page named: a kept default is the policy’s owner there', () => {
    const withOwner = `${BASE}owner: Risk office\n`;
    const said = sentences(withOwner, `${withOwner}exceptions: {approver: CISO}\n`);
    expect(said).toContain('Exception approver: changed from “Risk office” to “CISO”.');
    // Naming the owner as approver changes nothing a reader sees, so the diff says nothing.
    expect(sentences(withOwner, `${withOwner}exceptions: {approver: Risk office}\n`)).toEqual([]);
  });

  it('compares agreements as sorted lists and shows unknown reason codes as they are', () => {
    expect(agreementList('enterprise')).toEqual(['enterprise']);
    expect(agreementList(['enterprise', 'baa'])).toEqual(['baa', 'enterprise']);
    expect(reasonLabel('a-reason-from-a-newer-engine')).toBe('a-reason-from-a-newer-engine');

    // The engine may come to give a tool several agreements, and new reason codes: the diff still reads.
    const yaml =
      'organization: Acme Corp\neffectiveDate: 2026-06-15\ntools: [{name: GitHub Copilot, agreement: enterprise}]\n';
    const base = snapshotOf(config(yaml));
    const head = structuredClone(base);
    (head.document.facts.tools[0] as {agreements: unknown}).agreements = ['enterprise', 'baa'];
    const sameSet = structuredClone(head);
    (sameSet.document.facts.tools[0] as {agreements: unknown}).agreements = ['baa', 'enterprise'];
    expect(diffSnapshots(head, sameSet)).toEqual([]);
    const restricted = head.document.facts.decisions.find((decision) => decision.dataClass === 'restricted')!;
    Object.assign(restricted, {allowed: true, reason: 'covered-by-baa'});
    expect(diffSnapshots(base, head).map(describeChangeText)).toEqual([
      'GitHub Copilot may now receive Customer data, PII, credentials and secrets (before: this class never goes into an AI tool).',
      'GitHub Copilot: its agreement changed from an enterprise data agreement to a business associate agreement (BAA) and an enterprise data agreement.',
    ]);
    // A refusal for a reason this package does not know yet is shown with the engine's code.
    const refused = structuredClone(head);
    Object.assign(refused.document.facts.decisions.find((decision) => decision.dataClass === 'restricted')!, {
      allowed: false,
      reason: 'needs-data-residency',
    });
    expect(diffSnapshots(head, refused).map(describeChangeText)).toEqual([
      'GitHub Copilot may no longer receive Customer data, PII, credentials and secrets: needs-data-residency.',
    ]);
  });
});

describe('renderDiffMarkdown', () => {
  it('writes the comment a CI job posts on a pull request', () => {
    const base =
      'organization: Acme Corp\neffectiveDate: 2026-06-15\ntools: [{name: GitHub Copilot, agreement: enterprise, maxDataClass: public}]\n';
    const head =
      'organization: Acme Corp\neffectiveDate: 2026-06-15\ntools: [{name: GitHub Copilot, agreement: enterprise}]\n';
    const markdown = renderDiffMarkdown({
      base: {label: 'origin/main', version: 'aaaaaaaaaaaa'},
      head: {label: 'ai-policy.yml', version: 'bbbbbbbbbbbb'},
      changes: diffPolicies(config(base), config(head)),
    });
    expect(markdown).toBe(`<!-- ai-policy-diff -->

## What this change does to the AI policy

From \`origin/main\` (version \`aaaaaaaaaaaa\`) to \`ai-policy.yml\` (version \`bbbbbbbbbbbb\`): 2 changes, the most important first.

- **GitHub Copilot** may now receive **Internal code and documentation** (before: this class is above the tool's data ceiling).
- **GitHub Copilot**: its data ceiling was removed (it was **Public data and open-source code**).
`);
  });

  it('escapes config text, so a tool name cannot inject markup into the comment', () => {
    const base =
      'organization: Acme Corp\neffectiveDate: 2026-06-15\ntools: [{name: GitHub Copilot, agreement: enterprise}]\n';
    const head = `organization: Acme Corp\neffectiveDate: 2026-06-15\ntools:\n  - {name: GitHub Copilot, agreement: enterprise}\n  - {name: "<img src=x onerror=alert(1)> *bold* [x](javascript:alert(1))"}\n`;
    const markdown = renderDiffMarkdown({
      base: {label: 'main', version: null},
      head: {label: 'pr', version: null},
      changes: diffPolicies(config(base), config(head)),
    });
    expect(markdown).toContain(
      '- New approved tool: **\\<img src=x onerror=alert(1)> \\*bold\\* \\[x]\\(javascript\\:alert(1))**, under standard terms.',
    );
  });

  it('says so when nothing changed in meaning', () => {
    const markdown = renderDiffMarkdown({
      base: {label: 'main', version: 'cccccccccccc'},
      head: {label: 'ai-policy.yml', version: 'cccccccccccc'},
      changes: [],
    });
    expect(markdown).toContain(
      'From `main` (version `cccccccccccc`) to `ai-policy.yml` (version `cccccccccccc`): no change in meaning (the files may differ in comments, formatting or the order of keys).\n',
    );
    expect(markdown).not.toContain('\n- ');
  });
});

describe('policyVersion and the JSON download', () => {
  it('is the first 12 hex digits of the SHA-256 of the validated config with sorted keys', () => {
    expect(policyVersion(config(BASE))).toBe(expectedVersion(BASE));
    expect(policyVersion(config(BASE))).toMatch(/^[0-9a-f]{12}$/);
    expect(policyVersion(config(HEAD))).not.toBe(policyVersion(config(BASE)));
  });

  it('is in the JSON download, after the generator, and the rest stays as it was', async () => {
    const {buildPolicyDocument} = await import('../src/engine/build.js');
    const document = buildPolicyDocument(config(BASE));
    const json = JSON.parse(renderPolicyJson(document, {version: policyVersion(config(BASE))}));
    expect(Object.keys(json).slice(0, 4)).toEqual(['schemaVersion', 'generator', 'version', 'title']);
    expect(json.version).toBe(expectedVersion(BASE));
    const {version: _version, ...rest} = json;
    const {version: _none, ...without} = JSON.parse(renderPolicyJson(document));
    expect(rest).toEqual(without);
  });
});

describe('parseLog', () => {
  it('reads commits, renames, trailers and skips merges without a diff line', () => {
    const Z = '0'.repeat(40);
    const [a, b, c, d, e] = ['a', 'b', 'c', 'd', 'e'].map((x) => x.repeat(40));
    const record = (fields: string[], raw: string) => `\x1e${fields.join('\x00')}\x00\n\n${raw}`;
    const output = [
      record([a!, `${b} ${c}`, 'Ada', '2026-05-01T10:00:00+02:00', 'Merge pull request #7', ''], ''),
      record(
        [b!, d!, 'Grace Hopper', '2026-04-01T09:00:00+00:00', 'Move the policy', `Ada Lovelace\x1fLinus`],
        `:100644 100644 ${e} ${e} R100\thandbook/policy/ai.yml\thandbook/ai-policy.yml\n`,
      ),
      record(
        [d!, '', 'Ada', '2026-01-10T09:00:00+00:00', 'Adopt', ''],
        `:000000 100644 ${Z} ${e} A\thandbook/policy/ai.yml\n`,
      ),
    ].join('');
    expect(parseLog(output)).toEqual([
      {
        hash: b,
        parents: [d],
        author: 'Grace Hopper',
        authorDate: '2026-04-01T09:00:00+00:00',
        subject: 'Move the policy',
        approvers: ['Ada Lovelace', 'Linus'],
        status: 'R',
        oldBlob: e,
        newBlob: e,
        path: 'handbook/ai-policy.yml',
        previousPath: 'handbook/policy/ai.yml',
      },
      {
        hash: d,
        parents: [],
        author: 'Ada',
        authorDate: '2026-01-10T09:00:00+00:00',
        subject: 'Adopt',
        approvers: [],
        status: 'A',
        oldBlob: null,
        newBlob: e,
        path: 'handbook/policy/ai.yml',
        previousPath: null,
      },
    ]);
  });

  it('reads `git cat-file --batch` output, missing objects included', () => {
    // Sizes are in bytes: "hé!" is 4 in UTF-8.
    const output = Buffer.from(
      `${'a'.repeat(40)} blob 4\nhé!\n${'b'.repeat(40)} missing\n${'c'.repeat(40)} blob 0\n\n`,
    );
    expect([...parseCatFileBatch(output)]).toEqual([
      ['a'.repeat(40), 'hé!'],
      ['c'.repeat(40), ''],
    ]);
  });
});

describe('commit links', () => {
  it.each([
    ['git@github.com:acme/handbook.git', 'https://github.com/acme/handbook'],
    ['https://github.com/acme/handbook.git', 'https://github.com/acme/handbook'],
    // Credentials in a CI remote never reach the page.
    ['https://x-access-token:ghs_SECRET@github.com/acme/handbook.git', 'https://github.com/acme/handbook'],
    ['ssh://git@gitlab.example:2222/group/sub/handbook.git', 'https://gitlab.example/group/sub/handbook'],
    ['http://git.acme.example:8080/handbook', 'http://git.acme.example:8080/handbook'],
    ['git://codeberg.org/acme/handbook.git', 'https://codeberg.org/acme/handbook'],
    ['/srv/git/handbook.git', null],
    ['file:///srv/git/handbook.git', null],
    ['../handbook', null],
    ['https://github.com/', null],
  ])('derive the web address of the git remote %j', (remote, expected) => {
    expect(repoFromRemoteUrl(remote)).toBe(expected);
  });

  it("take origin's remote, or the only one, and never guess among several", () => {
    expect(
      repoFromRemotes(
        'remote.upstream.url git@github.com:facebook/docusaurus.git\nremote.origin.url git@github.com:acme/handbook.git\n',
      ),
    ).toBe('https://github.com/acme/handbook');
    expect(repoFromRemotes('remote.mine.url https://github.com/acme/handbook\n')).toBe(
      'https://github.com/acme/handbook',
    );
    expect(
      repoFromRemotes('remote.a.url https://github.com/a/x\nremote.b.url https://github.com/b/y\n'),
    ).toBeNull();
    expect(repoFromRemotes('')).toBeNull();
  });

  it("prefer the repoUrl option, else the policy repository's remote, and only ever link http(s)", () => {
    expect(commitLinkBase(undefined, 'https://github.com/acme/handbook')).toBe(
      'https://github.com/acme/handbook',
    );
    expect(commitLinkBase('https://git.acme.example/handbook/', 'https://github.com/acme/handbook')).toBe(
      'https://git.acme.example/handbook',
    );
    expect(commitLinkBase(undefined, null)).toBeNull();
    expect(commitUrl('https://github.com/acme/handbook', 'a'.repeat(40))).toBe(
      `https://github.com/acme/handbook/commit/${'a'.repeat(40)}`,
    );
    expect(commitUrl('https://github.com/acme/handbook', '../../evil')).toBeNull();
    expect(commitUrl(null, 'a'.repeat(40))).toBeNull();
  });

  it('validate the repoUrl and history options like the others', () => {
    expect(validateOptions({options: {repoUrl: 'https://github.com/acme/handbook.git/'}}).repoUrl).toBe(
      'https://github.com/acme/handbook',
    );
    expect(validateOptions({options: {history: false}}).history).toBe(false);
    expect(() => validateOptions({options: {repoUrl: 'javascript:alert(1)'}})).toThrow(
      /repoUrl: expected an http\(s\) address of the repository/,
    );
    expect(() => validateOptions({options: {history: 'yes'}})).toThrow(/history: expected true or false/);
    expect(() => validateOptions({options: {histroy: true}})).toThrow(
      /unknown option "histroy" \(did you mean "history"\?\)/,
    );
  });
});
