import {readFileSync} from 'node:fs';
import path from 'node:path';
import {McpServer} from '@modelcontextprotocol/sdk/server/mcp.js';
import {StdioServerTransport} from '@modelcontextprotocol/sdk/server/stdio.js';
import {z} from 'zod';
import {PolicyConfigError} from '../config/problems.js';
import {suggest} from '../config/suggest.js';
import {deciderFor, type LoadedDecider, toRepoPath} from '../decide/index.js';
import {renderSectionMarkdown} from '../render/markdown.js';
import {type LoadedPolicy, loadPolicy} from '../store/policy-store.js';
import {parseCommandArgs, resolvePolicyFile} from './args.js';
import type {CliIo} from './io.js';

/** The version the server reports to clients: the package's (lib/cli/ and lib/bundle/ sit at one depth). */
const serverVersion = () =>
  (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string})
    .version;

type ToolResult = {
  content: Array<{type: 'text'; text: string}>;
  structuredContent?: Record<string, unknown>;
  isError?: boolean;
};

const text = (value: string, structured?: Record<string, unknown>): ToolResult => ({
  content: [{type: 'text', text: value}],
  ...(structured ? {structuredContent: structured} : {}),
});
const failure = (message: string): ToolResult => ({content: [{type: 'text', text: message}], isError: true});

/**
 * `ai-policy mcp [file]`: a Model Context Protocol server over stdio (the official SDK), so an agent can ask
 * the policy before it acts: `decide` (may this tool receive this class or these files?),
 * `get_policy_section` (a section's Markdown, as the page shows it) and `list_approved_tools`. Each call
 * reads the policy through the store, so an edit to the file is seen by the next call; a policy that stops
 * validating makes every call an error carrying the located report, never an answer.
 */
export async function runMcp(args: string[], io: CliIo): Promise<number> {
  const {values, positionals} = parseCommandArgs(args, {root: {type: 'string'}});
  const file = resolvePolicyFile(positionals, io.cwd);
  const root = path.resolve(io.cwd, values.root ?? '.');
  // Read once before serving: a server started on a broken policy says why and stops, rather than
  // answering every call with an error nobody sees in the client's log.
  const first = await loadPolicy(file);

  const deciders = new WeakMap<LoadedPolicy, LoadedDecider>();
  const current = async (): Promise<{policy: LoadedPolicy; decider: LoadedDecider}> => {
    const policy = await loadPolicy(file);
    let decider = deciders.get(policy);
    if (!decider) {
      decider = deciderFor(policy.config, policy.filePath, root);
      deciders.set(policy, decider);
    }
    return {policy, decider};
  };
  /** Runs a tool's body; a policy that no longer validates is the call's error, with the located report. */
  const guarded =
    <A>(body: (input: A) => Promise<ToolResult>) =>
    async (input: A): Promise<ToolResult> => {
      try {
        return await body(input);
      } catch (error) {
        if (error instanceof PolicyConfigError) return failure(error.message);
        throw error;
      }
    };

  const {config, document} = first;
  const classList = config.dataClasses.map((dataClass) => `${dataClass.id} (${dataClass.name})`).join('; ');
  const toolList = config.tools.map((tool) => tool.name).join('; ');
  const sectionIds = document.sections.map((section) => section.id);

  const server = new McpServer({name: 'ai-policy', version: serverVersion()});

  server.registerTool(
    'decide',
    {
      title: 'May this AI tool receive this data?',
      description:
        `Ask ${config.organization}'s AI usage policy whether an AI tool may receive a data class or the contents ` +
        'of files, before you read, send or paste them. Give the tool and either dataClass or paths. The answer ' +
        'says allowed or refused, the reason code, the class that decided and, for a legal rule, the clause ' +
        `behind it. When refused, do not read or send the data. Data classes, least sensitive first: ${classList}. ` +
        `Approved tools: ${toolList}; any other name is answered as an unlisted tool.`,
      inputSchema: {
        tool: z
          .string()
          .min(1)
          .describe(
            `The AI tool that would receive the data, as the policy names it (case and spacing do not matter), e.g. "${config.tools[0]!.name}". Name the tool you are running in.`,
          ),
        dataClass: z
          .string()
          .optional()
          .describe(
            `A data class id: one of ${config.dataClasses.map((c) => c.id).join(', ')}. Give this or paths.`,
          ),
        paths: z
          .array(z.string().min(1))
          .optional()
          .describe(
            "Files to ask about, relative to the repository root (or absolute inside it). Their classes come from the policy's path globs; a path outside the repository is refused. Give this or dataClass.",
          ),
      },
      annotations: {readOnlyHint: true, openWorldHint: false},
    },
    guarded(async ({tool, dataClass, paths}: {tool: string; dataClass?: string; paths?: string[]}) => {
      if ((dataClass === undefined) === (paths === undefined || paths.length === 0))
        return failure('Give either dataClass or a non-empty paths list, not both.');
      const {decider} = await current();
      if (dataClass !== undefined) {
        const ids = decider.config.dataClasses.map((candidate) => candidate.id);
        if (!ids.includes(dataClass)) {
          const hint = suggest(dataClass, ids);
          return failure(
            `Unknown data class "${dataClass}"${hint ? ` (did you mean "${hint}"?)` : ''}; classes: ${ids.join(', ')}.`,
          );
        }
      }
      const answers =
        dataClass !== undefined
          ? [{dataClass, ...decider.decide({tool, dataClass})}]
          : paths!.map((given) => ({
              path: given,
              ...decider.decide({
                tool,
                path: path.isAbsolute(given) ? toRepoPath(root, given) : given,
              }),
            }));
      const allowed = answers.every((answer) => answer.allowed);
      const lines = answers.map(
        (answer) =>
          `${answer.allowed ? 'ALLOWED' : 'REFUSED'} ${'path' in answer ? answer.path : answer.dataClass}: ` +
          `class ${answer.class ?? 'none'}, ${answer.explanation} [${answer.reason}]`,
      );
      return text(lines.join('\n'), {allowed, answers});
    }),
  );

  server.registerTool(
    'get_policy_section',
    {
      title: 'Read a section of the AI usage policy',
      description:
        'Returns one section of the AI usage policy as Markdown, the same text as its page in the handbook. ' +
        `Sections: ${sectionIds.join(', ')}.`,
      inputSchema: {
        section: z
          .string()
          .min(1)
          .describe(
            `The section id, one of: ${sectionIds.join(', ')}. "data-classification" has the tool × class matrix.`,
          ),
      },
      annotations: {readOnlyHint: true, openWorldHint: false},
    },
    guarded(async ({section}: {section: string}) => {
      const {policy} = await current();
      const ids = policy.document.sections.map((candidate) => candidate.id);
      if (!ids.includes(section)) {
        const hint = suggest(section, ids);
        return failure(
          `Unknown section "${section}"${hint ? ` (did you mean "${hint}"?)` : ''}; sections: ${ids.join(', ')}.`,
        );
      }
      return text(renderSectionMarkdown(policy.document, section));
    }),
  );

  server.registerTool(
    'list_approved_tools',
    {
      title: 'List the approved AI tools',
      description:
        'Lists the AI tools the policy approves, each with its agreements, its data ceiling (the most sensitive ' +
        'class it may receive), the classes it may receive, and its conditions of use; and the prohibited tools.',
      inputSchema: {},
      annotations: {readOnlyHint: true, openWorldHint: false},
    },
    guarded(async () => {
      const {policy, decider} = await current();
      const {facts} = policy.document;
      const tools = facts.tools.map((tool) => ({
        name: tool.name,
        vendor: tool.vendor,
        agreements: tool.agreements,
        ceiling: tool.maxDataClass,
        mayReceive: decider.config.dataClasses
          .map((dataClass) => dataClass.id)
          .filter((id) => decider.decide({tool: tool.name, dataClass: id}).allowed),
        conditions: tool.conditions,
      }));
      const lines = tools.map(
        (tool) =>
          `- ${tool.name}${tool.vendor ? ` (${tool.vendor})` : ''}: agreements ${tool.agreements.join(', ')}; ` +
          `ceiling ${tool.ceiling ?? 'none'}; may receive ${tool.mayReceive.join(', ') || 'nothing'}` +
          `${tool.conditions ? `. Conditions: ${tool.conditions}` : ''}`,
      );
      const prohibited = facts.prohibitedTools.map((tool) => tool.name);
      if (prohibited.length > 0) lines.push(`Prohibited: ${prohibited.join('; ')}.`);
      return text(lines.join('\n'), {tools, prohibited});
    }),
  );

  const transport = new StdioServerTransport(io.stdin, io.stdout);
  // The client ends the session by closing the server's stdin.
  const closed = new Promise<void>((resolve) => io.stdin.once('end', resolve));
  await server.connect(transport);
  await closed;
  await server.close();
  return 0;
}
