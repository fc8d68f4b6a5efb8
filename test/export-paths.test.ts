/**
 * The path language against each target's own matcher. A repository of awkward real paths (Next.js route
 * folders with brackets and parentheses, spaces, unicode, dot-files, `.env.example` beside `.env`, decoys
 * that a bracket read as a character class would catch) and six clients with different reach: for every
 * generated file, the target's matcher must exclude a path exactly when the decision table refuses the
 * path's class to that tool. Each path's class is written here by hand, never computed by the code under
 * test.
 */
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {Ajv} from 'ajv';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {parsePolicyConfig} from '../src/config/parse.js';
import type {PolicyConfigInput} from '../src/config/schema.js';
import {mayReceive} from '../src/engine/enforcement.js';
import {matchesPath} from '../src/engine/path-pattern.js';
import {type ExportTargetName, exportPolicy} from '../src/export/index.js';
import {ignoredByGit, repositoryHolding, temporaryFolders} from './support/export-fixtures.js';
import {documentOf, problemLines} from './support/policy.js';

const POLICY: PolicyConfigInput = {
  organization: 'Acme Health',
  effectiveDate: '2026-06-15',
  tools: [
    {name: 'Cursor', agreement: 'standard', client: 'cursor'},
    {name: 'Gemini Code Assist', agreement: 'enterprise', client: 'gemini-code-assist'},
    {name: 'JetBrains AI', agreement: ['enterprise', 'baa'], client: 'jetbrains-ai'},
    {name: 'Windsurf', agreement: 'enterprise', maxDataClass: 'public', client: 'windsurf'},
    {name: 'Claude Code', agreement: ['enterprise', 'baa'], client: 'claude-code'},
    {name: 'Copilot', agreement: 'enterprise', client: 'github-copilot'},
    {name: 'Cline', agreement: 'standard', maxDataClass: 'public', client: 'cline'},
    {name: 'Aider', agreement: ['enterprise', 'baa'], client: 'aider'},
  ],
  prohibitedTools: ['JetBrains Junie'],
  dataClasses: [
    {id: 'public', name: 'Public', rule: 'any-approved-tool', paths: ['docs/**', '/README.md']},
    {
      id: 'internal',
      name: 'Internal code',
      rule: 'enterprise-agreement-only',
      paths: ['src/**', 'config/', 'apps/web/app/[locale]/(shop/**'],
    },
    {
      id: 'phi',
      name: 'PHI',
      rule: 'baa-only',
      paths: [
        'apps/web/app/patients/[id]/**',
        'data/[legacy]/**',
        '**/*.hl7',
        'fixtures/phi/',
        'Données patients/**',
      ],
    },
    {
      id: 'secrets',
      name: 'Secrets',
      rule: 'never',
      paths: ['**/.env', '**/.env.local', '**/.env.*.local', 'secrets/**', '*.pem'],
    },
  ],
};

/** Each path and the class that holds it, by hand; null: no class. */
const TREE: Record<string, string | null> = {
  'docs/guide.md': 'public',
  'docs/api/reference [v2].md': 'public',
  'README.md': 'public',
  'docs/README.md': 'public',
  'packages/ui/README.md': null,
  'src/app.ts': 'internal',
  'src/[slug]/index.ts': 'internal',
  'src/deep/nested/util.ts': 'internal',
  'config/app.yml': 'internal',
  'packages/web/config/site.yml': 'internal',
  'apps/web/app/(marketing)/page.tsx': null,
  'apps/web/app/[locale]/(shop/cart.tsx': 'internal',
  'apps/web/app/l/(shop/cart.tsx': null,
  'apps/web/app/marketing/page.tsx': null,
  'apps/web/app/patients/[id]/page.tsx': 'phi',
  'apps/web/app/patients/[id]/edit/form (draft).tsx': 'phi',
  'apps/web/app/patients/i/page.tsx': null,
  'apps/web/app/patients/d/page.tsx': null,
  'apps/web/app/patients/page.tsx': null,
  'data/[legacy]/visits.csv': 'phi',
  'data/l/visits.csv': null,
  'data/legacy/visits.csv': null,
  'exports/visit.hl7': 'phi',
  'exports/2026/März/visit 2.hl7': 'phi',
  'fixtures/phi/a.csv': 'phi',
  'fixtures/phi/.hidden/b.csv': 'phi',
  'fixtures/phiX/a.csv': null,
  'Données patients/dossier 1.csv': 'phi',
  'Donnees patients/dossier 1.csv': null,
  '.env': 'secrets',
  '.env.local': 'secrets',
  '.env.production.local': 'secrets',
  'services/api/.env': 'secrets',
  'services/api/.env.staging.local': 'secrets',
  '.env.example': null,
  'services/api/.env.example': null,
  '.env-samples/dev.env': null,
  'secrets/db.txt': 'secrets',
  'secrets/.hidden': 'secrets',
  'secrets/k8s/🔒 token': 'secrets',
  'secretsx/file.txt': null,
  'server.pem': 'secrets',
  'deep/a/b/c/server.pem': 'secrets',
  'server.pem.txt': null,
  'package.json': null,
  '.github/workflows/ci.yml': null,
  'notes/my file.txt': null,
};

const CLIENT_TOOLS: Array<{tool: string; target: ExportTargetName}> = [
  {tool: 'Cursor', target: 'cursor'},
  {tool: 'Gemini Code Assist', target: 'gemini-code-assist'},
  {tool: 'JetBrains AI', target: 'jetbrains-ai'},
  {tool: 'Windsurf', target: 'windsurf'},
  {tool: 'Claude Code', target: 'claude-code'},
  {tool: 'Copilot', target: 'github-copilot'},
  {tool: 'Cline', target: 'cline'},
  {tool: 'Aider', target: 'aider'},
];

const document = documentOf(POLICY);
const files = Object.keys(TREE);
const exported = (target: ExportTargetName) =>
  exportPolicy(document, {policyFile: 'ai-policy.yml'}, [target]).files;
/** The paths the decision table keeps from a tool. */
const refusedTo = (tool: string) =>
  new Set(files.filter((file) => TREE[file] !== null && !mayReceive(document.facts, tool, TREE[file]!)));

const dir = repositoryHolding(temporaryFolders('ai-policy-paths-')(), files);
/** The paths git's own matcher excludes with `rules` as the repository's root ignore file. */
const excludedBy = (rules: string) => ignoredByGit(dir, rules, files);

function python(script: string, input: unknown): unknown {
  const run = spawnSync('python3', ['-c', script], {input: JSON.stringify(input), encoding: 'utf8'});
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

describe('the fixture', () => {
  it('has at least 30 paths and refuses different classes to the six clients', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    const reach = CLIENT_TOOLS.map(({tool}) => refusedTo(tool).size);
    expect(new Set(reach).size).toBeGreaterThanOrEqual(3);
  });

  it('matchesPath puts each path in exactly the class written beside it', () => {
    for (const file of files) {
      const classes = POLICY.dataClasses!.filter((dataClass) =>
        (dataClass.paths ?? []).some((pattern) => matchesPath(pattern, file)),
      ).map((dataClass) => dataClass.id);
      expect(classes, file).toEqual(TREE[file] === null ? [] : [TREE[file]]);
    }
  });
});

describe('each generated file, read by its target’s own matcher', () => {
  const ignoreFiles: Array<{tool: string; target: ExportTargetName; file: string}> = [
    {tool: 'Cursor', target: 'cursor', file: '.cursorignore'},
    {tool: 'Gemini Code Assist', target: 'gemini-code-assist', file: '.aiexclude'},
    {tool: 'JetBrains AI', target: 'jetbrains-ai', file: '.aiignore'},
    {tool: 'Windsurf', target: 'windsurf', file: '.codeiumignore'},
    {tool: 'Gemini Code Assist', target: 'gemini-code-assist', file: '.geminiignore'},
    {tool: 'Cline', target: 'cline', file: '.clineignore'},
    {tool: 'Aider', target: 'aider', file: '.aiderignore'},
  ];
  for (const {tool, target, file} of ignoreFiles)
    it(`${file} (git check-ignore) excludes exactly what ${tool} is refused`, () => {
      const found = exported(target).find((entry) => entry.path === file);
      expect([...excludedBy(found!.content)].sort()).toEqual([...refusedTo(tool)].sort());
    });

  it('the instructions for Cursor and Copilot name exactly the paths their exclusions keep out, no fewer', () => {
    for (const {tool, target, file} of [
      {tool: 'Cursor', target: 'cursor' as const, file: '.cursor/rules/ai-policy.mdc'},
      {tool: 'Copilot', target: 'github-copilot' as const, file: '.github/copilot-instructions.md'},
    ]) {
      const text = exported(target).find((entry) => entry.path === file)!.content;
      const named = [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
      const covered = files.filter((path) => named.some((pattern) => matchesPath(pattern, path)));
      expect(covered.sort(), tool).toEqual([...refusedTo(tool)].sort());
    }
  });

  it('.gitleaks.toml flags exactly the paths of the class that must never be committed (TOML and regex read by Python)', () => {
    const toml = exported('pre-commit').find((entry) => entry.path === '.gitleaks.toml')!.content;
    const flagged = python(
      `import json, re, sys, tomllib
data = json.load(sys.stdin)
config = tomllib.loads(data["toml"])
assert config["extend"]["useDefault"] is True
rules = [rule["path"] for rule in config.get("rules", [])]
print(json.dumps([f for f in data["files"] if any(re.search(r, f) for r in rules)]))`,
      {toml, files},
    ) as string[];
    expect(flagged.sort()).toEqual(files.filter((file) => TREE[file] === 'secrets').sort());
  });

  it('the GitHub Actions workflow is valid against SchemaStore’s schema and runs both checks on pull requests', () => {
    const schema = JSON.parse(readFileSync(path.join(__dirname, 'schemas/github-workflow.json'), 'utf8'));
    const validate = new Ajv({strict: false, allErrors: true, validateFormats: false}).compile(schema);
    const workflow = parse(exported('github-actions')[0]!.content);
    expect(validate(workflow), JSON.stringify(validate.errors)).toBe(true);
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    const runs = workflow.jobs['ai-policy'].steps.map((step: {run?: string}) => step.run).filter(Boolean);
    expect(runs).toContain('npx --no -- ai-policy check ai-policy.yml --format github');
    expect(runs).toContain('npx --no -- ai-policy export ai-policy.yml --target all --check');
  });

  it('.noai is written when the policy prohibits JetBrains’ AI, and not otherwise', () => {
    expect(exported('jetbrains-noai').map((entry) => entry.path)).toEqual(['.noai']);
    const allowed = documentOf({...POLICY, prohibitedTools: []});
    expect(exportPolicy(allowed, {policyFile: 'ai-policy.yml'}, ['jetbrains-noai']).files).toEqual([]);
  });

  it('.claude/settings.json is valid against SchemaStore’s schema, and its rules match exactly what Claude Code is refused', () => {
    const schema = JSON.parse(
      readFileSync(path.join(__dirname, 'schemas/claude-code-settings.json'), 'utf8'),
    );
    const ajv = new Ajv({strict: false, allErrors: true, validateFormats: false});
    const validate = ajv.compile(schema);
    const settings = JSON.parse(exported('claude-code')[0]!.content);
    expect(validate(settings), JSON.stringify(validate.errors)).toBe(true);

    // Claude Code reads Read/Edit rule paths with gitignore's syntax, `/` being the project root: git's
    // matcher reads them the same way.
    const deny: string[] = settings.permissions.deny;
    const bodies = (tool: string) =>
      deny.filter((rule) => rule.startsWith(`${tool}(`)).map((rule) => rule.slice(tool.length + 1, -1));
    const refused = [...refusedTo('Claude Code')].sort();
    expect([...excludedBy(`${bodies('Read').join('\n')}\n`)].sort()).toEqual(refused);
    expect([...excludedBy(`${bodies('Edit').join('\n')}\n`)].sort()).toEqual(refused);
    expect([...excludedBy(`${settings.sandbox.filesystem.denyRead.join('\n')}\n`)].sort()).toEqual(refused);
  });

  it('Copilot’s content-exclusion paths (fnmatch, as GitHub documents them) exclude exactly what Copilot is refused', () => {
    const list = parse(exported('github-copilot')[0]!.content) as string[];
    const excluded = python(
      `import fnmatch, json, sys
data = json.load(sys.stdin)
print(json.dumps([f for f in data["files"] if any(fnmatch.fnmatch("/" + f.lower(), p.lower()) for p in data["patterns"])]))`,
      {files, patterns: list},
    ) as string[];
    expect(excluded.sort()).toEqual([...refusedTo('Copilot')].sort());
  });

  it('the pre-commit hook that checks the policy runs for the policy file only (pre-commit’s own regex engine)', () => {
    const policyFile = 'policy [v2]/ai policy.yml';
    const config = parse(exportPolicy(document, {policyFile}, ['pre-commit']).files[0]!.content) as {
      repos: Array<{hooks: Array<{id: string; files?: string}>}>;
    };
    const hook = config.repos.flatMap((repo) => repo.hooks).find((entry) => entry.id === 'ai-policy-check');
    const matched = python(
      `import json, re, sys
data = json.load(sys.stdin)
print(json.dumps([f for f in data["files"] if re.search(data["regex"], f)]))`,
      {
        files: [...files, policyFile, 'policy [v2]/ai policy.yml.bak', 'policy v/ai policy.yml'],
        regex: hook!.files,
      },
    );
    expect(matched).toEqual([policyFile]);
  });
});

describe('paths the language refuses, each located with the form to write', () => {
  const classWith = (paths: string) =>
    `organization: Acme Corp\neffectiveDate: 2026-06-15\ntools: [{name: Copilot}]\ndataClasses:\n  - id: secrets\n    name: Secrets\n    rule: never\n    paths: ${paths}\n`;

  it('refuses ./, ")", "?", a stray "**", an empty name and a trailing space, and says what to write', () => {
    expect(
      problemLines(classWith('["./secrets/**", "app/(x)/a)b", "a?.txt", "logs**/x", "a//b", "notes/ "]')),
    ).toEqual([
      'ai-policy.yml:8:13  dataClasses[0].paths[0]  expected a path from the repository root without "./": it already starts there (did you mean "secrets/**"?)',
      'ai-policy.yml:8:29  dataClasses[0].paths[1]  a path cannot hold ")": Claude Code’s permission rules end at the first ")"; name the folder above it, or put * where the ")" is (did you mean "app/(x*/a*b"?)',
      'ai-policy.yml:8:44  dataClasses[0].paths[2]  a path cannot hold "?": it is a wildcard in some targets and a plain character in others; write * instead (did you mean "a*.txt"?)',
      'ai-policy.yml:8:54  dataClasses[0].paths[3]  "**" must be a whole name (folders at any depth); in "logs**" write * instead (did you mean "logs*/x"?)',
      'ai-policy.yml:8:66  dataClasses[0].paths[4]  expected one "/" between names (did you mean "a/b"?)',
      'ai-policy.yml:8:74  dataClasses[0].paths[5]  expected no space at the start or end: ignore files drop trailing spaces, so the path would mean another file (did you mean "notes/"?)',
    ]);
  });

  it('accepts brackets, parentheses, spaces and unicode as plain characters', () => {
    const result = parsePolicyConfig(
      classWith('["app/[id]/**", "app/(group/x", "Données patients/**"]'),
      'ai-policy.yml',
    );
    expect(result.ok && result.config.dataClasses[0]!.paths).toEqual([
      'app/[id]/**',
      'app/(group/x',
      'Données patients/**',
    ]);
  });
});
