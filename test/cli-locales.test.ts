/**
 * What `ai-policy check`, `diff` and `init` print with `--locale fr|de` besides config errors
 * (test/config-locales.test.ts): the findings about links, hidden characters and control gaps, and the
 * command line's own sentences. Each is said in the locale; what stays as written is data (a URL, a code
 * point and its Unicode name, a control's id and title, a config key, a code).
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {runCliCaptured} from './support/cli.js';

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
