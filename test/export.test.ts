import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import type {PolicyConfigInput} from '../src/config/schema.js';
import {mayReceive} from '../src/engine/enforcement.js';
import type {PolicyDocument} from '../src/engine/model.js';
import {type ExportTargetName, exportPolicy} from '../src/export/index.js';
import {ignoredByGit, repositoryHolding, temporaryFolders} from './support/export-fixtures.js';
import {documentOf, parseMarkdown, textOf} from './support/policy.js';

/** One tool per client, each with a different reach, and files that every class's paths match. */
const POLICY: PolicyConfigInput = {
  organization: 'Acme Health',
  effectiveDate: '2026-06-15',
  tools: [
    {name: 'Cursor', agreement: 'standard', client: 'cursor'},
    {name: 'Gemini Code Assist', agreement: 'enterprise', client: 'gemini-code-assist'},
    {name: 'JetBrains AI', agreement: ['enterprise', 'baa'], client: 'jetbrains-ai'},
    {name: 'Windsurf', agreement: 'enterprise', maxDataClass: 'public', client: 'windsurf'},
    {
      name: 'Claude Code',
      agreement: ['enterprise', 'baa'],
      client: 'claude-code',
      models: ['anthropic/claude-sonnet-4'],
    },
    {name: 'Copilot', agreement: 'enterprise', client: 'github-copilot', models: ['openai/gpt-4o']},
    {
      name: 'Gateway Only',
      agreement: ['enterprise', 'baa'],
      models: ['anthropic/claude-sonnet-4', 'azure/gpt-4o'],
    },
  ],
  prohibitedTools: ['DeepSeek'],
  dataClasses: [
    {id: 'public', name: 'Public', rule: 'any-approved-tool', paths: ['docs/**', 'README.md']},
    {id: 'internal', name: 'Internal code', rule: 'enterprise-agreement-only', paths: ['src/**', 'config/']},
    {id: 'phi', name: 'PHI', rule: 'baa-only', paths: ['data/patients/**', '**/*.hl7', 'fixtures/phi/']},
    {id: 'secrets', name: 'Secrets', rule: 'never', paths: ['**/.env*', 'secrets/**', '*.pem']},
  ],
};

/** Real files for each class, each matched by one of its paths and by no other class's. */
const FILES: Record<string, string[]> = {
  public: ['docs/guide.md', 'docs/api/reference.md', 'README.md'],
  internal: ['src/app.ts', 'src/lib/deep/util.ts', 'config/app.yml', 'packages/web/config/site.yml'],
  phi: ['data/patients/p1.json', 'data/patients/2026/p2.json', 'exports/visit.hl7', 'fixtures/phi/a.csv'],
  secrets: [
    '.env',
    '.env.local',
    'services/api/.env.production',
    'secrets/db.txt',
    'secrets/k8s/token',
    'certs/server.pem',
    'server.pem',
  ],
};
/** Files no class holds: nothing excludes them. */
const UNCLASSIFIED = ['package.json', 'tests/app.test.ts', 'docs-src/notes.txt'];

const IGNORE_TARGETS: Array<{target: ExportTargetName; file: string; tool: string}> = [
  {target: 'cursor', file: '.cursorignore', tool: 'Cursor'},
  {target: 'gemini-code-assist', file: '.aiexclude', tool: 'Gemini Code Assist'},
  {target: 'jetbrains-ai', file: '.aiignore', tool: 'JetBrains AI'},
  {target: 'windsurf', file: '.codeiumignore', tool: 'Windsurf'},
];

const newFolder = temporaryFolders('ai-policy-export-');
const ALL_FILES = [...Object.values(FILES).flat(), ...UNCLASSIFIED];

function fileOf(document: PolicyDocument, target: ExportTargetName): string {
  const file = exportPolicy(document, {policyFile: 'ai-policy.yml'}, [target]).files[0];
  if (!file) throw new Error(`no file for ${target}`);
  return file.content;
}

describe('the ignore files, read by git’s own matcher', () => {
  const document = documentOf(POLICY);
  const dir = repositoryHolding(newFolder(), ALL_FILES);

  for (const {target, file, tool} of IGNORE_TARGETS) {
    it(`${file} excludes every path of a class ${tool} may not receive, and nothing it may receive`, () => {
      const exported = exportPolicy(document, {policyFile: 'ai-policy.yml'}, [target]).files;
      expect(exported.map((entry) => entry.path)).toContain(file);
      const ignored = ignoredByGit(dir, exported[0]!.content, ALL_FILES);
      for (const [classId, files] of Object.entries(FILES)) {
        const refused = !mayReceive(document.facts, tool, classId);
        for (const candidate of files)
          expect(ignored.has(candidate), `${candidate} (${classId})`).toBe(refused);
      }
      for (const candidate of UNCLASSIFIED) expect(ignored.has(candidate), candidate).toBe(false);
    });
  }

  it('excludes what the decision table refuses, which differs per tool', () => {
    // A sanity check on the fixture itself: the four tools do not all see the same thing.
    const refusedClasses = (tool: string) =>
      Object.keys(FILES).filter((classId) => !mayReceive(document.facts, tool, classId));
    expect(refusedClasses('Cursor')).toEqual(['internal', 'phi', 'secrets']);
    expect(refusedClasses('Gemini Code Assist')).toEqual(['phi', 'secrets']);
    expect(refusedClasses('JetBrains AI')).toEqual(['secrets']);
    expect(refusedClasses('Windsurf')).toEqual(['internal', 'phi', 'secrets']);
  });

  it('never writes a negation into .aiexclude, and starts every file with the generated-file header', () => {
    const aiexclude = fileOf(document, 'gemini-code-assist');
    expect(aiexclude.split('\n').filter((line) => line.trimStart().startsWith('!'))).toEqual([]);
    for (const {target} of IGNORE_TARGETS) {
      const lines = fileOf(document, target).split('\n');
      expect(lines[0]).toMatch(/^# >>> ai-policy: generated block/);
      expect(lines[1]).toBe(
        '# Generated from ai-policy.yml by docusaurus-plugin-ai-policy. Do not edit by hand:',
      );
      expect(lines[2]).toBe(
        `# change the policy, then run: npx ai-policy export ai-policy.yml --target ${target}`,
      );
    }
  });

  it('excludes the union for two tools with the same client', () => {
    const shared = documentOf({
      ...POLICY,
      tools: [
        {name: 'Cursor Business', agreement: 'enterprise', client: 'cursor'},
        {name: 'Cursor Pilot', agreement: 'standard', maxDataClass: 'public', client: 'cursor'},
      ],
    });
    const ignored = ignoredByGit(dir, fileOf(shared, 'cursor'), ALL_FILES);
    for (const candidate of [...FILES.internal!, ...FILES.phi!, ...FILES.secrets!])
      expect(ignored.has(candidate), candidate).toBe(true);
    for (const candidate of FILES.public!) expect(ignored.has(candidate), candidate).toBe(false);
  });

  it('keeps config text that spans lines out of the rules: a tool name becomes one comment line', () => {
    const hostile = documentOf({
      ...POLICY,
      tools: [{name: 'Evil\n!docs/**\nsrc/keep', agreement: 'standard', client: 'cursor'}],
    });
    const content = fileOf(hostile, 'cursor');
    const rules = content.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    // Every rule is a path anchored at the root or at any depth; the name went into a comment.
    for (const rule of rules) expect(rule).toMatch(/^(\/|\*\*\/)/);
    expect(content).toContain('Evil !docs/** src/keep');
  });
});

describe('GitHub Copilot content exclusion', () => {
  const document = documentOf(POLICY);
  const [repository, organization] = exportPolicy(document, {policyFile: 'ai-policy.yml'}, [
    'github-copilot',
  ]).files;

  it('writes the repository form (a list) and the organization form ("*": the same list) as YAML', () => {
    expect(repository!.path).toBe('github-copilot/content-exclusion.repository.yml');
    expect(organization!.path).toBe('github-copilot/content-exclusion.organization.yml');
    const list = parse(repository!.content);
    expect(parse(organization!.content)).toEqual({'*': list});
    // Copilot may receive public and internal data: only PHI and secrets are excluded, rooted at the repository.
    expect(list).toEqual([
      '/data/patients/**',
      '**/*.hl7',
      '**/*.hl7/**',
      '/fixtures/phi/**',
      '**/.env*',
      '**/.env*/**',
      '/secrets/**',
      '**/*.pem',
      '**/*.pem/**',
    ]);
  });
});

describe('Claude Code settings', () => {
  it('denies Read and Edit, anchored at the project root, for exactly the paths Claude Code may not receive', () => {
    const settings = JSON.parse(fileOf(documentOf(POLICY), 'claude-code'));
    expect(settings.$schema).toBe('https://json.schemastore.org/claude-code-settings.json');
    const paths = [
      '/.env*',
      '/.env*/**',
      '/**/.env*',
      '/**/.env*/**',
      '/secrets/**',
      '/*.pem',
      '/*.pem/**',
      '/**/*.pem',
      '/**/*.pem/**',
    ];
    expect(settings.permissions.deny).toEqual([
      ...paths.map((path) => `Read(${path})`),
      ...paths.map((path) => `Edit(${path})`),
    ]);
    expect(settings.sandbox.filesystem.denyRead).toEqual(paths);
    // The PreToolUse hook is one more owned entry, beside the deny rules.
    expect(settings.hooks.PreToolUse).toEqual([
      {
        matcher: 'Read|Edit|MultiEdit|Write|NotebookEdit|Grep|Glob|Bash',
        hooks: [
          {
            type: 'command',
            command:
              '"$CLAUDE_PROJECT_DIR"/node_modules/.bin/ai-policy hook claude-code --policy ai-policy.yml',
          },
        ],
      },
    ]);
  });
});

describe('the LiteLLM proxy config', () => {
  it('lists exactly the models of the approved tools, each once', () => {
    const document = documentOf(POLICY);
    const config = parse(fileOf(document, 'litellm'));
    expect(Object.keys(config)).toEqual(['model_list', 'general_settings']);
    const served = config.model_list.map((entry: {model_name: string}) => entry.model_name);
    const approved = document.facts.tools
      .filter((tool) => document.facts.dataClasses.some((c) => mayReceive(document.facts, tool.name, c.id)))
      .flatMap((tool) => tool.models);
    expect(served).toEqual([...new Set(approved)]);
    expect(served).toEqual(['anthropic/claude-sonnet-4', 'openai/gpt-4o', 'azure/gpt-4o']);
    for (const entry of config.model_list) expect(entry.litellm_params).toEqual({model: entry.model_name});
  });

  it('takes its master key from the environment, so a proxy started from it refuses requests without a key', () => {
    const config = parse(fileOf(documentOf(POLICY), 'litellm'));
    expect(config.general_settings).toEqual({master_key: 'os.environ/LITELLM_MASTER_KEY'});
  });

  it('puts each model in the access group of every class it is cleared for, so PHI keys never reach public-only models', () => {
    const config = parse(fileOf(documentOf(POLICY), 'litellm'));
    const groups = Object.fromEntries(
      config.model_list.map((entry: {model_name: string; model_info: {access_groups: string[]}}) => [
        entry.model_name,
        entry.model_info.access_groups,
      ]),
    );
    // Claude Code and Gateway Only have a BAA; Copilot (gpt-4o) has an enterprise agreement only.
    expect(groups).toEqual({
      'anthropic/claude-sonnet-4': ['ai-policy-public', 'ai-policy-internal', 'ai-policy-phi'],
      'openai/gpt-4o': ['ai-policy-public', 'ai-policy-internal'],
      'azure/gpt-4o': ['ai-policy-public', 'ai-policy-internal', 'ai-policy-phi'],
    });
  });

  it('is not generated when no approved tool lists models', () => {
    const document = documentOf({...POLICY, tools: [{name: 'Cursor', client: 'cursor'}]});
    const result = exportPolicy(document, {policyFile: 'ai-policy.yml'}, ['litellm']);
    expect(result.files).toEqual([]);
    expect(result.skipped).toEqual([
      {name: 'litellm', generated: false, reason: 'no approved tool lists models', why: 'no-models'},
    ]);
  });
});

describe('AGENTS.md', () => {
  it('tells agents, class by class, where data may go, as guidance and not a control', () => {
    const markdown = fileOf(documentOf(POLICY), 'agents-md');
    expect(
      markdown
        .split('\n')
        .slice(1)
        .join('\n')
        .startsWith('<!--\nGenerated from ai-policy.yml by docusaurus-plugin-ai-policy.'),
    ).toBe(true);
    const text = textOf(parseMarkdown(markdown));
    expect(text).toContain('It is not a control');
    expect(text).toContain('Secrets (**/.env*, secrets/**, *.pem): never read it into an agent’s context');
    expect(text).toContain(
      'PHI (data/patients/**, **/*.hl7, fixtures/phi/): only when you run in JetBrains AI, Claude Code or Gateway Only',
    );
    expect(text).toContain('Do not send code or data from this repository to DeepSeek.');
  });

  it('never tells a tool it may read what its client’s file keeps out for another tool of that client', () => {
    const shared = documentOf({
      ...POLICY,
      tools: [
        {name: 'Cursor Business', agreement: 'enterprise', client: 'cursor'},
        {name: 'Cursor Pilot', agreement: 'standard', maxDataClass: 'public', client: 'cursor'},
        {name: 'Claude Code', agreement: ['enterprise', 'baa'], client: 'claude-code'},
      ],
    });
    const text = textOf(parseMarkdown(fileOf(shared, 'agents-md')));
    // Cursor Business may receive internal code, but .cursorignore keeps it out for Cursor Pilot's sake.
    expect(text).toContain('Internal code (src/**, config/): only when you run in Claude Code;');
    expect(text).toContain('Cursor Business and Cursor Pilot share one client, so .cursorignore keeps out');
  });

  it('escapes config text instead of turning it into markup', () => {
    const markdown = fileOf(
      documentOf({...POLICY, organization: '<script>alert(1)</script> Corp'}),
      'agents-md',
    );
    expect(markdown).not.toMatch(/(^|[^\\])<script>/);
  });
});

describe('Cursor hooks', () => {
  it('registers ai-policy hook cursor for beforeReadFile and beforeShellExecution, with the policy file', () => {
    const hooks = JSON.parse(fileOf(documentOf(POLICY), 'cursor-hooks'));
    const command = './node_modules/.bin/ai-policy hook cursor --policy ai-policy.yml';
    expect(hooks).toEqual({
      version: 1,
      hooks: {beforeReadFile: [{command}], beforeShellExecution: [{command}]},
    });
  });

  it('quotes a policy path the shell would split, and is skipped when no tool is Cursor', () => {
    const spaced = exportPolicy(documentOf(POLICY), {policyFile: 'my docs/ai-policy.yml'}, ['cursor-hooks']);
    expect(JSON.parse(spaced.files[0]!.content).hooks.beforeReadFile[0].command).toBe(
      "./node_modules/.bin/ai-policy hook cursor --policy 'my docs/ai-policy.yml'",
    );
    const noCursor = {...POLICY, tools: POLICY.tools.filter((tool) => tool.client !== 'cursor')};
    expect(exportPolicy(documentOf(noCursor), {policyFile: 'ai-policy.yml'}, ['cursor-hooks'])).toEqual({
      files: [],
      skipped: [expect.objectContaining({name: 'cursor-hooks', why: 'no-client'})],
    });
  });
});

describe('every target', () => {
  it('is byte-identical for the same config, parsed twice', () => {
    const first = exportPolicy(documentOf(POLICY), {policyFile: 'ai-policy.yml'});
    const second = exportPolicy(documentOf(structuredClone(POLICY)), {policyFile: 'ai-policy.yml'});
    expect(second).toEqual(first);
    expect(first.files.map((file) => file.path)).toEqual([
      '.cursorignore',
      '.cursor/rules/ai-policy.mdc',
      '.aiexclude',
      '.geminiignore',
      '.aiignore',
      '.codeiumignore',
      'github-copilot/content-exclusion.repository.yml',
      'github-copilot/content-exclusion.organization.yml',
      '.github/copilot-instructions.md',
      '.claude/settings.json',
      '.cursor/hooks.json',
      'litellm/config.yaml',
      '.pre-commit-config.yaml',
      '.gitleaks.toml',
      '.github/workflows/ai-policy.yml',
      'AGENTS.md',
    ]);
  });
});
