/**
 * The `ai-policy` CLI, driven in-process through `runCli` with fake streams (and once as a real process):
 * exit codes, what lands on stdout and stderr, and the files `init` writes.
 */

import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {matchesPath} from '../src/engine/path-pattern.js';
import {runCliCaptured} from './support/cli.js';
import {nodesOfType, parseMarkdown, tableCells, textOf} from './support/policy.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, {recursive: true, force: true});
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ai-policy-cli-'));
  dirs.push(dir);
  return dir;
}

const VALID = `organization: Acme Corp
industry: saas
effectiveDate: 2026-06-15
posture: mandatory
compliance: [soc2]
tools:
  - name: GitHub Copilot
    agreement: enterprise
review: {cadence: quarterly, lastReviewed: 2026-06-15}
`;

const INVALID = `organization: Acme Corp
industry: sass
effectiveDate: 2026-06-15
tools:
  - name: GitHub Copilot
    agreement: enterprize
`;

const cli = runCliCaptured;

function dirWith(source: string, name = 'ai-policy.yml'): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, name), source);
  return dir;
}

const NO_STACK = /^\s+at |\.(ts|js):\d+:\d+/m;

describe('check', () => {
  it('accepts a valid policy and prints date-based findings for --today', async () => {
    const cwd = dirWith(VALID);
    const onTime = await cli(['check', '--today', '2026-09-15'], {cwd});
    expect(onTime).toEqual({code: 0, stdout: 'ai-policy.yml: valid, 7 sections, 0 findings\n', stderr: ''});

    const late = await cli(['check', '--today', '2026-09-16'], {cwd});
    expect(late.code).toBe(0);
    expect(late.stderr).toBe('');
    expect(late.stdout.split('\n')).toEqual([
      "warning  ai-policy.yml:9:44  review.lastReviewed  The policy's quarterly review was due on 2026-09-15 (last reviewed 2026-06-15). [review-overdue]",
      'ai-policy.yml: valid, 7 sections, 1 finding',
      '',
    ]);
  });

  it('takes the file as an argument, also a .json file', async () => {
    const cwd = tempDir();
    writeFileSync(
      path.join(cwd, 'policy.json'),
      JSON.stringify({
        organization: 'Acme Corp',
        effectiveDate: '2026-06-15',
        tools: [{name: 'Copilot', agreement: 'enterprise'}],
      }),
    );
    const run = await cli(['check', 'policy.json', '--today', '2026-06-15'], {cwd});
    expect(run).toEqual({code: 0, stdout: 'policy.json: valid, 6 sections, 0 findings\n', stderr: ''});
  });

  it('rejects an invalid policy with located problems on stderr and no stack trace', async () => {
    const cwd = dirWith(INVALID);
    const run = await cli(['check'], {cwd});
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('Invalid AI policy config (2 problems):');
    expect(lines[1]).toMatch(
      /^ {2}\S*ai-policy\.yml:2:11 {2}industry {2}expected one of saas \| .*, got "sass" \(did you mean "saas"\?\)$/,
    );
    expect(lines[2]).toMatch(
      /^ {2}\S*ai-policy\.yml:6:16 {2}tools\[0\]\.agreement {2}expected one of none \| standard \| enterprise \| baa \| self-hosted, got "enterprize" \(did you mean "enterprise"\?\)$/,
    );
    expect(lines).toHaveLength(3);
    expect(run.stderr).not.toMatch(NO_STACK);
  });

  it('says how to create a policy when there is none', async () => {
    const run = await cli(['check'], {cwd: tempDir()});
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('policy file not found; create one with `npx ai-policy init`');
    expect(run.stderr).not.toMatch(NO_STACK);
  });

  it('fails on an exception that would waive a hard rule, located at the register row', async () => {
    const waiver = `${VALID}exceptions:
  granted:
    - {who: ops, what: debugging with keys, dataClasses: [keys], expires: 2026-12-31, approvedBy: CISO}
dataClasses:
  - {id: public, name: Public, rule: any-approved-tool}
  - {id: keys, name: Keys, rule: never, categories: [credentials]}
`;
    const run = await cli(['check', '--today', '2026-07-01'], {cwd: dirWith(waiver)});
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^error {2}ai-policy\.yml:\d+:\d+ {2}exceptions\.granted\[0\] {2}The exception for ops opens "Keys"/m,
    );
  });

  it('--strict fails on findings and passes without them', async () => {
    const cwd = dirWith(VALID);
    expect((await cli(['check', '--strict', '--today', '2026-07-01'], {cwd})).code).toBe(0);
    const late = await cli(['check', '--strict', '--today', '2027-01-01'], {cwd});
    expect(late.code).toBe(1);
    expect(late.stdout).toContain('[review-overdue]');
    // A contradiction is a finding too.
    const contradiction = dirWith(VALID.replace('agreement: enterprise', 'agreement: standard'));
    const run = await cli(['check', '--strict', '--today', '2026-07-01'], {cwd: contradiction});
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('[class-unreachable]');
  });

  it('rejects a malformed --today', async () => {
    const run = await cli(['check', '--today', '15/06/2026'], {cwd: dirWith(VALID)});
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: 'ai-policy: --today expects YYYY-MM-DD, got "15/06/2026"\n',
    });
  });

  it.each(['2026-02-30', '2026-13-01', '2025-02-29', '2026-00-10'])(
    'rejects --today %s, which is not a calendar date',
    async (today) => {
      const run = await cli(['check', '--today', today], {cwd: dirWith(VALID)});
      expect(run).toEqual({
        code: 1,
        stdout: '',
        stderr: `ai-policy: --today expects a real calendar date written as YYYY-MM-DD, got "${today}"\n`,
      });
    },
  );

  it('accepts --today on a leap day', async () => {
    expect((await cli(['check', '--today', '2028-02-29'], {cwd: dirWith(VALID)})).code).toBe(0);
  });
});

describe('check --format', () => {
  const INDUSTRIES =
    'saas | healthcare | financial-services | government | defense | education | retail | manufacturing | other';

  it('prints an invalid policy’s problems as a JSON array on stdout, and exits 1', async () => {
    const run = await cli(['check', '--format', 'json'], {cwd: dirWith(INVALID)});
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([
      {
        code: 'invalid-enum-value',
        severity: 'error',
        path: ['industry'],
        file: 'ai-policy.yml',
        line: 2,
        column: 11,
        message: `expected one of ${INDUSTRIES}, got "sass"`,
        suggestion: 'saas',
      },
      {
        code: 'invalid-enum-value',
        severity: 'error',
        path: ['tools', 0, 'agreement'],
        file: 'ai-policy.yml',
        line: 6,
        column: 16,
        message: 'expected one of none | standard | enterprise | baa | self-hosted, got "enterprize"',
        suggestion: 'enterprise',
      },
    ]);
  });

  it('prints a valid policy’s findings as JSON, [] when there are none, and exits 0', async () => {
    const cwd = dirWith(VALID);
    const late = await cli(['check', '--format', 'json', '--today', '2026-09-16'], {cwd});
    expect(late.code).toBe(0);
    expect(JSON.parse(late.stdout)).toEqual([
      {
        code: 'review-overdue',
        severity: 'warning',
        path: ['review', 'lastReviewed'],
        file: 'ai-policy.yml',
        line: 9,
        column: 44,
        message: "The policy's quarterly review was due on 2026-09-15 (last reviewed 2026-06-15).",
      },
    ]);
    const onTime = await cli(['check', '--format', 'json', '--today', '2026-09-15'], {cwd});
    expect(onTime).toEqual({code: 0, stdout: '[]\n', stderr: ''});
    // --strict still decides the exit code on findings, whatever the format.
    expect((await cli(['check', '--format', 'json', '--strict', '--today', '2026-09-16'], {cwd})).code).toBe(
      1,
    );
  });

  it('prints a missing file as a diagnostic too', async () => {
    const run = await cli(['check', '--format', 'json'], {cwd: tempDir()});
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([
      expect.objectContaining({code: 'file-not-found', path: [], file: 'ai-policy.yml', line: 1, column: 1}),
    ]);
  });

  it('prints GitHub annotations: two errors, escaped in the file name and the message, and exits 1', async () => {
    const source = INVALID.replace('industry: sass', 'industry: "sa%s, x: y"');
    const run = await cli(['check', 'odd,name:100%.yml', '--format', 'github'], {
      cwd: dirWith(source, 'odd,name:100%.yml'),
    });
    expect(run).toEqual({
      code: 1,
      stdout: [
        `::error file=odd%2Cname%3A100%25.yml,line=2,col=11,title=ai-policy invalid-enum-value::industry: expected one of ${INDUSTRIES}, got "sa%25s, x: y"`,
        '::error file=odd%2Cname%3A100%25.yml,line=6,col=16,title=ai-policy invalid-enum-value::tools[0].agreement: expected one of none | standard | enterprise | baa | self-hosted, got "enterprize" (did you mean "enterprise"?)',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('prints a finding as a GitHub warning annotation, and exits 0', async () => {
    const run = await cli(['check', '--format', 'github', '--today', '2026-09-16'], {cwd: dirWith(VALID)});
    expect(run).toEqual({
      code: 0,
      stdout:
        "::warning file=ai-policy.yml,line=9,col=44,title=ai-policy review-overdue::review.lastReviewed: The policy's quarterly review was due on 2026-09-15 (last reviewed 2026-06-15).\n",
      stderr: '',
    });
  });

  it('refuses an unknown format and says which it meant', async () => {
    const run = await cli(['check', '--format', 'jsno'], {cwd: dirWith(VALID)});
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: 'ai-policy: --format expects text, json, github, got "jsno" (did you mean "json"?)\n',
    });
  });
});

describe('render', () => {
  it('prints the whole policy as markdown by default and with --format md', async () => {
    const cwd = dirWith(VALID);
    const byDefault = await cli(['render'], {cwd});
    const explicit = await cli(['render', '--format', 'md'], {cwd});
    expect(byDefault.code).toBe(0);
    expect(explicit).toEqual(byDefault);
    const tree = parseMarkdown(byDefault.stdout);
    const headings = nodesOfType(tree, 'heading')
      .filter((heading) => heading.depth <= 2)
      .map(textOf);
    expect(headings).toEqual([
      'AI Tool Usage Policy',
      'Purpose and scope',
      'Approved tools',
      'Data classification',
      'SOC 2 criteria',
      'Code review and ownership',
      'Budgets and cost accountability',
      'Incidents and exceptions',
    ]);
    expect(byDefault.stdout).toContain('Acme Corp');
  });

  it('prints the machine-readable policy with --format json', async () => {
    const run = await cli(['render', '--format', 'json'], {cwd: dirWith(VALID)});
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({schemaVersion: 6, organization: 'Acme Corp', compliance: ['soc2']});
    expect(json.decisions).toContainEqual({
      tool: 'GitHub Copilot',
      dataClass: 'internal',
      allowed: true,
      reason: 'allowed',
    });
  });

  it('prints one section with --section', async () => {
    const run = await cli(['render', '--section', 'data-classification'], {cwd: dirWith(VALID)});
    expect(run.code).toBe(0);
    const tree = parseMarkdown(run.stdout);
    expect(nodesOfType(tree, 'heading').map((heading) => [heading.depth, textOf(heading)])).toEqual([
      [2, 'Data classification'],
      [3, 'Tool by data class'],
    ]);
    const matrix = tableCells(nodesOfType(tree, 'table')[1]!);
    expect(matrix[1]).toEqual(['GitHub Copilot', 'Allowed', 'Allowed', 'No: never']);
    expect(run.stdout).not.toMatch(/^#+ (Approved tools|Purpose and scope|SOC 2 obligations)/m);
    expect(run.stdout).not.toContain('AI Tool Usage Policy');
  });

  it('keeps counsel’s notes off the policy and prints them after it with --reviewer', async () => {
    const hipaa = VALID.replace('compliance: [soc2]', 'compliance: [soc2, hipaa]');
    const plain = await cli(['render'], {cwd: dirWith(hipaa)});
    expect(plain.stdout).not.toMatch(
      /secondary cop|Reviewer notes|confirm it in the eCFR|not legal advice|counsel should review/,
    );
    const reviewed = await cli(['render', '--reviewer'], {cwd: dirWith(hipaa)});
    expect(reviewed.code).toBe(0);
    expect(reviewed.stdout.startsWith(plain.stdout)).toBe(true);
    const notes = reviewed.stdout.slice(plain.stdout.length);
    expect(notes).toContain(
      '## Reviewer notes\n\nA draft from Acme Corp’s policy file, not legal advice: counsel should review it',
    );
    // Each clause by its citation, as the policy cites it; its record id last.
    expect(notes).toMatch(/- \*\*HIPAA §164\.408\*\*: partially\. .* Record `hipaa\.breach-hhs`\.\n/);
    expect(notes).toContain(
      '  - Caveat: Checked against secondary copies of the rule only; confirm it in the eCFR',
    );
    // The duty by its name and the section by its title, never by their ids.
    expect(notes).toMatch(
      /\*\*HIPAA §164\.308\(a\)\(5\)[^*]*\*\*: .*Said once as the duty "training", in the section "Approved tools"\. Record `hipaa\.training`\./,
    );
    // (The training duty's name is its id, "training"; the hyphenated ids show the rule.)
    expect(notes).toMatch(/the duty "policy review"/);
    expect(notes).not.toMatch(/"policy-review"|"incident-reporting"|approved-tools|incidents-and-exceptions/);
    const json = await cli(['render', '--reviewer', '--format', 'json'], {cwd: dirWith(hipaa)});
    expect(json.code).toBe(1);
    expect(json.stderr).toContain('--reviewer works with --format md only');
  });

  it.each([
    [
      'fr',
      '## Notes pour le juriste chargé de la relecture',
      /\*\*RGPD, art\. 28, §\u00a01 à 3\*\*\u202f: vérifiée\. Source \(en anglais\)\u202f: .*\. Points vérifiés \(en anglais\)\u202f: Art\. 28\(1\)/,
      /.*Énoncée une seule fois, comme l’obligation «\u202fformation\u202f», dans la section «\u202fOutils approuvés\u202f»\./,
      '  - Réserve\u202f: vérifié uniquement sur des copies secondaires',
      ' rapportée par des sources secondaires, non vérifiée. Source (en anglais)\u202f: ',
    ],
    [
      'de',
      '## Anmerkungen für die juristische Prüfung',
      /\*\*Art\. 28 Abs\. 1–3 DSGVO\*\*: geprüft\. Quelle \(auf Englisch\): .*\. Geprüft wurde \(auf Englisch\): Art\. 28\(1\)/,
      /.*Als Pflicht „Schulung“ nur einmal formuliert, und zwar im Abschnitt „Freigegebene Werkzeuge“\./,
      '  - Vorbehalt: Nur an Sekundärkopien der Vorschrift geprüft',
      ' nur aus Sekundärquellen, nicht geprüft. Quelle (auf Englisch): ',
    ],
  ])(
    'words counsel’s notes in %s under --locale, each citation in that language’s style',
    async (locale, heading, processor, duty, caveat, reported) => {
      const config = VALID.replace('compliance: [soc2]', 'compliance: [soc2, hipaa, gdpr]');
      const cwd = dirWith(`${config}incidents: {contact: dpo@acme.example}\n`);
      const plain = await cli(['render', '--locale', locale], {cwd});
      const reviewed = await cli(['render', '--reviewer', '--locale', locale], {cwd});
      expect(reviewed.code).toBe(0);
      const notes = reviewed.stdout.slice(plain.stdout.length);
      expect(notes.startsWith(`\n${heading}\n`)).toBe(true);
      expect(notes).toMatch(processor);
      expect(notes).toMatch(duty);
      expect(notes).toContain(caveat);
      expect(notes).toContain(reported);
      // The frame and the caveats are translated; the sources and checks are the English verification record.
      expect(notes).not.toMatch(
        /Reviewer notes|Not part of the policy|\. Checked: |Said once|Caveat:|\(Art\. 28\(1\)/,
      );
      // No id reaches counsel: a duty goes by its name, a section by its title.
      expect(notes).not.toMatch(
        /[«„]\u202f?(training|incident-reporting|vendor-review)|approved-tools|incidents-and-exceptions/,
      );
    },
  );

  it('rejects an unknown section, listing the ids and suggesting one', async () => {
    const run = await cli(['render', '--section', 'data-clasification'], {cwd: dirWith(VALID)});
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'ai-policy: unknown section "data-clasification"; sections: purpose-and-scope, approved-tools, data-classification, soc2, code-review, budgets, incidents-and-exceptions (did you mean "data-classification"?)\n',
    });
  });

  it('rejects a bad format', async () => {
    const run = await cli(['render', '--format', 'yaml'], {cwd: dirWith(VALID)});
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: 'ai-policy: --format expects md, json, got "yaml"\n',
    });
  });

  it('rejects an unknown flag with the usage text', async () => {
    const run = await cli(['render', '--fromat', 'json'], {cwd: dirWith(VALID)});
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')[0]).toBe(
      'ai-policy: unknown option --fromat (did you mean --format?); an argument that starts with "-" goes after "--"',
    );
    expect(run.stderr).toContain('Usage: ai-policy <command> [options]');
  });

  it('reports an invalid policy instead of rendering it', async () => {
    const run = await cli(['render'], {cwd: dirWith(INVALID)});
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Invalid AI policy config (2 problems):');
  });
});

describe('commands and help', () => {
  it('rejects an unknown command, suggests the one meant, and shows usage', async () => {
    const run = await cli(['chek'], {cwd: tempDir()});
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe('ai-policy: unknown command "chek" (did you mean "check"?)');
    expect(run.stderr).toContain('Usage: ai-policy <command> [options]');
  });

  it('prints usage for --help (exit 0) and for no command (exit 1)', async () => {
    const help = await cli(['--help'], {cwd: tempDir()});
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('check [file]');
    expect(help.stdout).toContain('render [file]');
    expect(help.stdout).toContain('init');
    expect((await cli([], {cwd: tempDir()})).code).toBe(1);
  });

  it('prints a command’s own help for `<command> --help` or `-h`, for every command, and exits 0', async () => {
    const diff = await cli(['diff', '--help'], {cwd: tempDir()});
    expect(diff.stderr).toBe('');
    expect(diff.code).toBe(0);
    expect(diff.stdout.split('\n')[0]).toBe('Usage: ai-policy diff <base> [<head>] [options]');
    expect(diff.stdout).toContain('--baseline');
    expect(diff.stdout).not.toContain('check-commit-msg');
    for (const command of [
      'check',
      'render',
      'init',
      'export',
      'decide',
      'mcp',
      'hook',
      'check-commit-msg',
    ]) {
      for (const flag of ['--help', '-h']) {
        const run = await cli([command, flag, '--locale', 'fr'], {cwd: tempDir()});
        expect([command, flag, run.code, run.stderr]).toEqual([command, flag, 0, '']);
        expect(run.stdout).toMatch(new RegExp(`^Usage\u202f: ai-policy ${command} `));
      }
    }
  });
});

describe('usage in French and German (--locale)', () => {
  /** Words of the English usage text that no French or German help may keep. */
  const ENGLISH_WORDS = /\b(the|default|when|Print|Write|Usage:|Commands|did you mean|unknown|expects)\b/;

  it.each([
    ['fr', 'Usage\u202f: ai-policy <commande> [options]', 'Commandes\u202f:', 'Affiche la politique.'],
    ['de', 'Aufruf: ai-policy <Befehl> [Optionen]', 'Befehle:', 'Gibt die Richtlinie aus.'],
  ])(
    '`--help --locale %s` prints the whole usage text in that language',
    async (locale, heading, commands, render) => {
      const run = await cli(['--help', '--locale', locale], {cwd: tempDir()});
      expect(run.code).toBe(0);
      const [first, , second] = run.stdout.split('\n');
      expect([first, second]).toEqual([heading, commands]);
      expect(run.stdout).toMatch(new RegExp(`\n {2}render \\[file\\] +${render}\n`));
      // Flags and their value forms are code and stay as typed.
      expect(run.stdout).toContain('--format text|json|github');
      expect(run.stdout).not.toMatch(ENGLISH_WORDS);
    },
  );

  it.each(['fr', 'de'])(
    '`<command> --help --locale %s` leaves no English in any command’s help',
    async (locale) => {
      for (const command of [
        'check',
        'render',
        'diff',
        'init',
        'export',
        'decide',
        'mcp',
        'hook',
        'check-commit-msg',
      ]) {
        const run = await cli([command, '--help', `--locale=${locale}`], {cwd: tempDir()});
        expect([command, run.code]).toEqual([command, 0]);
        expect([command, run.stdout.match(ENGLISH_WORDS)?.[0]]).toEqual([command, undefined]);
      }
    },
  );

  it.each([
    [
      'fr',
      'ai-policy: option inconnue --fromat (vouliez-vous dire --format\u202f?)\u202f; un argument qui commence par «\u202f-\u202f» se place après «\u202f--\u202f»',
      'Usage\u202f: ai-policy <commande> [options]',
    ],
    [
      'de',
      'ai-policy: unbekannte Option --fromat (meinten Sie --format?); ein Argument, das mit „-“ beginnt, gehört hinter „--“',
      'Aufruf: ai-policy <Befehl> [Optionen]',
    ],
  ])(
    'an unknown flag under --locale %s is reported, with the usage text, in that language',
    async (locale, error, usage) => {
      const run = await cli(['render', '--fromat', 'json', '--locale', locale], {cwd: dirWith(VALID)});
      expect(run.code).toBe(1);
      expect(run.stderr.split('\n')[0]).toBe(error);
      expect(run.stderr).toContain(usage);
    },
  );

  it('a missing value, a flag that takes none, a bad --today and a wrong section are said in the locale', async () => {
    const cwd = dirWith(VALID);
    expect((await cli(['render', '--locale', 'de', '--format'], {cwd})).stderr.split('\n')[0]).toBe(
      'ai-policy: --format braucht einen Wert: --format <Wert>',
    );
    expect((await cli(['check', '--strict=yes', '--locale', 'de'], {cwd})).stderr.split('\n')[0]).toBe(
      'ai-policy: --strict nimmt keinen Wert an',
    );
    expect((await cli(['check', '--today', '2026-02-30', '--locale', 'fr'], {cwd})).stderr).toBe(
      'ai-policy: --today attend une date réelle du calendrier, écrite AAAA-MM-JJ (YYYY-MM-DD), reçu «\u202f2026-02-30\u202f»\n',
    );
    expect(
      (await cli(['render', '--section', 'data-clasification', '--locale', 'de'], {cwd})).stderr,
    ).toMatch(
      /^ai-policy: unbekannter Abschnitt „data-clasification“; Abschnitte: .* \(meinten Sie „data-classification“\?\)\n$/,
    );
    expect((await cli(['chek', '--locale', 'fr'], {cwd})).stderr.split('\n')[0]).toBe(
      'ai-policy: commande inconnue «\u202fchek\u202f» (vouliez-vous dire «\u202fcheck\u202f»\u202f?)',
    );
  });

  it('diff, export and init say their usage errors in the locale too', async () => {
    const cwd = dirWith(VALID);
    expect((await cli(['diff', '--locale', 'de'], {cwd})).stderr.split('\n')[0]).toBe(
      'ai-policy: diff erwartet eine Ausgangsfassung: eine Git-Revision oder eine Datei',
    );
    expect((await cli(['export', '--target', 'claud', '--locale', 'fr'], {cwd})).stderr).toMatch(
      /^ai-policy: cible inconnue «\u202fclaud\u202f»\u202f; cibles\u202f: .* \(vouliez-vous dire «\u202fclaude-code\u202f»\u202f\?\)\n$/,
    );
    expect((await cli(['init', '--yes', '--locale', 'de'], {cwd: tempDir()})).stderr).toBe(
      'ai-policy: der Name der Organisation ist erforderlich (--organization)\n',
    );
  });

  it('check --locale fr|de words every finding in that language, codes, paths and positions unchanged', async () => {
    const source = `${VALID}exceptions:\n  granted:\n    - who: QA\n      what: test data in Copilot\n      expires: 2026-08-01\n      approvedBy: CISO\n`;
    const cwd = dirWith(source);
    const args = ['check', '--today', '2026-12-01', '--format', 'json'];
    const english = JSON.parse((await cli(args, {cwd})).stdout) as Array<Record<string, unknown>>;
    expect(english.map((d) => d.code)).toEqual(['review-overdue', 'exception-expired']);
    for (const [locale, overdue] of [
      ['fr', 'La revue trimestrielle de la politique était due le 15\u00a0septembre 2026'],
      ['de', 'Die vierteljährliche Überprüfung der Richtlinie war am 15. September 2026 fällig'],
    ] as const) {
      const said = JSON.parse((await cli([...args, '--locale', locale], {cwd})).stdout) as typeof english;
      const data = (list: typeof english) => list.map(({message: _, ...rest}) => rest);
      expect(data(said)).toEqual(data(english));
      expect(String(said[0]!.message).replace(/\s/g, ' ')).toContain(overdue.replace(/\s/g, ' '));
      expect(said[1]!.message).not.toMatch(/expired|2026-08-01/);
      const text = await cli(['check', '--today', '2026-12-01', '--locale', locale], {cwd});
      expect(text.stdout).not.toMatch(/\b(The|was due|expired on|remove it)\b/);
      expect(text.stdout).toMatch(/\[review-overdue\]\n.*\[exception-expired\]\n/);
    }
  });

  it('is chosen by --locale alone: LANG and LC_ALL do not change what the command writes', () => {
    const env = {...process.env, LANG: 'de_DE.UTF-8', LC_ALL: 'fr_FR.UTF-8', LANGUAGE: 'de'};
    const run = spawnSync(process.execPath, [path.join(ROOT, 'lib/cli/main.js'), '--help'], {
      env,
      encoding: 'utf8',
    });
    expect(run.stdout.split('\n')[0]).toBe('Usage: ai-policy <command> [options]');
  });
});

describe('init', () => {
  it('writes a policy from flags with --yes that check accepts', async () => {
    const cwd = tempDir();
    const run = await cli(
      [
        'init',
        '--yes',
        '--organization',
        'Acme Health',
        '--industry',
        'healthcare',
        '--compliance',
        'hipaa,gdpr',
        '--posture',
        'advisory',
        '--tool',
        'Claude Code:baa',
        '--tool',
        'GitHub Copilot:enterprise:internal',
        '--effective-date',
        '2026-07-01',
        '--owner',
        'Security <security@acme.example>',
      ],
      {cwd},
    );
    expect(run).toMatchObject({code: 0, stderr: ''});
    expect(run.stdout).toContain('Wrote ai-policy.yml');
    const written = parse(readFileSync(path.join(cwd, 'ai-policy.yml'), 'utf8'));
    expect(written).toMatchObject({
      organization: 'Acme Health',
      industry: 'healthcare',
      effectiveDate: '2026-07-01',
      owner: 'Security <security@acme.example>',
      posture: 'advisory',
      compliance: ['hipaa', 'gdpr'],
      tools: [
        // A tool named as a known client gets its client, so export writes its file.
        {name: 'Claude Code', agreement: 'baa', client: 'claude-code'},
        {name: 'GitHub Copilot', agreement: 'enterprise', maxDataClass: 'internal', client: 'github-copilot'},
      ],
      training: {required: true},
    });
    // The credentials class lists the usual secret files, and not the samples that hold none.
    const paths: string[] = written.dataClasses[2].paths;
    expect(paths).toContain('**/.env');
    expect(paths.some((pattern) => matchesPath(pattern, '.env.example'))).toBe(false);
    expect(paths.some((pattern) => matchesPath(pattern, '.env-samples/dev.env'))).toBe(false);
    expect(paths.some((pattern) => matchesPath(pattern, 'apps/api/.env.production'))).toBe(true);
    const check = await cli(['check', '--today', '2026-07-01'], {cwd});
    expect(check.code).toBe(0);
    // The Enforcement section is there: the first export has something to write.
    expect(check.stdout).toMatch(/ai-policy\.yml: valid, 9 sections/);
  });

  it('refuses to overwrite an existing file without --force', async () => {
    const cwd = dirWith('organization: Keep me\n');
    const flags = ['--yes', '--organization', 'New Corp', '--tool', 'Copilot:enterprise'];
    const refused = await cli(['init', ...flags], {cwd});
    expect(refused).toEqual({
      code: 1,
      stdout: '',
      stderr: 'ai-policy: ai-policy.yml already exists; pass --force to overwrite it\n',
    });
    expect(readFileSync(path.join(cwd, 'ai-policy.yml'), 'utf8')).toBe('organization: Keep me\n');

    const forced = await cli(['init', ...flags, '--force'], {cwd});
    expect(forced.code).toBe(0);
    expect(parse(readFileSync(path.join(cwd, 'ai-policy.yml'), 'utf8')).organization).toBe('New Corp');
  });

  it('refuses piped stdin without --yes, says what to pass, and writes nothing', async () => {
    // The answers a script might pipe: they are not read, since a prompt needs a terminal.
    const cwd = tempDir();
    const run = await cli(['init'], {cwd, stdin: 'Acme Bank\nfinancial-services\n'});
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'ai-policy: init asks its questions in a terminal, and stdin and stdout are not one.',
    );
    expect(run.stderr).toContain('pass --yes with at least --organization <name> and');
    expect(run.stderr).toContain('--tool "<name>[:agreement[:maxDataClass]]" (once per tool)');
    expect(run.stderr).not.toMatch(NO_STACK);
    expect(existsSync(path.join(cwd, 'ai-policy.yml'))).toBe(false);
  });

  it('takes every answer as a flag: regimes mark the restricted class, class rules, ceilings', async () => {
    const cwd = tempDir();
    const run = await cli(
      [
        'init',
        '--yes',
        '--organization',
        'Acme Bank',
        '--industry',
        'financial-services',
        '--compliance',
        'pci-dss, soc2',
        '--tool',
        'Claude Code:enterprise',
        '--tool',
        'Chat Helper:standard:public',
        '--public-data',
        'enterprise-agreement-only',
        '--posture',
        'mandatory',
        '--owner',
        'Risk team <risk@acme.example>',
        '--effective-date',
        '2026-07-01',
      ],
      {cwd},
    );
    expect(run).toMatchObject({code: 0, stderr: ''});
    const written = parse(readFileSync(path.join(cwd, 'ai-policy.yml'), 'utf8'));
    expect(written).toMatchObject({
      organization: 'Acme Bank',
      industry: 'financial-services',
      posture: 'mandatory',
      compliance: ['pci-dss', 'soc2'],
      owner: 'Risk team <risk@acme.example>',
      tools: [
        {name: 'Claude Code', agreement: 'enterprise'},
        {name: 'Chat Helper', agreement: 'standard', maxDataClass: 'public'},
      ],
    });
    expect(written.dataClasses.map((dataClass: {rule: string}) => dataClass.rule)).toEqual([
      'enterprise-agreement-only',
      'enterprise-agreement-only',
      'never',
    ]);
    // PCI DSS selected: the restricted class is marked as holding cardholder data, so lint can see it.
    expect(written.dataClasses[2].categories).toContain('cardholder-data');
    // The summary, from the engine's decisions, says it before the file is written.
    expect(run.stdout).toContain(
      '  Chat Helper: standard terms, at most Public data and open-source code\n    may receive:     nothing\n',
    );
    expect(run.stdout.indexOf('may receive')).toBeLessThan(run.stdout.indexOf('Wrote ai-policy.yml.'));
    expect((await cli(['check', '--today', '2026-07-01'], {cwd})).code).toBe(0);
  });

  it('writes the defaults for the flags left out with --yes, then checks the file', async () => {
    const cwd = tempDir();
    const run = await cli(['init', '--yes', '--organization', 'Acme Corp', '--tool', 'GitHub Copilot'], {
      cwd,
    });
    expect(run).toMatchObject({code: 0, stderr: ''});
    const written = parse(readFileSync(path.join(cwd, 'ai-policy.yml'), 'utf8'));
    expect(written).toMatchObject({
      organization: 'Acme Corp',
      industry: 'saas',
      posture: 'mandatory',
      compliance: [],
      effectiveDate: new Date().toISOString().slice(0, 10),
      // Written out although it is the default, so a reviewer sees each tool's terms.
      tools: [{name: 'GitHub Copilot', agreement: 'standard'}],
    });
    expect(written.dataClasses.map((dataClass: {rule: string}) => dataClass.rule)).toEqual([
      'any-approved-tool',
      'enterprise-agreement-only',
      'never',
    ]);
    // After writing, the same check as `ai-policy check`: a tool on standard terms leaves the internal
    // class unreachable, which is worth a warning, not a refusal.
    expect(run.stdout).toMatch(
      /\nWrote ai-policy\.yml\.\nwarning {2}ai-policy\.yml:\d+:\d+ {2}dataClasses\[1\]\.rule {2}.+ \[class-unreachable\]\nai-policy\.yml: valid, 7 sections, 1 finding\n/,
    );
    const check = await cli(['check'], {cwd});
    expect(check.stdout).toMatch(/\[class-unreachable\]\nai-policy\.yml: valid, 7 sections, 1 finding\n$/);
    expect(run.stdout).toContain(
      "\nNo docusaurus.config.* here. In your site's docusaurus.config.ts, add:\n",
    );
  });

  it('suggests the right id for a bad --industry and writes nothing', async () => {
    const cwd = tempDir();
    const run = await cli(
      ['init', '--yes', '--organization', 'Acme', '--industry', 'helthcare', '--tool', 'Copilot:enterprise'],
      {cwd},
    );
    // The words of `ai-policy check` for the same value in the file.
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'ai-policy: --industry: expected one of saas | healthcare | financial-services | government | defense | education | retail | manufacturing | other, got "helthcare" (did you mean "healthcare"?)\n',
    });
    expect(existsSync(path.join(cwd, 'ai-policy.yml'))).toBe(false);
  });

  it('reports every bad flag at once, before asking or writing anything', async () => {
    const cwd = tempDir();
    const run = await cli(
      [
        'init',
        '--organization',
        'Acme',
        '--compliance',
        'soc2,hipa',
        '--tool',
        'Cursor:enterprize',
        '--tool',
        'cursor:baa:internl',
        '--restricted-data',
        'nevr',
        '--effective-date',
        '2026-02-30',
      ],
      {cwd},
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toEqual([
      'ai-policy: --compliance ([1]): expected one of soc2 | hipaa | gdpr | iso27001 | pci-dss | eu-ai-act | iso42001 | nist-ai-rmf, got "hipa" (did you mean "hipaa"?)',
      'ai-policy: --effective-date: expected a real calendar date written as YYYY-MM-DD',
      'ai-policy: --tool "Cursor:enterprize" (agreement): expected one of none | standard | enterprise | baa | self-hosted, got "enterprize" (did you mean "enterprise"?)',
      'ai-policy: --tool "cursor:baa:internl" (name): duplicate tool name "cursor": already used by tools[0]',
      'ai-policy: --tool "cursor:baa:internl" (maxDataClass): refers to data class "internl", which is not defined; defined classes: public, internal, restricted (did you mean "internal"?)',
      'ai-policy: --restricted-data: expected one of any-approved-tool | enterprise-agreement-only | baa-only | never, got "nevr" (did you mean "never"?)',
      '',
    ]);
    expect(existsSync(path.join(cwd, 'ai-policy.yml'))).toBe(false);
  });

  it('prints the lines the site config lacks, or says it has them', async () => {
    const flags = ['init', '--yes', '--organization', 'Acme', '--tool', 'Copilot:enterprise'];
    const esm = dirWith(
      "import {remarkAiPolicy} from 'docusaurus-plugin-ai-policy/remark';\nexport default {presets: [['classic', {docs: {remarkPlugins: [remarkAiPolicy]}}]], plugins: ['docusaurus-plugin-ai-policy'], themeConfig: {navbar: {items: [{to: '/ai-policy', label: 'AI policy'}]}}};\n",
      'docusaurus.config.ts',
    );
    expect((await cli(flags, {cwd: esm})).stdout).toContain(
      '\ndocusaurus.config.ts already loads the plugin, uses remarkAiPolicy and links to /ai-policy.\n',
    );

    // The recommended placement (docs/install.md) counts as using it too.
    const beforeDefault = dirWith(
      "import {remarkAiPolicy} from 'docusaurus-plugin-ai-policy/remark';\nexport default {presets: [['classic', {docs: {beforeDefaultRemarkPlugins: [remarkAiPolicy]}}]], plugins: ['docusaurus-plugin-ai-policy'], themeConfig: {navbar: {items: [{to: '/ai-policy', label: 'AI policy'}]}}};\n",
      'docusaurus.config.ts',
    );
    expect((await cli(flags, {cwd: beforeDefault})).stdout).toContain(
      '\ndocusaurus.config.ts already loads the plugin, uses remarkAiPolicy and links to /ai-policy.\n',
    );

    const commonJs = dirWith(
      "module.exports = {plugins: ['docusaurus-plugin-ai-policy'], presets: [['classic', {docs: {}}]]};\n",
      'docusaurus.config.js',
    );
    const advice = (await cli([...flags, '--file', 'policy/ai-policy.yaml'], {cwd: commonJs})).stdout;
    expect(advice.slice(advice.indexOf('docusaurus.config.js already'))).toBe(
      [
        'docusaurus.config.js already loads the plugin. Add:',
        '  At the top:',
        "    const {remarkAiPolicy} = require('docusaurus-plugin-ai-policy/remark');",
        '  In the classic preset, in each of the docs, blog and pages options whose pages embed the policy:',
        '    beforeDefaultRemarkPlugins: [remarkAiPolicy],',
        '  In themeConfig.navbar.items:',
        "    {to: '/ai-policy', label: 'AI policy', position: 'left'},",
        '',
      ].join('\n'),
    );

    const bare = tempDir();
    const fresh = (await cli([...flags, '--file', 'policy/ai-policy.yaml'], {cwd: bare})).stdout;
    expect(fresh).toContain(`    ['docusaurus-plugin-ai-policy', {policyFile: "policy/ai-policy.yaml"}],\n`);
  });

  it('names the missing organization and tool with --yes', async () => {
    const noOrg = await cli(['init', '--yes', '--tool', 'Copilot:enterprise'], {cwd: tempDir()});
    expect(noOrg).toMatchObject({
      code: 1,
      stderr: 'ai-policy: an organization name is required (--organization)\n',
    });
    const noTool = await cli(['init', '--yes', '--organization', 'Acme'], {cwd: tempDir()});
    expect(noTool).toMatchObject({
      code: 1,
      stderr: 'ai-policy: at least one approved tool is required (--tool "Name:agreement")\n',
    });
  });
});

describe('the built binary', () => {
  // `npm test` builds first; run `npm run build` before running this file alone.
  const bin = path.join(ROOT, 'lib', 'cli', 'main.js');

  it('runs as a real process: exit codes and streams', () => {
    expect(existsSync(bin), 'lib/cli/main.js is missing: run `npm run build` first').toBe(true);
    const cwd = dirWith(VALID);
    const ok = spawnSync(process.execPath, [bin, 'check', '--today', '2026-07-01'], {cwd, encoding: 'utf8'});
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe('ai-policy.yml: valid, 7 sections, 0 findings\n');

    const bad = spawnSync(process.execPath, [bin, 'check'], {cwd: dirWith(INVALID), encoding: 'utf8'});
    expect(bad.status).toBe(1);
    // Run from inside the folder, the file is shown relative to it, ready to click in a terminal.
    expect(bad.stderr.split('\n').slice(0, 2)).toEqual([
      'Invalid AI policy config (2 problems):',
      '  ai-policy.yml:2:11  industry  expected one of saas | healthcare | financial-services | government | defense | education | retail | manufacturing | other, got "sass" (did you mean "saas"?)',
    ]);
    expect(bad.stderr).not.toMatch(NO_STACK);

    const json = spawnSync(process.execPath, [bin, 'render', '--format', 'json'], {cwd, encoding: 'utf8'});
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).organization).toBe('Acme Corp');
  });
});

/** Issue #24: input a terminal user can give by mistake gives a located message and exit 1, never a stack. */
describe('hostile and mistaken input', () => {
  it.each([['check'], ['render'], ['export', '--target', 'cursor']])(
    '`%s` on a directory names it as a directory',
    async (...command) => {
      const dir = tempDir();
      const run = await cli([...command, dir], {cwd: dir});
      expect(run).toEqual({
        code: 1,
        stdout: '',
        stderr: `Invalid AI policy config (1 problem):\n  ${dir}:1:1  (document)  this is a directory, not a policy file; name the file in it, e.g. ${path.join(dir, 'ai-policy.yml')}\n`,
      });
    },
  );

  it('`check-commit-msg` on a directory says so', async () => {
    const dir = dirWith(VALID);
    expect(await cli(['check-commit-msg', '.'], {cwd: dir})).toEqual({
      code: 1,
      stdout: '',
      stderr: 'ai-policy: cannot read the commit message file .: it is a directory\n',
    });
  });

  it('`export --out` an existing file writes nothing and says what --out is', async () => {
    const dir = dirWith(VALID);
    writeFileSync(path.join(dir, 'notes.txt'), 'mine\n');
    const run = await cli(['export', '--target', 'all', '--out', 'notes.txt'], {cwd: dir});
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'ai-policy: --out notes.txt is a file; --out names the folder to write into (the repository root)\n',
    );
    expect(readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('mine\n');
  });

  it('`export` with a file where a folder goes writes nothing at all', async () => {
    const dir = dirWith(
      `${VALID.replace('agreement: enterprise', 'agreement: enterprise\n    client: claude-code')}dataClasses:\n  - {id: public, name: Public, rule: any-approved-tool}\n  - {id: secrets, name: Secrets, rule: never, paths: ['secrets/**']}\n`,
    );
    writeFileSync(path.join(dir, '.claude'), 'mine\n');
    const run = await cli(['export', '--target', 'agents-md', '--target', 'claude-code'], {cwd: dir});
    expect(run.stderr).toBe(
      'ai-policy: cannot write .claude/settings.json: .claude is a file; nothing was written\n',
    );
    expect(existsSync(path.join(dir, 'AGENTS.md'))).toBe(false);
  });

  it.each([
    [
      'UTF-16 LE with its byte-order mark',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID, 'utf16le')]),
      'it is UTF-16 LE (it starts with the byte-order mark FF FE)',
    ],
    [
      'UTF-16 BE with its byte-order mark',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(VALID, 'utf16le').swap16()]),
      'it is UTF-16 BE (it starts with the byte-order mark FE FF)',
    ],
    [
      'UTF-16 LE without a byte-order mark',
      Buffer.from(VALID, 'utf16le'),
      'it looks like UTF-16 LE without a byte-order mark',
    ],
    [
      'Windows-1252',
      Buffer.from(VALID.replace('Acme Corp', 'Acmé Corp'), 'latin1'),
      'byte E9 at line 1, column 18 is not valid UTF-8',
    ],
  ])('refuses a file in %s as "not UTF-8", with the encoding seen', async (_, bytes, seen) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'ai-policy.yml'), bytes);
    const run = await cli(['check'], {cwd: dir});
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`ai-policy.yml:1:1  (document)  the file is not UTF-8: ${seen}`);
    expect(run.stderr).toContain('save it as UTF-8');
  });

  it('reads a UTF-8 file with a byte-order mark', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'ai-policy.yml'), `\ufeff${VALID}`);
    expect((await cli(['check', '--today', '2026-07-01'], {cwd: dir})).code).toBe(0);
  });

  it.each([
    ['organization: !!binary QWNtZQ==', '1:24', 'organization', '!!binary'],
    ['effectiveDate: !!timestamp 2026-06-15', '3:28', 'effectiveDate', '!!timestamp'],
    ['compliance: !!set {soc2}', '5:19', 'compliance', '!!set'],
    ['organization: !vault secret', '1:22', 'organization', '!vault'],
  ])('refuses the tag in %j: "tag not allowed", located', async (line, position, field, tag) => {
    const key = line.split(':')[0]!;
    const source = VALID.replace(new RegExp(`^${key}:.*$`, 'm'), line);
    const run = await cli(['check'], {cwd: dirWith(source)});
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^Invalid AI policy config \(1 problem\):\n {2}\S*ai-policy\.yml:/);
    expect(run.stderr).toContain(
      `ai-policy.yml:${position}  ${field}  the tag ${tag} is not allowed: a policy holds plain text, numbers, true/false, lists and mappings; remove the tag and write the value plainly (a date as 2026-06-15)\n`,
    );
  });

  it('keeps tags that only restate a plain type', async () => {
    const source = VALID.replace('organization: Acme Corp', 'organization: !!str Acme Corp');
    expect((await cli(['check', '--today', '2026-07-01'], {cwd: dirWith(source)})).code).toBe(0);
  });

  it('refuses a policy file over 4 MB by its size, before reading it', async () => {
    const dir = tempDir();
    // 20 MB of comments: valid YAML, which took 15 s and 930 MB of memory to refuse.
    writeFileSync(path.join(dir, 'ai-policy.yml'), `${VALID}${`# ${'x'.repeat(98)}\n`.repeat(200_000)}`);
    const run = await cli(['check'], {cwd: dir});
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'ai-policy.yml:1:1  (document)  the file is 19.3 MB, over the 4.0 MB a policy file may have; is this the policy file? (a 1,000-tool policy is about 2.2 MB)\n',
    );
  });
});

describe('the built binary, with mistaken input', () => {
  const bin = path.join(ROOT, 'lib', 'cli', 'main.js');

  it.each([['--version'], ['-v']])('`ai-policy %s` prints the version', (flag) => {
    const run = spawnSync(process.execPath, [bin, flag], {encoding: 'utf8'});
    const {version} = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {version: string};
    expect({status: run.status, stdout: run.stdout, stderr: run.stderr}).toEqual({
      status: 0,
      stdout: `${version}\n`,
      stderr: '',
    });
  });

  it('`render | head -1` stops quietly when the reader closes the pipe', () => {
    const source = VALID.replace(
      'tools:\n',
      `tools:\n${Array.from({length: 3000}, (_, index) => `  - name: Tool ${index}\n    agreement: enterprise\n`).join('')}`,
    );
    const cwd = dirWith(source);
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" render | head -1; echo "exit $?"`], {
      cwd,
      encoding: 'utf8',
      env: {...process.env, PATH: process.env.PATH},
    });
    // `set -o pipefail` is not POSIX: read the CLI's own status from a pipeline that reports it.
    const status = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${bin}" render | head -1 >/dev/null; echo "\${PIPESTATUS[0]}"`],
      {
        cwd,
        encoding: 'utf8',
      },
    );
    expect(run.stdout).toBe('# AI Tool Usage Policy\nexit 0\n');
    expect(run.stderr).toBe('');
    expect(status.stdout).toBe('0\n');
    expect(status.stderr).toBe('');
  });
});
