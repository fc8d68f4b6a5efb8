/**
 * The published package, as a user gets it: `npm pack` (which builds through `prepack`, from an empty lib/), install the
 * tarball into an empty project from the npm registry, and run the `ai-policy` bin there.
 *
 * SLOW: about 20 s to pack (the build runs) plus 20-80 s to install (network; faster with a warm npm
 * cache). Needs the npm registry. Set AI_POLICY_SKIP_PACK_TEST=1 to skip it when offline.
 */
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {packPackage} from './support/pack.js';

const skip = process.env.AI_POLICY_SKIP_PACK_TEST === '1';

const POLICY = `organization: Packed Corp
industry: education
effectiveDate: 2026-06-15
compliance: [gdpr]
tools:
  - name: Claude Code
    agreement: enterprise
incidents: {contact: security@packed.example}
`;

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: {...process.env, npm_config_yes: 'false'},
  });
  if (result.error) throw result.error;
  return result;
}

describe.skipIf(skip)('npm package (slow: packs, then installs from the registry)', () => {
  let work: string;
  let app: string;
  let files: string[] = [];
  let installOutput = '';

  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'ai-policy-pack-'));
    app = path.join(work, 'app');
    mkdirSync(app);

    const packed = packPackage(work);
    files = packed.files;

    writeFileSync(
      path.join(app, 'package.json'),
      JSON.stringify({name: 'app', private: true, type: 'module'}),
    );
    // Peers (@docusaurus/core, react) are left out: the CLI must work without Docusaurus.
    const install = run(
      'npm',
      ['install', packed.tarball, '--no-audit', '--no-fund', '--omit=peer', '--prefer-offline'],
      app,
    );
    if (install.status !== 0) throw new Error(`npm install failed:\n${install.stderr}`);
    installOutput = `${install.stdout}${install.stderr}`;
    writeFileSync(path.join(app, 'ai-policy.yml'), POLICY);
  }, 400_000);

  afterAll(() => {
    if (work) rmSync(work, {recursive: true, force: true});
  });

  it('ships the built code, the theme and the README, and no tests', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'lib/cli/main.js',
        'lib/index.js',
        'lib/index.d.ts',
      ]),
    );
    expect(files.some((file) => file.startsWith('lib/remark/'))).toBe(true);
    expect(files.some((file) => file.startsWith('theme/'))).toBe(true);
    expect(files.filter((file) => file.startsWith('test/') || file.includes('.tmp/'))).toEqual([]);
  });

  it('ships no source, source map, bundle or V8 code cache, and runs nothing at install', () => {
    expect(files.filter((file) => /^src\/|\.map$|v8-cache|^lib\/(bundle|code-cache)\//.test(file))).toEqual(
      [],
    );
    const installed = path.join(app, 'node_modules', 'docusaurus-plugin-ai-policy');
    const scripts = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8')).scripts ?? {};
    expect(Object.keys(scripts).filter((name) => /^(pre|post)?install$|^prepare$/.test(name))).toEqual([]);
    expect(installOutput).not.toContain('docusaurus-plugin-ai-policy@');
    // What runs is Node's own loading of tsc's output: no module compiles code through `vm`.
    const lib = path.join(installed, 'lib');
    const usesVm = (readdirSync(lib, {recursive: true}) as string[]).filter(
      (file) => file.endsWith('.js') && /['"]node:vm['"]/.test(readFileSync(path.join(lib, file), 'utf8')),
    );
    expect(usesVm).toEqual([]);
  });

  it('`npx ai-policy render` prints the policy as markdown', () => {
    // `--no`: never fetch some other package named ai-policy from the registry.
    const result = run('npx', ['--no', 'ai-policy', 'render'], app);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith('# AI Tool Usage Policy\n')).toBe(true);
    expect(result.stdout).toContain('- **Organization:** Packed Corp');
    expect(result.stdout).toContain('## GDPR obligations');
    expect(result.stdout).toContain('student records');
  });

  it('`npx ai-policy render --format json` prints the machine-readable policy', () => {
    const result = run('npx', ['--no', 'ai-policy', 'render', '--format', 'json'], app);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({schemaVersion: 6, organization: 'Packed Corp', industry: 'education'});
    expect(json.regimes.map((regime: {id: string}) => regime.id)).toEqual(['gdpr']);
  });

  it('`npx ai-policy check` validates, and fails with a located message', () => {
    expect(run('npx', ['--no', 'ai-policy', 'check', '--today', '2026-07-01'], app).status).toBe(0);
    writeFileSync(path.join(app, 'broken.yml'), POLICY.replace('industry: education', 'industry: eduction'));
    const broken = run('npx', ['--no', 'ai-policy', 'check', 'broken.yml'], app);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(
      'broken.yml:2:11  industry  expected one of saas | healthcare | financial-services | government | defense | education | retail | manufacturing | other, got "eduction" (did you mean "education"?)',
    );
  });

  it('resolves the package entry points without the peer dependencies', () => {
    const result = run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        // The client hook imports Docusaurus's browser aliases, so Node only resolves it; the site build uses it.
        "const plugin = await import('docusaurus-plugin-ai-policy'); const remark = await import('docusaurus-plugin-ai-policy/remark'); console.log(typeof plugin.default, typeof remark.remarkAiPolicy, import.meta.resolve('docusaurus-plugin-ai-policy/client').endsWith('/lib/client/index.js'));",
      ],
      app,
    );
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('function function true');
  });

  it('exports the JSON Schema of ai-policy.yml as docusaurus-plugin-ai-policy/schema.json', () => {
    const result = run(
      process.execPath,
      [
        '-e',
        // A file that extends a baseline may leave the required keys to it: they are required in `else`.
        "const s = require('docusaurus-plugin-ai-policy/schema.json'); console.log(s.title, s.else.required.join(','), s.additionalProperties);",
      ],
      app,
    );
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('ai-policy.yml organization,effectiveDate,tools false');
  });
});
