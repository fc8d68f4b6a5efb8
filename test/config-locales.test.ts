/**
 * Config validation errors in the command line's `--locale` (`messages/<locale>/config.yml`): a bad file
 * checked with `--locale fr|de` is reported in French or German, its codes, field paths, file:line:column
 * and the file's own values as written. English keeps the words the config code writes: the English catalog
 * must say exactly those words, so that a translation translates what an English reader sees.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {PolicyConfigError} from '../src/config/problems.js';
import type {Diagnostic, DiagnosticMessage} from '../src/diagnostics/diagnostic.js';
import {ENGLISH, MESSAGE_IDS, type MessageCatalog} from '../src/engine/messages.js';
import {configMessageText} from '../src/i18n/config-report.js';
import {shippedCatalog} from '../src/i18n/site-language.js';
import {loadPolicy} from '../src/store/policy-store.js';
import {runCliCaptured} from './support/cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ai-policy-config-locales-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

const VALID = 'organization: Acme Corp\neffectiveDate: 2026-06-15\n';
const TOOLS = 'tools:\n  - name: Copilot\n    agreement: enterprise\n    maxDataClass: public\n';

/** One bad file per kind of problem the issue names, with where it is reported. */
const CASES: Record<string, {files: Record<string, string>; check: string; located: string[]}> = {
  'unknown key with a suggestion': {
    files: {'a.yml': `${VALID}industri: saas\n${TOOLS}`},
    check: 'a.yml',
    located: ['a.yml:3:1  industri  '],
  },
  'a wrong enum value with "did you mean"': {
    files: {'b.yml': `${VALID}posture: mandatry\n${TOOLS}`},
    check: 'b.yml',
    located: ['b.yml:3:10  posture  '],
  },
  'a wrong type': {
    files: {'c.yml': `${VALID}${TOOLS}training:\n  required: [yes]\n`},
    check: 'c.yml',
    located: ['c.yml:8:13  training.required  '],
  },
  'a YAML syntax error': {
    files: {'d.yml': `${VALID}owner: "Security team\nindustry: saas\n`},
    check: 'd.yml',
    located: ['d.yml:3:8  (document)  '],
  },
  'a duplicate key': {
    files: {'e.yml': `${VALID}${TOOLS}organization: Other Corp\n`},
    check: 'e.yml',
    located: ['e.yml:7:1  (document)  '],
  },
  'an overlay that loosens its baseline': {
    files: {
      'base.yml': `${VALID}posture: mandatory\n${TOOLS}`,
      'team.yml':
        'extends: ./base.yml\nposture: advisory\ntools:\n  - name: Copilot\n    maxDataClass: internal\n',
    },
    check: 'team.yml',
    located: ['team.yml:2:10  posture  ', 'team.yml:5:19  tools[0].maxDataClass  ', 'base.yml:3:10'],
  },
  'a missing key and a mistyped one, whose schema words its own expectation': {
    files: {'g.yml': `effectiveDate: 2026-06-15\n${TOOLS.replace('public', '[public]')}`},
    check: 'g.yml',
    located: ['g.yml:1:1  organization  ', 'g.yml:5:19  tools[0].maxDataClass  '],
  },
  'a baseline that does not exist': {
    files: {'f.yml': `extends: ./missing.yml\n${VALID}${TOOLS}`},
    check: 'f.yml',
    located: ['f.yml:1:10  extends  '],
  },
  'a policy file that does not exist': {
    files: {},
    check: 'none.yml',
    located: ['none.yml:1:1  (document)  '],
  },
  'the rules schema fields word themselves: an empty text, dates, a class id, a model id, paths, hosts': {
    files: {
      'h.yml': [
        'organization: [Acme]',
        'effectiveDate: 2026-6-1',
        'owner: "  "',
        'tools:',
        '  - name: Copilot',
        '    agreement: enterprise',
        '    maxDataClass: Public',
        '    models: ["a b"]',
        'dataClasses:',
        '  - id: public',
        '    name: Public',
        '    rule: any-approved-tool',
        "    paths: ['./src/**', 'a\\b', 'x/**y', '']",
        'links:',
        '  externalHosts: ["*.example.com", "https://Claude.ai/x"]',
        'review:',
        '  lastReviewed: 2026-02-30',
        '',
      ].join('\n'),
    },
    check: 'h.yml',
    located: [
      'h.yml:1:15  organization  ',
      'h.yml:2:16  effectiveDate  ',
      'h.yml:3:8  owner  ',
      'h.yml:7:19  tools[0].maxDataClass  ',
      'h.yml:8:14  tools[0].models[0]  ',
      'h.yml:13:13  dataClasses[0].paths[0]  ',
      'h.yml:13:25  dataClasses[0].paths[1]  ',
      'h.yml:13:32  dataClasses[0].paths[2]  ',
      'h.yml:13:41  dataClasses[0].paths[3]  ',
      'h.yml:15:19  links.externalHosts[0]  ',
      'h.yml:15:36  links.externalHosts[1]  ',
      'h.yml:17:17  review.lastReviewed  ',
    ],
  },
  'a file over the size limit': {
    // A comment line repeated past 4 MB: refused by its size, before it is parsed.
    files: {
      'big.yml': `${VALID}${'# padding padding padding padding padding padding padding\n'.repeat(80_000)}`,
    },
    check: 'big.yml',
    located: ['big.yml:1:1  (document)  '],
  },
};

/** Words of the English report that a French or German reader must not meet. */
const ENGLISH_WORDS =
  /\b(?:Invalid|invalid|expected|got|unknown|key|did you mean|duplicate|baseline|overlay|set by|mapping|problems?|raises|makes|only|written|string|bare|wildcards|segments|slashes|calendar|over the|e\.g\.)\b/;

function write(files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
}

/** A report's words without what the file wrote (the values it quotes, its keys and paths). */
function wordsOf(report: string): string {
  return report
    .split('\n')
    .map((line) => line.replace(/^\s*\S+:\d+:\d+ {2}\S+ {2}/, ''))
    .join('\n')
    .replace(/\S+\.yml:\d+:\d+/g, '')
    .replace(/"[^"]*"|„[^“]*“|«\u202F[^»]*\u202F»/g, '');
}

describe('config errors, checked with --locale fr and --locale de', () => {
  for (const [kind, {files, check, located}] of Object.entries(CASES)) {
    for (const locale of ['fr', 'de'] as const) {
      it(`says ${kind} in ${locale}, located as in English`, async () => {
        write(files);
        const english = await runCliCaptured(['check', check], {cwd: dir});
        const run = await runCliCaptured(['check', check, '--locale', locale], {cwd: dir});
        expect(run.code).toBe(1);
        expect(english.code).toBe(1);
        for (const place of located) {
          expect(english.stderr).toContain(place);
          expect(run.stderr).toContain(place);
        }
        expect(run.stderr.split('\n').length).toBe(english.stderr.split('\n').length);
        expect(wordsOf(run.stderr)).not.toMatch(ENGLISH_WORDS);
        expect(run.stderr).toMatch(
          locale === 'fr' ? /^Configuration de politique d’IA invalide/ : /^Ungültige/,
        );
      });
    }
  }

  it('says the suggestion and the values as written, in the locale’s quotes', async () => {
    write(CASES['a wrong enum value with "did you mean"']!.files);
    const fr = await runCliCaptured(['check', 'b.yml', '--locale', 'fr'], {cwd: dir});
    const de = await runCliCaptured(['check', 'b.yml', '--locale', 'de'], {cwd: dir});
    expect(fr.stderr).toContain(
      'b.yml:3:10  posture  attendu\u202F: l’une des valeurs advisory | mandatory\u202F; trouvé\u202F: "mandatry" (vouliez-vous dire «\u202Fmandatory\u202F»\u202F?)',
    );
    expect(de.stderr).toContain(
      'b.yml:3:10  posture  erwartet: einer der Werte advisory | mandatory; gefunden: "mandatry" (meinten Sie „mandatory“?)',
    );
  });

  it('says the problems of --format json and github in the locale, codes and paths as data', async () => {
    write(CASES['unknown key with a suggestion']!.files);
    const json = await runCliCaptured(['check', 'a.yml', '--format', 'json', '--locale', 'de'], {cwd: dir});
    const [problem] = JSON.parse(json.stdout) as Diagnostic[];
    expect(problem).toMatchObject({
      code: 'unknown-key',
      path: ['industri'],
      line: 3,
      column: 1,
      suggestion: 'industry',
    });
    expect(problem!.message).toMatch(
      /^unbekannter Schlüssel „industri“; zulässige Schlüssel an dieser Stelle: /,
    );
    const github = await runCliCaptured(['check', 'a.yml', '--format', 'github', '--locale', 'fr'], {
      cwd: dir,
    });
    expect(github.stdout).toMatch(
      /^::error file=a\.yml,line=3,col=1,title=ai-policy unknown-key::industri: clé inconnue/,
    );
    expect(github.stdout).toContain('(vouliez-vous dire «\u202Findustry\u202F»\u202F?)');
  });

  it('says the problems of render, diff and export in the locale too', async () => {
    write(CASES['a duplicate key']!.files);
    for (const argv of [
      ['render', 'e.yml'],
      ['diff', 'e.yml', 'e.yml'],
      ['export', 'e.yml', '--target', 'cursor', '--out', 'out'],
    ]) {
      const run = await runCliCaptured([...argv, '--locale', 'de'], {cwd: dir});
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('e.yml:7:1  (document)  doppelter Schlüssel: jeder Schlüssel darf');
    }
  });

  it('says a field’s own rule and the size limit in the locale’s words and numbers', async () => {
    write(
      CASES[
        'the rules schema fields word themselves: an empty text, dates, a class id, a model id, paths, hosts'
      ]!.files,
    );
    write(CASES['a file over the size limit']!.files);
    const fr = await runCliCaptured(['check', 'h.yml', '--locale', 'fr'], {cwd: dir});
    const de = await runCliCaptured(['check', 'h.yml', '--locale', 'de'], {cwd: dir});
    expect(fr.stderr).toContain(
      'h.yml:3:8  owner  attendu\u202F: le responsable de la politique\u202F; trouvé\u202F: une chaîne vide\n',
    );
    expect(de.stderr).toContain(
      'h.yml:3:8  owner  erwartet: die für die Richtlinie zuständige Stelle; gefunden: eine leere Zeichenkette\n',
    );
    expect(fr.stderr).toContain('écrivez «\u202Fclaude.ai\u202F»');
    expect(de.stderr).toContain('schreiben Sie „claude.ai“');
    const bigFr = await runCliCaptured(['check', 'big.yml', '--locale', 'fr'], {cwd: dir});
    const bigDe = await runCliCaptured(['check', 'big.yml', '--locale', 'de'], {cwd: dir});
    // The sizes are the locale's numbers, kept together with their unit.
    expect(bigFr.stderr).toMatch(
      /le fichier fait 4,4[\u00A0\u202F]Mo, au-delà des 4,0[\u00A0\u202F]Mo .* de 1\u202F000 outils/,
    );
    expect(bigDe.stderr).toMatch(
      /die Datei ist 4,4\sMB groß, mehr als die 4,0\sMB, .* mit 1\.000 Werkzeugen/,
    );
  });

  it('says a file that is not UTF-8 in the locale, with the byte and where it is', async () => {
    writeFileSync(path.join(dir, 'latin1.yml'), Buffer.from('organization: Caf\xe9\n', 'latin1'));
    const english = await runCliCaptured(['check', 'latin1.yml'], {cwd: dir});
    const de = await runCliCaptured(['check', 'latin1.yml', '--locale', 'de'], {cwd: dir});
    expect(english.stderr).toContain('byte E9 at line 1, column 18 is not valid UTF-8');
    expect(de.stderr).toContain(
      'die Datei ist nicht in UTF-8: das Byte E9 in Zeile 1, Spalte 18 ist kein gültiges UTF-8 (eine Latin-1- oder Windows-1252-Datei?); speichern Sie sie als UTF-8 (in VS Code: „Save with Encoding“ > UTF-8;',
    );
  });

  it('says what is wrong with init --yes answers in the locale, the flag as typed', async () => {
    const argv = [
      'init',
      '--yes',
      '--organization',
      'Acme',
      '--tool',
      'Copilot:enterprize',
      '--file',
      'x.yml',
    ];
    const fr = await runCliCaptured([...argv, '--locale', 'fr'], {cwd: dir});
    const de = await runCliCaptured([...argv, '--locale', 'de'], {cwd: dir});
    expect(fr.code).toBe(1);
    expect(fr.stderr).toBe(
      'ai-policy: --tool "Copilot:enterprize" (agreement)\u202F: attendu\u202F: l’une des valeurs none | standard | enterprise | baa | self-hosted\u202F; trouvé\u202F: "enterprize" (vouliez-vous dire «\u202Fenterprise\u202F»\u202F?)\n',
    );
    expect(de.stderr).toBe(
      'ai-policy: --tool "Copilot:enterprize" (agreement): erwartet: einer der Werte none | standard | enterprise | baa | self-hosted; gefunden: "enterprize" (meinten Sie „enterprise“?)\n',
    );
  });
});

describe('the config catalog', () => {
  /** Every problem of the bad files above, as the loaders report them. */
  async function problems(): Promise<Diagnostic[]> {
    const found: Diagnostic[] = [];
    for (const {files, check} of Object.values(CASES)) {
      write(files);
      await loadPolicy(path.join(dir, check)).catch((error: unknown) => {
        if (error instanceof PolicyConfigError) found.push(...error.problems);
      });
    }
    writeFileSync(path.join(dir, 'latin1.yml'), Buffer.from('organization: Caf\xe9\n', 'latin1'));
    await loadPolicy(path.join(dir, 'latin1.yml')).catch((error: unknown) => {
      if (error instanceof PolicyConfigError) found.push(...error.problems);
    });
    return found;
  }

  it('says in English exactly what the config code writes', async () => {
    const found = await problems();
    expect(found.length).toBeGreaterThanOrEqual(10);
    const english = {catalog: ENGLISH, locale: 'en'};
    for (const problem of found) {
      expect(problem.say, problem.message).toBeDefined();
      expect(configMessageText(problem.say!, english)).toBe(problem.message);
    }
  });

  /** The config messages a catalog lacks. */
  const missing = (catalog: MessageCatalog) =>
    MESSAGE_IDS.filter((id) => id.startsWith('config.') && catalog[id] === undefined);

  it.each(['fr', 'de'])('has every config message in %s, and a missing one is found', (locale) => {
    const catalog = shippedCatalog(locale);
    expect(missing(catalog)).toEqual([]);
    const {'config.loosens.posture': _dropped, ...planted} = catalog;
    expect(missing(planted)).toEqual(['config.loosens.posture']);
  });

  it('names a nested message with its own slots', () => {
    const say: DiagnosticMessage = {
      id: 'got',
      slots: {
        expected: {id: 'expected', slots: {what: {id: 'type', slots: {type: 'boolean', named: 'a boolean'}}}},
        value: {id: 'value', slots: {kind: 'list', text: ''}},
      },
    };
    expect(configMessageText(say, {catalog: shippedCatalog('de'), locale: 'de'})).toBe(
      'erwartet: ein Wahrheitswert (true oder false); gefunden: eine Liste',
    );
  });
});
