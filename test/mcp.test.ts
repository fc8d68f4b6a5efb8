/**
 * `ai-policy mcp`: the real binary as a child process, driven by the MCP SDK's own client over stdio, as
 * Claude Code, Cursor or VS Code would drive it.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {Client} from '@modelcontextprotocol/sdk/client/index.js';
import {StdioClientTransport} from '@modelcontextprotocol/sdk/client/stdio.js';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {renderSectionMarkdown} from '../src/render/markdown.js';
import {loadPolicy} from '../src/store/policy-store.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SITE = path.join(ROOT, 'example-site');
const BIN = path.join(ROOT, 'lib', 'cli', 'main.js');

let client: Client;
beforeAll(async () => {
  expect(existsSync(BIN), 'lib/cli/main.js is missing: run `npm run build` first').toBe(true);
  client = new Client({name: 'ai-policy-test', version: '1.0.0'});
  await client.connect(
    new StdioClientTransport({
      command: process.execPath,
      args: [BIN, 'mcp', 'ai-policy.yml'],
      cwd: SITE,
      stderr: 'pipe',
    }),
  );
}, 30_000);
afterAll(async () => {
  await client?.close();
});

/** The answers' shape, as the server declares it in structuredContent. */
type Structured = {
  allowed: boolean;
  answers: unknown[];
  tools: Array<{name: string}>;
  prohibited: string[];
};
type TextResult = {
  content: Array<{type: string; text: string}>;
  structuredContent: Structured;
  isError?: boolean;
};
const call = async (name: string, args: Record<string, unknown> = {}) =>
  (await client.callTool({name, arguments: args})) as TextResult;

describe('ai-policy mcp', () => {
  it('lists its three tools, with input schemas that name the policy’s classes and sections', async () => {
    const {tools} = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual([
      'decide',
      'get_policy_section',
      'list_approved_tools',
    ]);
    const decide = tools.find((tool) => tool.name === 'decide')!;
    expect(decide.inputSchema.required).toEqual(['tool']);
    const properties = decide.inputSchema.properties as Record<string, {description: string; type: string}>;
    expect(properties.dataClass!.description).toContain('one of public, confidential, phi, secrets');
    expect(properties.paths!.type).toBe('array');
    expect(decide.description).toContain('When refused, do not read or send the data.');
    const section = tools.find((tool) => tool.name === 'get_policy_section')!;
    expect(
      (section.inputSchema.properties as Record<string, {description: string}>).section!.description,
    ).toContain('data-classification');
  });

  it('decides: allowed for a class the tool may receive, refused with the reason for a file it may not', async () => {
    const yes = await call('decide', {tool: 'claude / claude code', dataClass: 'phi'});
    expect(yes.isError).toBeFalsy();
    expect(yes.structuredContent).toMatchObject({
      allowed: true,
      answers: [{dataClass: 'phi', allowed: true, reason: 'allowed', tool: 'Claude / Claude Code'}],
    });
    const no = await call('decide', {tool: 'Cursor', paths: ['README.md', 'secrets/prod.pem']});
    expect(no.structuredContent.allowed).toBe(false);
    expect(no.content[0]!.text).toBe(
      'ALLOWED README.md: class public, allowed [allowed]\n' +
        'REFUSED secrets/prod.pem: class secrets, this class never goes into an AI tool [class-never]',
    );
  });

  it('answers a mistake as a tool error the agent can read, not a crash', async () => {
    const unknown = await call('decide', {tool: 'Cursor', dataClass: 'secret'});
    expect(unknown).toMatchObject({isError: true});
    expect(unknown.content[0]!.text).toBe(
      'Unknown data class "secret" (did you mean "secrets"?); classes: public, confidential, phi, secrets.',
    );
    expect((await call('decide', {tool: 'Cursor'})).isError).toBe(true);
    // The server is still there.
    expect((await call('decide', {tool: 'Cursor', dataClass: 'public'})).structuredContent.allowed).toBe(
      true,
    );
  });

  it('reads a section as the page’s Markdown', async () => {
    const result = await call('get_policy_section', {section: 'data-classification'});
    const policy = await loadPolicy(path.join(SITE, 'ai-policy.yml'));
    expect(result.content[0]!.text).toBe(renderSectionMarkdown(policy.document, 'data-classification'));
    expect(result.content[0]!.text).toMatch(/^## Data classification/);
    expect((await call('get_policy_section', {section: 'budget'})).content[0]!.text).toContain(
      'did you mean "budgets"?',
    );
  });

  it('lists the approved tools with agreements, ceiling, what they may receive and conditions', async () => {
    const result = await call('list_approved_tools');
    const cursor = result.structuredContent.tools.find((tool: {name: string}) => tool.name === 'Cursor');
    expect(cursor).toEqual({
      name: 'Cursor',
      vendor: 'Anysphere',
      agreements: ['standard'],
      ceiling: 'public',
      mayReceive: ['public'],
      conditions: expect.stringContaining('Privacy mode on'),
    });
    expect(result.structuredContent.prohibited).toContain('DeepSeek');
  });

  it('does not start on an invalid policy: exit 1 with the located report', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ai-policy-mcp-'));
    writeFileSync(path.join(dir, 'ai-policy.yml'), 'organization: Acme\nindustry: sass\n');
    const run = spawnSync(process.execPath, [BIN, 'mcp'], {cwd: dir, encoding: 'utf8', input: ''});
    rmSync(dir, {recursive: true, force: true});
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Invalid AI policy config \(3 problems\):\n/);
    expect(run.stderr).toContain('  ai-policy.yml:2:11  industry  expected one of saas');
  });
});
