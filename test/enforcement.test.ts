/**
 * The enforcement plan and the "Enforcement" section: which file enforces which rule, read from the
 * decision table of the document, and what the page says about each file.
 */
import {describe, expect, it} from 'vitest';
import type {PolicyConfigInput} from '../src/config/schema.js';
import {buildPolicyDocument} from '../src/engine/build.js';
import {planEnforcement} from '../src/engine/enforcement.js';
import {ENGLISH} from '../src/engine/messages.js';
import {exportPolicy} from '../src/export/index.js';
import {shippedCatalog} from '../src/i18n/site-language.js';
import {renderSectionMarkdown} from '../src/render/markdown.js';
import {configOf, documentOf, MINIMAL, parseMarkdown, tableCells, textOf} from './support/policy.js';

const ENFORCED: PolicyConfigInput = {
  organization: 'Acme Corp',
  effectiveDate: '2026-06-15',
  tools: [
    {
      name: 'Claude Code',
      agreement: 'enterprise',
      client: 'claude-code',
      models: ['anthropic/claude-sonnet-4'],
    },
    {name: 'Cursor', agreement: 'standard', client: 'cursor'},
    {name: 'Copilot Business', agreement: 'enterprise', client: 'github-copilot', maxDataClass: 'public'},
    {name: 'Gateway Bot', agreement: 'enterprise', models: ['openai/gpt-4o']},
  ],
  prohibitedTools: [{name: 'DeepSeek', reason: 'No agreement possible.'}],
  disclosure: {commitTrailer: 'Assisted-by: <tool>'},
  dataClasses: [
    {id: 'public', name: 'Public', rule: 'any-approved-tool', paths: ['docs/**']},
    {id: 'internal', name: 'Internal code', rule: 'enterprise-agreement-only', paths: ['src/**', 'config/']},
    {id: 'secrets', name: 'Secrets', rule: 'never', paths: ['**/.env*', 'secrets/**', '*.pem']},
  ],
};

const plain = (input: unknown) =>
  textOf(parseMarkdown(renderSectionMarkdown(documentOf(input), 'enforcement')));

describe('the enforcement plan', () => {
  it('excludes for each client exactly the classes its tools may not receive, with their paths', () => {
    const plan = planEnforcement(documentOf(ENFORCED).facts);
    const byTarget = Object.fromEntries(plan.exclusions.map((exclusion) => [exclusion.target, exclusion]));
    expect(byTarget.cursor).toMatchObject({
      tools: ['Cursor'],
      classes: ['internal', 'secrets'],
      paths: ['src/**', 'config/', '**/.env*', 'secrets/**', '*.pem'],
    });
    expect(byTarget['claude-code']).toMatchObject({
      classes: ['secrets'],
      paths: ['**/.env*', 'secrets/**', '*.pem'],
    });
    // A ceiling counts as the decision table says: Copilot may receive public data only.
    expect(byTarget['github-copilot']).toMatchObject({classes: ['internal', 'secrets']});
    expect(byTarget.windsurf).toMatchObject({tools: [], paths: []});
  });

  it('serves the approved tools’ models through the gateway, and says which targets it skips and why', () => {
    const plan = planEnforcement(documentOf(ENFORCED).facts);
    expect(plan.gateway.models).toEqual([
      {id: 'anthropic/claude-sonnet-4', tools: ['Claude Code'], classes: ['public', 'internal']},
      {id: 'openai/gpt-4o', tools: ['Gateway Bot'], classes: ['public', 'internal']},
    ]);
    expect(plan.commitTrailer).toEqual({template: 'Assisted-by: <tool>', key: 'Assisted-by'});
    expect(
      plan.targets.filter((target) => !target.generated).map((target) => [target.name, target.why]),
    ).toEqual([
      ['gemini-code-assist', 'no-client'],
      ['jetbrains-ai', 'no-client'],
      ['windsurf', 'no-client'],
      ['cline', 'no-client'],
      ['aider', 'no-client'],
      ['jetbrains-noai', 'not-prohibited'],
    ]);
  });

  it('leaves a tool that may receive no class out of the gateway', () => {
    const plan = planEnforcement(
      documentOf({
        ...MINIMAL,
        tools: [{name: 'Nothing Bot', agreement: 'none', models: ['x/y']}],
        dataClasses: [{id: 'internal', name: 'Internal', rule: 'enterprise-agreement-only'}],
      }).facts,
    );
    expect(plan.gateway).toEqual({models: [], left: [{tool: 'Nothing Bot', reason: 'receives-nothing'}]});
    expect(plan.targets.find((target) => target.name === 'litellm')).toMatchObject({
      generated: false,
      why: 'no-models',
    });
  });
});

describe('the enforcement section', () => {
  it('sits before incidents and exceptions and can be disabled like any section', () => {
    const ids = documentOf(ENFORCED).sections.map((section) => section.id);
    expect(ids.slice(-2)).toEqual(['enforcement', 'incidents-and-exceptions']);
    expect(
      documentOf({...ENFORCED, sections: {disable: ['enforcement']}}).sections.map((section) => section.id),
    ).not.toContain('enforcement');
  });

  it('says how strongly each tool is held away from each class it may not receive, with the documentation', () => {
    const document = documentOf({
      ...ENFORCED,
      dataClasses: [...ENFORCED.dataClasses!, {id: 'hr', name: 'HR records', rule: 'never'}],
    });
    const tree = parseMarkdown(renderSectionMarkdown(document, 'enforcement'));
    const tables = tree.children.filter((node) => node.type === 'table');
    const rows = tableCells(tables[1] as never);
    expect(rows).toEqual([
      // Public goes to every tool: no column.
      ['Tool', 'Internal code', 'Secrets', 'HR records', 'Documented by'],
      // Claude Code's deny rules refuse the paths; a class without paths is only named in AGENTS.md.
      ['Claude Code', 'may receive', 'blocked', 'instructed', 'Source'],
      ['Cursor', 'blocked', 'blocked', 'instructed', 'Source'],
      // Copilot's content exclusion keeps paths out of its context; it does not refuse to open them.
      ['Copilot Business', 'hidden from context', 'hidden from context', 'instructed', 'Source'],
      // A tool without a client reads no generated file.
      ['Gateway Bot', 'may receive', 'not covered', 'not covered', 'no client file'],
    ]);
  });

  it('says for each rule what enforces it, or that it is documented only, and its limits', () => {
    const document = documentOf(ENFORCED);
    const tree = parseMarkdown(renderSectionMarkdown(document, 'enforcement'));
    const [table] = tree.children.filter((node) => node.type === 'table');
    const rows = tableCells(table as never);
    expect(rows[0]).toEqual(['Rule', 'Enforced by', 'Limits']);
    const row = (start: string) => rows.find((cells) => cells[0]!.startsWith(start))!;
    expect(row('Internal code')).toEqual([
      'Internal code: kept out of Cursor and Copilot Business',
      '.cursorignore (Cursor); github-copilot/content-exclusion.*.yml (GitHub Copilot); .cursor/hooks.json (Cursor’s agent hooks)',
      'Cursor: not its terminal or MCP tools; GitHub Copilot: not its CLI, cloud agent or agent mode; Cursor’s agent hooks: shell commands only in the forms the hook reads',
    ]);
    expect(row('Secrets:')[1]).toContain('.claude/settings.json (Claude Code)');
    // A class that lists no paths is in none of the files, so no file's limits are its limits.
    const withPathless = {
      ...ENFORCED,
      dataClasses: [...ENFORCED.dataClasses!, {id: 'payroll', name: 'Payroll', rule: 'never' as const}],
    };
    const pathless = tableCells(
      parseMarkdown(renderSectionMarkdown(documentOf(withPathless), 'enforcement')).children.find(
        (node) => node.type === 'table',
      ) as never,
    ).find((cells) => cells[0]!.startsWith('Payroll'))!;
    expect(pathless.slice(1)).toEqual([
      'Documented only: the class lists no paths',
      'Relies on people recognising the data',
    ]);
    expect(row('Secrets:')[1]).toMatch(/; documented only for Gateway Bot \(no client set\)$/);
    expect(row('Only approved tools’ models')[1]).toBe('litellm/config.yaml (a LiteLLM proxy)');
    expect(row('DeepSeek')[1]).toBe('litellm/config.yaml serves none of their models');
    expect(row('AI-assisted commits')[1]).toContain('ai-policy check-commit-msg');
    // Every class that some tool may not receive has a row; a class every tool may receive needs none.
    expect(rows.some((cells) => cells[0]!.startsWith('Public'))).toBe(false);
  });

  it('puts the caveat and its source next to each generated file, and names the ones not generated', () => {
    const text = plain(ENFORCED);
    expect(text).toContain('commands its agent runs in the terminal and MCP tools can still read them');
    expect(text).toContain(
      'Copilot CLI, the Copilot cloud agent and agent mode in IDE chat do not support content exclusion',
    );
    expect(text).toContain('refuses those tools and Bash commands such as cat that name a refused path too');
    expect(text).toContain('only its sandbox, once turned on (sandbox.enabled), keeps every process out');
    expect(text).toContain('Cursor runs ai-policy hook cursor, which refuses a file');
    const markdown = renderSectionMarkdown(documentOf(ENFORCED), 'enforcement');
    expect(markdown).toContain('(https://cursor.com/docs/context/ignore-files)');
    expect(markdown).toContain('(https://code.claude.com/docs/en/permissions)');
    expect(text).toContain(
      'Not generated for this policy: .aiexclude or .geminiignore (Gemini Code Assist), .aiignore (JetBrains AI Assistant), .codeiumignore (Windsurf), .clineignore (Cline), .aiderignore (Aider), because no approved tool has its client.',
    );
  });

  it('has no Enforcement part for a policy that names no client, model or path', () => {
    expect(documentOf(MINIMAL).sections.map((section) => section.id)).not.toContain('enforcement');
  });

  it('says "documented only" for a policy that gives no file anything to enforce', () => {
    // One client and nothing else: the part appears, and says what stays on paper.
    const text = plain({
      ...MINIMAL,
      tools: [{name: 'GitHub Copilot', agreement: 'enterprise', client: 'cursor'}],
    });
    expect(text).toContain('Documented only: the class lists no paths');
    expect(text).toContain('Documented only: no approved tool lists models');
    // Secret scanning and the agents' guidance are generated for every policy.
    expect(text).toContain('.pre-commit-config.yaml (gitleaks)');
    expect(text).toContain('AGENTS.md (guidance)');
  });

  it('takes its words from the policy’s catalog; the exported files keep theirs in English', () => {
    const document = buildPolicyDocument(configOf(ENFORCED), {
      catalog: {
        ...ENGLISH,
        'enforcement.title': 'Durchsetzung',
        'enforcement.reader.cursor': 'Cursor (de)',
        'enforcement.column.limits': 'Grenzen',
      },
      locale: 'de',
    });
    const section = document.sections.find((candidate) => candidate.id === 'enforcement')!;
    expect(section.title).toBe('Durchsetzung');
    const markdown = renderSectionMarkdown(document, 'enforcement');
    expect(markdown).toContain('`.cursorignore` (Cursor (de))');
    expect(markdown).toMatch(/\| Grenzen +\|/);
    const cursorignore = exportPolicy(document, {policyFile: 'ai-policy.yml'}).files.find(
      (file) => file.path === '.cursorignore',
    )!;
    expect(cursorignore.content).toContain('For Cursor.');
  });

  it.each([
    ['en', 'Documented only for Gateway Bot'],
    ['fr', 'Seulement documentée pour Gateway Bot'],
    ['de', 'Nur dokumentiert für Gateway Bot'],
  ])('in %s, starts a cell that holds only the documented-only note with a capital', (locale, alone) => {
    // Gateway Bot sets no client: no file covers the class it may not receive, so the note is the whole cell.
    const input = {
      ...ENFORCED,
      tools: ENFORCED.tools!.filter((tool) => tool.name !== 'Cursor' && !tool.client),
    };
    const document = buildPolicyDocument(configOf(input), {catalog: shippedCatalog(locale), locale});
    const cells = tableCells(
      parseMarkdown(renderSectionMarkdown(document, 'enforcement')).children.find(
        (node) => node.type === 'table',
      ) as never,
    );
    expect(cells.some((row) => row[1]!.replace(/\u202F/g, ' ').startsWith(alone))).toBe(true);
  });

  it.each([
    ['fr', '; seulement documentée pour Gateway Bot'],
    ['de', '; nur dokumentiert für Gateway Bot'],
  ])('in %s, writes lower case after a semicolon (and in French after a colon)', (locale, joined) => {
    const document = buildPolicyDocument(configOf(ENFORCED), {catalog: shippedCatalog(locale), locale});
    const markdown = renderSectionMarkdown(document, 'enforcement').replace(/\u202F/g, ' ');
    expect(markdown).toContain(joined);
    expect(markdown).not.toMatch(/; (Documentée|Nur dokumentiert)/);
    if (locale === 'de') {
      // LiteLLM by its product name, as Cursor is: never „gelesen von LiteLLM Proxy“ without an article.
      expect(markdown).toContain('`litellm/config.yaml` (gelesen von LiteLLM): Der LiteLLM-Proxy stellt');
      expect(markdown).not.toContain('LiteLLM Proxy');
      return;
    }
    // After the file's colon a caveat goes on in lower case, unless it starts with the product's name.
    expect(markdown).toContain(') : les règles de refus');
    const capitals = [...markdown.matchAll(/\(lu par [^)]*\) : (\p{Lu}\w*)/gu)].map((match) => match[1]);
    expect(new Set(capitals)).toEqual(new Set(['Cursor', 'GitHub']));
  });

  it('is worded the same in both postures: it states facts, and never says "must"', () => {
    for (const posture of ['advisory', 'mandatory'] as const) {
      expect(plain({...ENFORCED, posture})).not.toMatch(/\bmust\b/i);
    }
  });
});
