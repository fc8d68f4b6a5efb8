/**
 * What `ai-policy check`, `diff` and `init` print with `--locale fr|de` besides config errors
 * (test/config-locales.test.ts): the findings about links, hidden characters and control gaps, and the
 * command line's own sentences. Each is said in the locale; what stays as written is data (a URL, a code
 * point and its Unicode name, a control's id and title, a config key, a code).
 */
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {runCliCaptured} from './support/cli.js';
import {cli, cliPolicy, temporaryFolders} from './support/export-fixtures.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ai-policy-cli-locales-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

/** A valid policy with one of each link finding, a hidden character and a control gap. */
const FINDINGS = [
  'organization: "Acme\\u202E"',
  'owner: CISO',
  'effectiveDate: 2026-06-15',
  'review:',
  '  lastReviewed: 2026-06-15',
  'compliance: [soc2]',
  'tools:',
  '  - name: Copilot',
  '    agreement: enterprise',
  '    url: "javascript:alert(1)"',
  '  - name: Claude',
  '    agreement: enterprise',
  '    url: "https://claude.ai/x"',
  '  - name: Wiki',
  '    agreement: enterprise',
  '    url: "@site/.env"',
  'sections:',
  '  disable: [incidents-and-exceptions]',
  '  custom:',
  '    - id: extra',
  '      title: Extra',
  '      body: "See ![diagram](https://x.example/a.png) and [notes](\\\\\\\\evil.example)."',
  '',
].join('\n');

/** English words of the findings' sentences: none may be left once the data is taken out. */
const ENGLISH =
  /\b(?:The|link|is|are|left out|shown|leaves|names a file|build machine|Removed|invisible bidirectional|nothing in the policy|because|Enable|cover|elsewhere|starts with|which|browsers|contains|uses|scheme|only|kept|body|line|add|to link it)\b/;

/** A finding line without its data: severity, place, code, quoted URLs, code spans, Unicode names, control titles. */
function sentences(report: string): string {
  return report
    .split('\n')
    .filter((line) => /^(?:warning|error) {2}/.test(line))
    .map((line) =>
      line
        .replace(/^(?:warning|error) {2}\S+ {2}\S+ {2}/, '')
        .replace(/ \[[a-z-]+\]$/, '')
        .replace(/"(?:[^"\\]|\\.)*"|„[^“]*“|«\u202F[^»]*\u202F»/g, '')
        .replace(/`[^`]*`/g, '')
        .replace(/U\+[0-9A-F]{4} [A-Z -]+/g, '')
        .replace(/\b[A-Z]+\d[\d.]* \([^)]*\)/g, ''),
    )
    .join('\n');
}

describe('findings about links, hidden characters and control gaps, with --locale', () => {
  const CODES = ['bidi-control-removed', 'url-dropped', 'url-external', 'url-names-file', 'control-gap'];

  it('are English without --locale (the check below would catch them)', async () => {
    writeFileSync(path.join(dir, 'findings.yml'), FINDINGS);
    const run = await runCliCaptured(['check', 'findings.yml'], {cwd: dir});
    for (const code of CODES) expect(run.stdout).toContain(`[${code}]`);
    expect(sentences(run.stdout)).toMatch(ENGLISH);
  });

  it.each(['fr', 'de'])(
    'are said in %s, the URLs, code points and control ids as written',
    async (locale) => {
      writeFileSync(path.join(dir, 'findings.yml'), FINDINGS);
      const run = await runCliCaptured(['check', 'findings.yml', '--locale', locale], {cwd: dir});
      expect(run.code).toBe(1);
      for (const code of CODES) expect(run.stdout).toContain(`[${code}]`);
      for (const data of [
        '"javascript:alert(1)"',
        '"https://claude.ai/x"',
        '"@site/.env"',
        '"https://x.example/a.png"',
        '"\\\\evil.example"',
        'U+202E RIGHT-TO-LEFT OVERRIDE',
        'CC7.3 (Evaluation of security events)',
        '`incidents-and-exceptions`',
        '`controlGaps: none`',
      ])
        expect(run.stdout).toContain(data);
      const said = sentences(run.stdout);
      expect(said.split('\n').length).toBeGreaterThanOrEqual(CODES.length + 2);
      expect(said).not.toMatch(ENGLISH);
    },
  );

  it('follows French and German typography', async () => {
    writeFileSync(path.join(dir, 'findings.yml'), FINDINGS);
    const fr = await runCliCaptured(['check', 'findings.yml', '--locale', 'fr'], {cwd: dir});
    const de = await runCliCaptured(['check', 'findings.yml', '--locale', 'de'], {cwd: dir});
    expect(fr.stdout).toContain(
      'Le lien "https://claude.ai/x" mène hors du site\u202F; il est donc affiché comme texte, et non comme lien. Ajoutez «\u202Fclaude.ai\u202F» à links.externalHosts',
    );
    expect(fr.stdout).toContain(
      'SOC 2\u202F: rien dans la politique ne traite CC7.3 (Evaluation of security events)',
    );
    expect(de.stdout).toContain('fügen Sie „claude.ai“ zu links.externalHosts hinzu');
    expect(de.stdout).toContain(
      'Ein unsichtbares bidirektionales Steuerzeichen wurde entfernt (U+202E RIGHT-TO-LEFT OVERRIDE)',
    );
  });
});

describe('the command line’s own sentences, with --locale', () => {
  const POLICY =
    'organization: Acme\neffectiveDate: 2026-06-15\ntools:\n  - name: Copilot\n    agreement: enterprise\n';
  /** English words of these messages; flags, file names, revisions and git's or the system's words aside. */
  const ENGLISH_CLI =
    /\b(?:the|is|are|only|with|got|already|exists|pass|overwrite|cannot|write|extends no|nothing to compare|neither|nor|revision of this|not inside|Add|At the top|In the|already loads|links to|among)\b/;
  const wordsOf = (text: string) =>
    text
      .replace(/"[^"]*"|„[^“]*“|«\u202F[^»]*\u202F»|`[^`]*`/g, '')
      .split('\n')
      // The lines to paste into the site's config are code.
      .filter((line) => !/^ {4}/.test(line))
      .join('\n');

  /** Each case: the command, and the sentence it must print in French and German. */
  const CASES: Array<{name: string; argv: string[]; files?: Record<string, string>; fr: string; de: string}> =
    [
      {
        name: 'init --cui-data without --industry defense',
        argv: [
          'init',
          '--yes',
          '--organization',
          'Acme',
          '--tool',
          'Copilot:enterprise',
          '--cui-data',
          'never',
          '--industry',
          'saas',
          '--file',
          'cui.yml',
        ],
        fr: 'ai-policy: --cui-data\u202F: la classe cui ne s’écrit qu’avec --industry defense, alors que --industry vaut «\u202Fsaas\u202F»\n',
        de: 'ai-policy: --cui-data: die Klasse cui wird nur mit --industry defense geschrieben, angegeben ist aber „saas“\n',
      },
      {
        name: 'init over an existing file',
        argv: [
          'init',
          '--yes',
          '--organization',
          'Acme',
          '--tool',
          'Copilot:enterprise',
          '--file',
          'policy.yml',
        ],
        files: {'policy.yml': POLICY},
        fr: 'ai-policy: policy.yml existe déjà\u202F; ajoutez --force pour le remplacer\n',
        de: 'ai-policy: policy.yml ist bereits vorhanden; geben Sie --force an, um die Datei zu überschreiben\n',
      },
      {
        name: 'diff --baseline on a file without extends',
        argv: ['diff', '--baseline', '--file', 'policy.yml'],
        files: {'policy.yml': POLICY},
        fr: 'ai-policy: policy.yml ne s’appuie sur aucune politique de référence (il n’a pas de clé extends)\u202F; --baseline n’a donc rien à comparer\n',
        de: 'ai-policy: policy.yml baut auf keiner Basisrichtlinie auf (die Datei hat kein extends), daher hat --baseline nichts zu vergleichen\n',
      },
      {
        name: 'diff with a missing policy file',
        argv: ['diff', 'policy.yml', '--file', 'missing.yml'],
        files: {'policy.yml': POLICY},
        fr: 'ai-policy: le fichier de politique missing.yml n’existe pas\u202F; indiquez-le avec --file, ou donnez les deux versions à comparer\n',
        de: 'ai-policy: die Richtliniendatei missing.yml ist nicht vorhanden; nennen Sie sie mit --file oder geben Sie beide Seiten an\n',
      },
      {
        name: 'init asked questions without a terminal',
        argv: ['init', '--file', 'asked.yml'],
        fr: 'ai-policy: init pose ses questions dans un terminal, mais ni l’entrée ni la sortie standard n’en sont un.\nPour écrire le fichier sans questions, passez --yes avec au moins --organization <nom> et\n--tool "<nom>[:agreement[:maxDataClass]]" (une fois par outil)\u202F; les autres réponses se donnent aussi par options, à savoir\n--industry, --compliance, --posture, --public-data, --internal-data, --restricted-data, --cui-data\n(avec --industry defense), --owner, --effective-date. Voir `ai-policy --help`.\n',
        de: 'ai-policy: init stellt seine Fragen in einem Terminal, aber weder Standardeingabe noch Standardausgabe sind eines.\nUm die Datei ohne Fragen zu schreiben, geben Sie --yes mit mindestens --organization <Name> und\n--tool „<Name>[:agreement[:maxDataClass]]“ (einmal je Werkzeug) an; auch die übrigen Antworten haben Optionen:\n--industry, --compliance, --posture, --public-data, --internal-data, --restricted-data, --cui-data\n(mit --industry defense), --owner, --effective-date. Siehe `ai-policy --help`.\n',
      },
    ];

  for (const {name, argv, files, fr, de} of CASES)
    it(`says ${name} in French and German`, async () => {
      for (const [file, text] of Object.entries(files ?? {})) writeFileSync(path.join(dir, file), text);
      const english = await runCliCaptured(argv, {cwd: dir});
      expect(english.code).toBe(1);
      expect(wordsOf(english.stderr)).toMatch(ENGLISH_CLI);
      for (const [locale, expected] of [
        ['fr', fr],
        ['de', de],
      ] as const) {
        const run = await runCliCaptured([...argv, '--locale', locale], {cwd: dir});
        expect(run.code).toBe(1);
        expect(run.stderr).toBe(expected);
        expect(wordsOf(run.stderr)).not.toMatch(ENGLISH_CLI);
      }
    });

  it('says a revision git does not know, and a folder outside git, in French and German', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'ai-policy-no-git-'));
    const repo = mkdtempSync(path.join(tmpdir(), 'ai-policy-git-'));
    try {
      writeFileSync(path.join(outside, 'ai-policy.yml'), POLICY);
      writeFileSync(path.join(repo, 'ai-policy.yml'), POLICY);
      execFileSync('git', ['init', '-q'], {cwd: repo});
      const notRepo = await runCliCaptured(['diff', 'v1', '--locale', 'de'], {cwd: outside});
      expect(notRepo.stderr).toBe(
        `ai-policy: „v1“ ist keine Datei, und ${outside} liegt in keinem git-Repository, in dem sie als Revision gelesen werden könnte\n`,
      );
      const unknown = await runCliCaptured(['diff', 'v1', '--locale', 'fr'], {cwd: repo});
      expect(unknown.stderr).toBe(
        'ai-policy: «\u202Fv1\u202F» n’est ni un fichier ni une révision de ce dépôt\n',
      );
    } finally {
      rmSync(outside, {recursive: true, force: true});
      rmSync(repo, {recursive: true, force: true});
    }
  });

  it.each(['fr', 'de'])('tells what the site config still needs after init in %s', async (locale) => {
    const site = mkdtempSync(path.join(tmpdir(), 'ai-policy-init-site-'));
    try {
      const argv = [
        'init',
        '--yes',
        '--organization',
        'Acme',
        '--tool',
        'Copilot:enterprise',
        '--locale',
        locale,
      ];
      const run = await runCliCaptured(argv, {cwd: site});
      expect(run.code).toBe(0);
      const advice = run.stdout.slice(run.stdout.lastIndexOf('\n\n') + 2);
      expect(advice).toContain("    import {remarkAiPolicy} from 'docusaurus-plugin-ai-policy/remark';");
      expect(advice.split('\n').length).toBeGreaterThan(6);
      expect(wordsOf(advice)).not.toMatch(ENGLISH_CLI);
    } finally {
      rmSync(site, {recursive: true, force: true});
    }
  });
});

describe('ai-policy export, with --locale', () => {
  const newFolder = temporaryFolders('ai-policy-export-locales-');
  /** English words of export's own lines; file names, targets, readers' tool names and quoted lines aside. */
  const ENGLISH_EXPORT =
    /\b(?:wrote|unchanged|merged into|skipped|differs from|generates|expected|found|Regenerate|match|missing)\b/;
  const wordsOf = (text: string) =>
    text
      .split('\n')
      // The exporters' reasons stay English, after "(… : " / "(… laut Exporter: ".
      .map((line) => line.replace(/\((?:raison donnée par l’exportateur|Grund laut Exporter)[^)]*\)+/, ''))
      .join('\n')
      .replace(/"[^"]*"|npx ai-policy export .*/g, '');

  it.each([
    [
      'fr',
      'écrit .cursorignore',
      /\.cursorignore:\d+\u202F: diffère de ce que génère ai-policy\.yml\n {2}attendu\u202F: .*\n {2}trouvé\u202F: {2}\S/,
    ],
    [
      'de',
      'geschrieben .cursorignore',
      /\.cursorignore:\d+: weicht von dem ab, was ai-policy\.yml erzeugt\n {2}erwartet: .*\n {2}gefunden: \S/,
    ],
  ])('says what it wrote and what --check found in %s', async (locale, wrote, differs) => {
    const dir = newFolder({'ai-policy.yml': cliPolicy('**/.env*')});
    const english = await cli(['export', '--target', 'all'], dir);
    expect(english.stdout).toMatch(ENGLISH_EXPORT);
    const run = await cli(['export', '--target', 'all', '--locale', locale], dir);
    expect(run.stdout).toContain(wrote);
    expect(wordsOf(run.stdout)).not.toMatch(ENGLISH_EXPORT);
    writeFileSync(path.join(dir, '.cursorignore'), 'edited by hand\n');
    const check = await cli(['export', '--target', 'all', '--check', '--locale', locale], dir);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(differs);
    expect(wordsOf(check.stderr)).not.toMatch(ENGLISH_EXPORT);
  });
});
