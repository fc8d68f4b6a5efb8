/**
 * `ai-policy init` in a real pseudo-terminal: the built binary runs in a tmux pane, keys are typed with
 * `send-keys`, and the screen is read with `capture-pane`, as a person would see it. Piped stdin cannot
 * show what this file is about: prompts that check each answer as it is typed, choices moved with the
 * arrow keys, Ctrl-C, and a process that exits by itself afterwards.
 *
 * Skipped only on a developer machine without tmux; in CI (`CI` set) a missing tmux fails the run.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {setTimeout as delay} from 'node:timers/promises';
import {fileURLToPath} from 'node:url';
import {afterAll, afterEach, describe, expect, it} from 'vitest';
import {parse} from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// `npm test` builds first; run `npm run build` before running this file alone.
const BIN = path.join(ROOT, 'lib', 'cli', 'main.js');
const TMUX_FOUND = spawnSync('tmux', ['-V'], {encoding: 'utf8'}).status === 0;
const SKIP = !TMUX_FOUND && !process.env.CI;

// The pane gets a clean, predictable environment: no tmux nesting, no accessible (plain) prompt mode.
const {TMUX: _tmux, ACCESSIBLE: _accessible, ...PANE_ENV} = process.env;

/**
 * Runs tmux against a server of our own. Each terminal has its own socket file in its own temporary
 * folder, so a developer's sessions are never touched, a server that is still shutting down never meets
 * the next test's, and nothing is left in tmux's shared socket folder.
 */
function tmux(socket: string, ...args: string[]): string {
  // -f /dev/null: no user config; -u: UTF-8 even where the locale does not say so (CI runs without one).
  const result = spawnSync('tmux', ['-f', '/dev/null', '-u', '-S', socket, ...args], {
    encoding: 'utf8',
    env: PANE_ENV,
  });
  if (result.status !== 0) throw new Error(`tmux ${args[0]} failed: ${result.stderr || result.error}`);
  return result.stdout;
}

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ai-policy-pty-'));
  dirs.push(dir);
  return dir;
}

const sockets: string[] = [];
afterEach(() => {
  for (const socket of sockets.splice(0)) spawnSync('tmux', ['-S', socket, 'kill-server'], {env: PANE_ENV});
});
afterAll(() => {
  for (const dir of dirs) rmSync(dir, {recursive: true, force: true});
});

/** One `ai-policy` run in a 120 x 40 tmux pane. */
class Terminal {
  private readonly session = 'init';
  private constructor(
    private readonly socket: string,
    /** Where the pane's shell writes the exit status once `ai-policy` has exited. */
    private readonly statusFile: string,
  ) {}

  static start(cwd: string, args: string[]): Terminal {
    const folder = tempDir();
    const socket = path.join(folder, 'tmux.sock');
    sockets.push(socket);
    const terminal = new Terminal(socket, path.join(folder, 'exit-status'));
    const quote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;
    // The exit status comes from the pane's shell, which waits for the process: tmux itself was seen to
    // leave an exited process unreaped (and its status unknown) for many seconds, now and then.
    const status = quote(terminal.statusFile);
    const command = `${[process.execPath, BIN, ...args].map(quote).join(' ')}; echo $? > ${status}.tmp && mv ${status}.tmp ${status}`;
    // remain-on-exit keeps the screen readable after the exit; set first, before the pane starts.
    tmux(
      socket,
      'set-option',
      '-g',
      'remain-on-exit',
      'on',
      ';',
      'set-option',
      '-g',
      'default-shell',
      '/bin/sh',
      ';',
      'new-session',
      '-d',
      '-x',
      '120',
      '-y',
      '40',
      '-s',
      terminal.session,
      '-c',
      cwd,
      command,
    );
    return terminal;
  }

  /** Keys by tmux name (`Enter`, `Down`, `Space`, `BSpace`, `C-c`). */
  press(...keys: string[]): void {
    tmux(this.socket, 'send-keys', '-t', this.session, ...keys);
  }

  /** Text typed as it is, character by character. */
  type(text: string): void {
    tmux(this.socket, 'send-keys', '-t', this.session, '-l', text);
  }

  /**
   * Everything the pane has shown, scrolled-off lines included (wrapped lines joined): the summary is
   * taller than the pane, and tmux's "Pane is dead" line scrolls the top line away after the exit.
   */
  screen(): string {
    return tmux(this.socket, 'capture-pane', '-p', '-J', '-S', '-', '-t', this.session);
  }

  /** Polls the screen until it shows `text`; fails with the screen after `timeoutMs`. */
  async waitFor(text: string, timeoutMs = 15_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (screen.includes(text)) return screen;
      if (Date.now() > deadline)
        throw new Error(
          `timed out after ${timeoutMs} ms waiting for ${JSON.stringify(text)}; screen:\n${screen}`,
        );
      await delay(50);
    }
  }

  /** Polls until the process has exited and returns its exit status. */
  async exitStatus(timeoutMs = 15_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (existsSync(this.statusFile)) return Number(readFileSync(this.statusFile, 'utf8'));
      if (Date.now() > deadline)
        throw new Error(`the process did not exit within ${timeoutMs} ms; screen:\n${this.screen()}`);
      await delay(50);
    }
  }
}

describe.skipIf(SKIP)('ai-policy init in a real terminal (tmux)', () => {
  it('has tmux and the built binary', () => {
    expect(TMUX_FOUND, 'tmux is missing: apt-get install tmux').toBe(true);
    expect(existsSync(BIN), 'lib/cli/main.js is missing: run `npm run build` first').toBe(true);
  });

  it('rejects a misspelt agreement at once, keeps the answer to fix, completes, exits 0', async () => {
    const cwd = tempDir();
    // A site that already loads the plugin: init sees it and prints only what is missing.
    writeFileSync(
      path.join(cwd, 'docusaurus.config.ts'),
      "export default {title: 'Handbook', plugins: ['docusaurus-plugin-ai-policy']};\n",
    );
    const term = Terminal.start(cwd, ['init']);

    await term.waitFor('Organization name');
    term.type('Acme Health');
    term.press('Enter');

    await term.waitFor('Step 1 of 5');
    term.press('Down', 'Enter'); // Software / SaaS -> Healthcare
    await term.waitFor('Step 2 of 5');
    term.press('Down', 'Space', 'Down', 'Space', 'Enter'); // HIPAA and GDPR

    await term.waitFor('Tool 1:');
    term.type('Cursor:enterprize');
    term.press('Enter');
    // The message is wider than the terminal: it wraps, so it is read with its line breaks as spaces.
    const rejected = await term.waitFor('got "enterprize"');
    expect(rejected.replace(/\s+/g, ' ')).toContain(
      'agreement: expected one of none | standard | enterprise | baa | self-hosted, got "enterprize" (did you mean "enterprise"?)',
    );
    // Asked again with the answer still there, to be corrected rather than retyped.
    expect(rejected).toContain('Cursor:enterprize');
    expect(rejected).not.toContain('Tool 2:');
    term.press('BSpace', 'BSpace');
    term.type('se');
    term.press('Enter');

    await term.waitFor('Tool 2:');
    term.type('Claude Code');
    term.press('Enter');
    await term.waitFor('Agreement that covers data sent to Claude Code');
    term.press('Down', 'Down', 'Enter'); // standard -> enterprise -> baa
    await term.waitFor('Most sensitive class Claude Code may receive');
    term.press('Enter'); // no ceiling
    await term.waitFor('Tool 3:');
    term.press('Enter'); // empty: done

    for (const part of ['(1 of 3)', '(2 of 3)', '(3 of 3)']) {
      await term.waitFor(part);
      term.press('Enter'); // the reference's rule for each class
    }
    await term.waitFor('Step 5 of 5');
    term.press('Enter'); // mandatory
    await term.waitFor('Policy owner');
    term.type('Security team <security@acme.example>');
    term.press('Enter');

    const summary = await term.waitFor('Write ai-policy.yml?');
    expect(summary).toContain('Acme Health (Healthcare)');
    expect(summary).toContain('Cursor: enterprise agreement');
    expect(summary).toContain('Claude Code: BAA');
    expect(summary).toMatch(/may not receive: Patient and personal data, credentials and secrets/);
    expect(existsSync(path.join(cwd, 'ai-policy.yml'))).toBe(false);
    term.press('Enter'); // Yes

    expect(await term.exitStatus()).toBe(0);
    const transcript = term.screen();
    expect(transcript).toContain('Wrote ai-policy.yml.');
    // Valid; a BAA-only tool draws the "baa-is-not-enterprise" warning, which check reports but accepts.
    expect(transcript).toMatch(/ai-policy\.yml: valid, \d+ sections, \d+ findings?/);
    expect(transcript).toContain('docusaurus.config.ts already loads the plugin. Add:');
    expect(transcript).toContain("import {remarkAiPolicy} from 'docusaurus-plugin-ai-policy/remark';");

    const written = parse(readFileSync(path.join(cwd, 'ai-policy.yml'), 'utf8'));
    expect(written).toMatchObject({
      organization: 'Acme Health',
      industry: 'healthcare',
      compliance: ['hipaa', 'gdpr'],
      posture: 'mandatory',
      owner: 'Security team <security@acme.example>',
      tools: [
        {name: 'Cursor', agreement: 'enterprise'},
        {name: 'Claude Code', agreement: 'baa'},
      ],
    });
    const check = spawnSync(process.execPath, [BIN, 'check'], {cwd, encoding: 'utf8'});
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  }, 120_000);

  it('asks only what the flags left open, and declining to write prints the answers as a command', async () => {
    const cwd = tempDir();
    const term = Terminal.start(cwd, [
      'init',
      '--organization',
      "Acme's Bank",
      '--compliance',
      'soc2',
      '--tool',
      'GitHub Copilot:enterprise',
      '--owner',
      'Risk <risk@acme.example>',
      '--effective-date',
      '2026-07-01',
    ]);
    const first = await term.waitFor('Step 1 of 5');
    expect(first).not.toContain('Organization name');
    term.press('Enter');
    const toolsGiven = await term.waitFor('(1 of 3)');
    expect(toolsGiven).toContain('Compliance regimes: soc2 (from --compliance)');
    expect(toolsGiven).toContain('Approved tools: GitHub Copilot (from --tool)');
    term.press('Enter');
    await term.waitFor('(2 of 3)');
    term.press('Down', 'Enter'); // internal data: BAA tools only
    await term.waitFor('(3 of 3)');
    term.press('Enter');
    await term.waitFor('Step 5 of 5');
    term.press('Up', 'Enter'); // advisory
    await term.waitFor('Write ai-policy.yml?');
    term.press('Right', 'Enter'); // No
    expect(await term.exitStatus()).toBe(1);
    expect(existsSync(path.join(cwd, 'ai-policy.yml'))).toBe(false);
    const command = term
      .screen()
      .split('\n')
      .find((line) => line.startsWith('npx ai-policy init --yes'));
    expect(command).toBe(
      "npx ai-policy init --yes --organization 'Acme'\\''s Bank' --industry saas --compliance soc2 --posture advisory --tool 'GitHub Copilot:enterprise' --internal-data baa-only --owner 'Risk <risk@acme.example>' --effective-date 2026-07-01",
    );
    // Run as printed (with this checkout's binary for `npx ai-policy`), it writes what was answered.
    const rerun = spawnSync(
      '/bin/sh',
      ['-c', command!.replace('npx ai-policy', `'${process.execPath}' '${BIN}'`)],
      {
        cwd,
        encoding: 'utf8',
      },
    );
    expect(rerun.status).toBe(0);
    expect(parse(readFileSync(path.join(cwd, 'ai-policy.yml'), 'utf8'))).toMatchObject({
      organization: "Acme's Bank",
      posture: 'advisory',
      dataClasses: [{rule: 'any-approved-tool'}, {rule: 'baa-only'}, {rule: 'never'}],
    });
  }, 60_000);

  it('offers a defense contractor the CUI class with rule never, and keeps a changed rule in the command', async () => {
    const cwd = tempDir();
    const term = Terminal.start(cwd, [
      'init',
      '--organization',
      'Northgate Systems',
      '--compliance',
      'none',
      '--tool',
      'Northgate Assistant:self-hosted',
      '--owner',
      'CISO',
      '--effective-date',
      '2026-07-01',
    ]);
    await term.waitFor('Step 1 of 5');
    term.press('Down', 'Down', 'Down', 'Down', 'Enter'); // Software / SaaS -> ... -> Defense
    for (const part of ['(1 of 4)', '(2 of 4)']) {
      await term.waitFor(part);
      term.press('Enter');
    }
    const proposed = await term.waitFor('(3 of 4)');
    expect(proposed).toContain('Controlled unclassified and export-controlled information');
    term.press('Up', 'Enter'); // never -> BAA tools only
    await term.waitFor('(4 of 4)');
    term.press('Enter');
    await term.waitFor('Step 5 of 5');
    term.press('Enter');
    await term.waitFor('Write ai-policy.yml?');
    term.press('Right', 'Enter'); // No
    expect(await term.exitStatus()).toBe(1);
    const command = term
      .screen()
      .split('\n')
      .find((line) => line.startsWith('npx ai-policy init --yes'));
    expect(command).toBe(
      "npx ai-policy init --yes --organization 'Northgate Systems' --industry defense --compliance none --posture mandatory --tool 'Northgate Assistant:self-hosted' --cui-data baa-only --owner CISO --effective-date 2026-07-01",
    );
    const rerun = spawnSync(
      '/bin/sh',
      ['-c', command!.replace('npx ai-policy', `'${process.execPath}' '${BIN}'`)],
      {cwd, encoding: 'utf8'},
    );
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(parse(readFileSync(path.join(cwd, 'ai-policy.yml'), 'utf8')).dataClasses).toEqual([
      expect.objectContaining({id: 'public', rule: 'any-approved-tool'}),
      expect.objectContaining({id: 'internal', rule: 'enterprise-agreement-only'}),
      {
        id: 'cui',
        name: 'Controlled unclassified and export-controlled information',
        rule: 'baa-only',
        categories: ['confidential', 'cui', 'export-controlled'],
      },
      expect.objectContaining({id: 'restricted', rule: 'never'}),
    ]);
  }, 60_000);

  it('stops on Ctrl-C with nothing written, and the process exits', async () => {
    const cwd = tempDir();
    const term = Terminal.start(cwd, ['init']);
    await term.waitFor('Organization name');
    term.type('Acme Corp');
    term.press('Enter');
    await term.waitFor('Step 1 of 5');
    term.press('C-c');
    expect(await term.exitStatus()).toBe(130);
    expect(term.screen()).toContain('Cancelled: nothing written.');
    expect(existsSync(path.join(cwd, 'ai-policy.yml'))).toBe(false);
  }, 60_000);

  it('reports a misspelt --industry with its suggestion and exits 1, without asking', async () => {
    const cwd = tempDir();
    const term = Terminal.start(cwd, ['init', '--industry', 'helthcare']);
    expect(await term.exitStatus()).toBe(1);
    const screen = term.screen();
    expect(screen).toContain('ai-policy: --industry: expected one of saas | healthcare');
    expect(screen).toContain('got "helthcare" (did you mean "healthcare"?)');
    expect(screen).not.toContain('Organization name');
    expect(existsSync(path.join(cwd, 'ai-policy.yml'))).toBe(false);
  }, 60_000);
});
