/**
 * The config fields the exports read: `dataClasses[].paths`, `tools[].client`, `tools[].models`. Each bad
 * value is checked against the line a reader sees (`file:line:column  path  message`), and the good ones
 * against the facts of the document model, where the exports read them.
 */
import {describe, expect, it} from 'vitest';
import {documentOf, MINIMAL, problemLines} from './support/policy.js';

const HEAD = 'organization: Acme Corp\neffectiveDate: 2026-06-15\n';

describe('tools[].client and tools[].models', () => {
  it('suggests the client meant, from the closed list', () => {
    expect(problemLines(`${HEAD}tools:\n  - name: Cursor\n    client: cursr\n`)).toEqual([
      'ai-policy.yml:5:13  tools[0].client  expected one of cursor | github-copilot | gemini-code-assist | jetbrains-ai | windsurf | claude-code | cline | aider, got "cursr" (did you mean "cursor"?)',
    ]);
  });

  it('rejects a model id with spaces, a model that is not a string, and a model listed twice', () => {
    expect(
      problemLines(
        `${HEAD}tools:\n  - name: Claude\n    models: [claude sonnet, 4, anthropic/claude-sonnet-4, anthropic/claude-sonnet-4]\n`,
      ),
    ).toEqual([
      'ai-policy.yml:5:14  tools[0].models[0]  expected a model id without spaces, e.g. anthropic/claude-sonnet-4',
      'ai-policy.yml:5:29  tools[0].models[1]  expected a model id, e.g. anthropic/claude-sonnet-4 (a string), got number 4',
      'ai-policy.yml:5:59  tools[0].models[3]  "anthropic/claude-sonnet-4" is listed twice',
    ]);
  });

  it('accepts two tools with the same client (their file excludes what either may not receive)', () => {
    const document = documentOf({
      ...MINIMAL,
      tools: [
        {name: 'Copilot Business', agreement: 'enterprise', client: 'github-copilot'},
        {name: 'Copilot Free', agreement: 'standard', client: 'github-copilot'},
      ],
    });
    expect(document.facts.tools.map((tool) => tool.client)).toEqual(['github-copilot', 'github-copilot']);
  });

  it('copies client and models into the facts, with null and [] when left out', () => {
    const document = documentOf({
      ...MINIMAL,
      tools: [
        {
          name: 'Claude Code',
          agreement: 'enterprise',
          client: 'claude-code',
          models: ['anthropic/claude-sonnet-4'],
        },
        {name: 'Chat Helper'},
      ],
    });
    expect(document.facts.tools.map(({name, client, models}) => ({name, client, models}))).toEqual([
      {name: 'Claude Code', client: 'claude-code', models: ['anthropic/claude-sonnet-4']},
      {name: 'Chat Helper', client: null, models: []},
    ]);
  });
});

describe('dataClasses[].paths', () => {
  const classWith = (paths: string) =>
    `${HEAD}tools: [{name: Copilot}]\ndataClasses:\n  - id: secrets\n    name: Secrets\n    rule: never\n    paths: ${paths}\n`;

  it('refuses what would change the meaning of an ignore file, each at its own line and column', () => {
    expect(
      problemLines(classWith('["!keep.txt", "#notes", "a\\\\b", "../outside/**", "a\\nb", ""]')),
    ).toEqual([
      'ai-policy.yml:8:13  dataClasses[0].paths[0]  negation ("!") is not supported: list only the paths that hold the class',
      'ai-policy.yml:8:26  dataClasses[0].paths[1]  a path cannot start with "#": ignore files read that line as a comment',
      'ai-policy.yml:8:36  dataClasses[0].paths[2]  expected forward slashes only: a backslash is an escape in some targets and a separator in others (did you mean "a/b"?)',
      'ai-policy.yml:8:44  dataClasses[0].paths[3]  expected a path inside the repository, without ".." segments',
      'ai-policy.yml:8:61  dataClasses[0].paths[4]  expected a path on one line, without control characters',
      'ai-policy.yml:8:69  dataClasses[0].paths[5]  expected a repository path, e.g. secrets/**, got an empty string',
    ]);
  });

  it('reports a path listed twice in one class, and accepts one path shared by two classes', () => {
    expect(problemLines(classWith('["secrets/**", "secrets/**"]'))).toEqual([
      'ai-policy.yml:8:27  dataClasses[0].paths[1]  "secrets/**" is listed twice',
    ]);
    const document = documentOf({
      ...MINIMAL,
      dataClasses: [
        {id: 'internal', name: 'Internal', rule: 'enterprise-agreement-only', paths: ['shared/**']},
        {id: 'secrets', name: 'Secrets', rule: 'never', paths: ['shared/**', '**/.env*']},
      ],
    });
    expect(document.facts.dataClasses.map((dataClass) => dataClass.paths)).toEqual([
      ['shared/**'],
      ['shared/**', '**/.env*'],
    ]);
  });

  it('keeps configs without the new fields valid, with empty paths in the facts', () => {
    expect(documentOf(MINIMAL).facts.dataClasses.map((dataClass) => dataClass.paths)).toEqual([[], [], []]);
    expect(documentOf(MINIMAL).facts.disclosure).toEqual({commitTrailer: null});
  });
});
