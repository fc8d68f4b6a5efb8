/**
 * `ai-policy hook claude-code|cursor`: an agent hook that refuses, at the moment of use, a file the policy
 * says the agent's tool may not receive. It reads the client's JSON on stdin and answers in the client's
 * format. It runs as a new process on every tool call, so it loads only what answers: a policy that
 * validated before is read from the hook cache (`decide/cache.ts`) without the YAML parser or the schema.
 *
 * Formats, from each client's documentation:
 * - Claude Code, PreToolUse (https://code.claude.com/docs/en/hooks): input `{session_id, cwd,
 *   hook_event_name, tool_name, tool_input, ...}`, where `tool_input` has `file_path` (Read, Edit, MultiEdit,
 *   Write), `notebook_path` (NotebookEdit), `path` (Grep, Glob) or `command` (Bash), file paths absolute.
 *   To refuse: exit 0 with `{"hookSpecificOutput": {"hookEventName": "PreToolUse", "permissionDecision":
 *   "deny", "permissionDecisionReason": "..."}}` on stdout (the reason is shown to Claude). To let the call
 *   go on through Claude Code's own permission checks: exit 0 with no output. `$CLAUDE_PROJECT_DIR` is the
 *   project root. Exit 2 with the reason on stderr also refuses; it is the answer when writing JSON fails.
 * - Cursor (https://cursor.com/docs/agent/hooks): input `{hook_event_name, conversation_id,
 *   generation_id, workspace_roots, ...}` plus `file_path` (and `attachments`) for `beforeReadFile`, and
 *   `command` and `cwd` for `beforeShellExecution`; output `{"permission": "allow" | "deny",
 *   "user_message", "agent_message"}`.
 *
 * Fails closed: input that is not JSON or not the expected shape, a file outside the repository, or a
 * policy that is missing or does not validate is refused, with the reason; never allowed by default.
 */
import {existsSync, realpathSync, statSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import type {LoadedDecider} from '../decide/decider.js';
import type {Decision} from '../engine/decide.js';
import type {CliIo} from './io.js';
import {shellWords} from './shell-words.js';

export const HOOK_CLIENTS = ['claude-code', 'cursor'] as const;
export type HookClient = (typeof HOOK_CLIENTS)[number];

/** The product each client is, for the policy's tool list when no approved tool declares the client. */
const CLIENT_PRODUCT: Record<HookClient, string> = {'claude-code': 'Claude Code', cursor: 'Cursor'};

const DEFAULT_POLICY_FILES = ['ai-policy.yml', 'ai-policy.yaml', 'ai-policy.json'];
const MAX_INPUT_BYTES = 16 * 1024 * 1024;

/** A path the call would touch, and how to judge it. */
interface Target {
  /** As the client gave it, for the message. */
  given: string;
  absolute: string;
  /** A file tool's path: outside the repository, it is refused. Shell words outside it are left alone. */
  strict: boolean;
}

type Verdict = {allowed: true} | {allowed: false; reason: string};

export async function runHook(args: string[], io: CliIo): Promise<number> {
  const client = HOOK_CLIENTS.find((name) => name === args[0]);
  if (!client) {
    io.stderr.write(
      `ai-policy: hook expects ${HOOK_CLIENTS.join(' or ')}, got ${args[0] ? `"${args[0]}"` : 'nothing'}\n`,
    );
    return 1;
  }
  let verdict: Verdict;
  try {
    verdict = await judge(client, args.slice(1), io);
  } catch (error) {
    // Whatever went wrong, the answer is no: a hook that crashed would let the call through.
    verdict = {
      allowed: false,
      reason: `ai-policy hook could not judge this call, so it refuses it: ${(error as Error).message}`,
    };
  }
  return answer(client, verdict, io);
}

function answer(client: HookClient, verdict: Verdict, io: CliIo): number {
  try {
    if (client === 'claude-code') {
      if (verdict.allowed) return 0;
      io.stdout.write(
        `${JSON.stringify({hookSpecificOutput: {hookEventName: 'PreToolUse', permissionDecision: 'deny', permissionDecisionReason: verdict.reason}})}\n`,
      );
      return 0;
    }
    io.stdout.write(
      `${JSON.stringify(
        verdict.allowed
          ? {permission: 'allow'}
          : {permission: 'deny', user_message: verdict.reason, agent_message: verdict.reason},
      )}\n`,
    );
    return 0;
  } catch {
    io.stderr.write(`${verdict.allowed ? '' : (verdict as {reason: string}).reason}\n`);
    return verdict.allowed ? 0 : 2;
  }
}

async function judge(client: HookClient, args: string[], io: CliIo): Promise<Verdict> {
  const {values} = parseArgs({
    args,
    options: {policy: {type: 'string'}, tool: {type: 'string'}, root: {type: 'string'}},
    strict: true,
  });
  let input: unknown;
  try {
    input = JSON.parse(await readAll(io.stdin));
  } catch (error) {
    return {
      allowed: false,
      reason: `ai-policy hook: the ${CLIENT_PRODUCT[client]} hook input is not JSON (${(error as Error).message}); refused`,
    };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return {allowed: false, reason: 'ai-policy hook: the hook input is not a JSON object; refused'};
  const payload = input as Record<string, unknown>;

  const roots = repositoryRoots(client, payload, values.root, io.cwd);
  const targets =
    client === 'claude-code' ? claudeTargets(payload, roots[0]!) : cursorTargets(payload, roots[0]!);
  if ('malformed' in targets)
    return {allowed: false, reason: `ai-policy hook: ${targets.malformed}; refused`};
  if (targets.list.length === 0) return {allowed: true};

  const root = roots[0]!;
  const file = policyFile(values.policy, root);
  // Loaded only when a call touches a path: most tool calls (web search, todo lists) need no policy.
  const {hookCacheDir, loadDeciderCached} = await import('../decide/cache.js');
  let policy: LoadedDecider;
  try {
    policy = await loadDeciderCached(file, {root, cacheDir: hookCacheDir(root)});
  } catch (error) {
    // A PolicyConfigError's message is the located report.
    return {
      allowed: false,
      reason: `ai-policy hook: the AI policy cannot be read, so every file is refused until it is fixed.\n${(error as Error).message}`,
    };
  }
  const tool =
    values.tool ??
    policy.config.tools.find((candidate) => candidate.client === client)?.name ??
    CLIENT_PRODUCT[client];

  const refusals: string[] = [];
  for (const target of targets.list) {
    const owner = roots.find((candidate) => isInside(candidate, target.absolute));
    if (!owner) {
      if (target.strict)
        refusals.push(
          `${target.given} is outside the repository (${root}), where the policy cannot say what it holds`,
        );
      continue;
    }
    for (const candidate of judgedPaths(target.absolute, owner, target.strict)) {
      const decision = policy.decide({tool, path: candidate.relative});
      if (!decision.allowed) {
        refusals.push(describe(policy, target.given, candidate.relative, decision));
        break;
      }
    }
  }
  if (refusals.length === 0) return {allowed: true};
  return {
    allowed: false,
    reason: `${tool} may not receive this under the AI usage policy (${path.relative(root, policy.file) || policy.file}):\n- ${[...new Set(refusals)].join('\n- ')}\nDo not work around this; ask for an exception if the work needs it.`,
  };
}

function describe(policy: LoadedDecider, given: string, relative: string, decision: Decision): string {
  const dataClass = policy.config.dataClasses.find((candidate) => candidate.id === decision.class);
  const what = dataClass ? `${dataClass.name} (class ${dataClass.id})` : 'unclassified';
  const where = relative.replace(`/${ANY_CHILD}`, '/ (its files)');
  const shown = relative === '' || given.endsWith(relative) ? given : `${given} (${where})`;
  return `${shown} holds ${what}: ${decision.explanation} [${decision.reason}]`;
}

/**
 * The repository-relative paths to judge for one target: the path as written, and, when it exists, where
 * it really is (a symbolic link to `secrets/`, or another spelling on a case-insensitive disk); for a
 * folder, also what is inside it, since reading a folder reads its files.
 */
function judgedPaths(absolute: string, root: string, strict: boolean): Array<{relative: string}> {
  const relative = (file: string, base: string) => path.relative(base, file).split(path.sep).join('/');
  const found = [{relative: relative(absolute, root)}];
  if (existsSync(absolute)) {
    try {
      const real = realpathSync.native(absolute);
      const realRoot = realpathSync.native(root);
      if (isInside(realRoot, real)) {
        found.push({relative: relative(real, realRoot)});
        if (statSync(real).isDirectory()) found.push({relative: `${relative(real, realRoot)}/${ANY_CHILD}`});
      } else if (strict) found.push({relative: `../${path.basename(real)}`}); // a file tool's link out of the repository
    } catch {
      // Unreadable: judged by the name alone.
    }
  } else if (absolute.endsWith(path.sep)) found.push({relative: `${found[0]!.relative}/${ANY_CHILD}`});
  return found;
}

/** A name no glob is written for, standing for "any file in this folder". */
const ANY_CHILD = '\u0000';

function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return (
    relative === '' ||
    (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative))
  );
}

function repositoryRoots(
  client: HookClient,
  payload: Record<string, unknown>,
  flag: string | undefined,
  cwd: string,
): string[] {
  if (flag) return [path.resolve(cwd, flag)];
  if (client === 'claude-code') {
    const project = process.env.CLAUDE_PROJECT_DIR;
    if (project) return [path.resolve(project)];
    return [typeof payload.cwd === 'string' ? path.resolve(payload.cwd) : cwd];
  }
  const roots = Array.isArray(payload.workspace_roots)
    ? payload.workspace_roots
        .filter((root): root is string => typeof root === 'string')
        .map((root) => path.resolve(root))
    : [];
  return roots.length > 0 ? roots : [cwd];
}

function policyFile(flag: string | undefined, root: string): string {
  if (flag) return path.resolve(root, flag);
  const found = DEFAULT_POLICY_FILES.map((name) => path.join(root, name)).find((candidate) =>
    existsSync(candidate),
  );
  return found ?? path.join(root, DEFAULT_POLICY_FILES[0]!);
}

type Targets = {list: Target[]} | {malformed: string};

const CLAUDE_FILE_TOOLS: Record<string, string> = {
  Read: 'file_path',
  Edit: 'file_path',
  MultiEdit: 'file_path',
  Write: 'file_path',
  NotebookEdit: 'notebook_path',
};

function claudeTargets(payload: Record<string, unknown>, root: string): Targets {
  const toolName = payload.tool_name;
  const toolInput = payload.tool_input;
  if (typeof toolName !== 'string') return {malformed: 'the PreToolUse input has no tool_name'};
  if (typeof toolInput !== 'object' || toolInput === null)
    return {malformed: `the ${toolName} call has no tool_input`};
  const inputs = toolInput as Record<string, unknown>;
  const cwd = typeof payload.cwd === 'string' ? payload.cwd : root;
  const field = CLAUDE_FILE_TOOLS[toolName];
  if (field) {
    const file = inputs[field];
    if (typeof file !== 'string' || file === '') return {malformed: `the ${toolName} call has no ${field}`};
    return {list: [{given: file, absolute: path.resolve(cwd, file), strict: true}]};
  }
  if (toolName === 'Grep' || toolName === 'Glob') {
    const searched = inputs.path;
    if (searched === undefined || searched === null || searched === '') return {list: []};
    if (typeof searched !== 'string') return {malformed: `the ${toolName} call's path is not a string`};
    return {list: [{given: searched, absolute: path.resolve(cwd, searched), strict: true}]};
  }
  if (toolName === 'Bash') {
    if (typeof inputs.command !== 'string') return {malformed: 'the Bash call has no command'};
    return {list: commandTargets(inputs.command, cwd)};
  }
  return {list: []};
}

function cursorTargets(payload: Record<string, unknown>, root: string): Targets {
  const event = payload.hook_event_name;
  if (event === 'beforeReadFile') {
    const file = payload.file_path;
    if (typeof file !== 'string' || file === '')
      return {malformed: 'the beforeReadFile input has no file_path'};
    const list: Target[] = [{given: file, absolute: path.resolve(root, file), strict: true}];
    if (Array.isArray(payload.attachments))
      for (const attachment of payload.attachments) {
        const attached =
          (attachment as {file_path?: unknown; filePath?: unknown} | null)?.file_path ??
          (attachment as {filePath?: unknown} | null)?.filePath;
        if (typeof attached === 'string' && attached !== '')
          list.push({given: attached, absolute: path.resolve(root, attached), strict: true});
      }
    return {list};
  }
  if (event === 'beforeShellExecution') {
    if (typeof payload.command !== 'string')
      return {malformed: 'the beforeShellExecution input has no command'};
    const cwd = typeof payload.cwd === 'string' && payload.cwd !== '' ? payload.cwd : root;
    return {list: commandTargets(payload.command, cwd)};
  }
  return {
    malformed: `the hook is registered for ${typeof event === 'string' ? `"${event}"` : 'an unnamed event'}, which it does not judge (beforeReadFile, beforeShellExecution)`,
  };
}

/** The words of a command that could be files, read against its folder and any folder it `cd`s to. */
function commandTargets(command: string, cwd: string): Target[] {
  const {words, directories} = shellWords(command);
  const bases = [cwd, ...directories.map((directory) => path.resolve(cwd, directory))];
  const targets: Target[] = directories.map((directory) => ({
    given: directory,
    absolute: path.resolve(cwd, directory),
    strict: false,
  }));
  for (const word of words) {
    if (word.startsWith('~')) continue;
    for (const base of path.isAbsolute(word) ? [cwd] : bases) {
      const absolute = path.resolve(base, word);
      // A bare word (`cat`, `main`) is only a file when it exists; one that looks like a path counts anyway.
      if (/[/.]/.test(word) || existsSync(absolute))
        targets.push({given: word, absolute: withSlash(absolute, word), strict: false});
    }
  }
  return targets;
}

const withSlash = (absolute: string, word: string) =>
  word.endsWith('/') ? `${absolute}${path.sep}` : absolute;

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) throw new Error(`more than ${MAX_INPUT_BYTES} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
