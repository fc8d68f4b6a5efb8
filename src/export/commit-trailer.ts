import {suggest} from '../config/suggest.js';
import {planEnforcement} from '../engine/enforcement.js';
import type {PolicyFacts} from '../engine/model.js';
import type {AiClient} from '../vocabulary/config-values.js';
import {normalizeToolName} from '../vocabulary/tool-name.js';

export interface TrailerProblem {
  /** 1-based line of the commit message. */
  line: number;
  trailer: string;
  message: string;
}

export interface TrailerCheck {
  /** The trailer key the policy asks for (`Assisted-by`), or null when it sets none. */
  key: string | null;
  /** The tools the message's trailers name, as the policy spells them. */
  named: string[];
  problems: TrailerProblem[];
}

/** git's cut line: everything below it in a message being edited is dropped. */
const SCISSORS = /^# -+ >8 -+$/;

/**
 * The `Co-authored-by` identities AI agents write into the commits they make, by the client they are (the
 * e-mail addresses as they appear in public commits; Claude Code's is the one its `includeCoAuthoredBy`
 * setting adds). A commit that carries one was made with that agent, whatever `Assisted-by` says.
 */
export const AI_CO_AUTHORS: ReadonlyArray<{agent: string; client: AiClient | null; identity: RegExp}> = [
  {
    agent: 'Claude Code',
    client: 'claude-code',
    identity: /<noreply@anthropic\.com>/i,
  },
  {
    agent: 'GitHub Copilot',
    client: 'github-copilot',
    identity: /<(\d+\+)?(Copilot|copilot-swe-agent\[bot\])@users\.noreply\.github\.com>/i,
  },
  {
    agent: 'Cursor',
    client: 'cursor',
    identity: /<cursoragent@cursor\.com>/i,
  },
  {
    agent: 'Aider',
    client: null,
    identity: /<noreply@aider\.chat>/i,
  },
];

/**
 * Checks the commit trailers that declare AI assistance (`Assisted-by: <tool>` or whatever the policy's
 * `disclosure.commitTrailer` names): each must name an approved tool, and mention no prohibited one
 * anywhere (`Cursor (DeepSeek via OpenRouter)` names DeepSeek). The value may go on after the name with a
 * space and `(` or `<` (`Claude Code <noreply@...>`). `Co-authored-by` trailers of known AI agents
 * (`AI_CO_AUTHORS`) count too: the agent must be an approved tool (one whose `client` it is, or whose name
 * it has) and not a prohibited one. A message without either passes: nothing in a commit shows that AI was
 * used when no one says so.
 */
export function checkCommitMessage(
  message: string,
  facts: Pick<PolicyFacts, 'tools' | 'dataClasses' | 'decisions' | 'prohibitedTools' | 'disclosure'>,
): TrailerCheck {
  const key = planEnforcement(facts).commitTrailer?.key ?? null;
  const result: TrailerCheck = {key, named: [], problems: []};

  const lines = message.replace(/\r\n/g, '\n').split('\n');
  const pattern = key === null ? null : new RegExp(`^\\s*${key.replace(/-/g, '\\-')}\\s*:(.*)$`, 'i');
  const coAuthor = /^\s*co-authored-by\s*:(.*)$/i;
  const approved = facts.tools.map((tool) => tool.name);
  const prohibited = facts.prohibitedTools.map((tool) => tool.name);

  for (const [index, line] of lines.entries()) {
    if (SCISSORS.test(line)) break;
    if (line.startsWith('#')) continue;
    const problem = (text: string) =>
      result.problems.push({line: index + 1, trailer: line.trim(), message: text});
    const coAuthored = coAuthor.exec(line);
    if (coAuthored) {
      const value = coAuthored[1]!.trim();
      const agent = AI_CO_AUTHORS.find((candidate) => candidate.identity.test(value));
      if (!agent) continue;
      const banned = mentionedTool(value, prohibited) ?? mentionedTool(agent.agent, prohibited);
      if (banned) {
        problem(`is ${agent.agent}, and "${banned}" is a prohibited tool in the AI policy`);
        continue;
      }
      const tool =
        facts.tools.find((candidate) => agent.client !== null && candidate.client === agent.client)?.name ??
        namedTool(agent.agent, approved);
      if (tool) result.named.push(tool);
      else
        problem(
          `is ${agent.agent}, an AI agent that is not an approved tool${agent.client ? ` (no approved tool has client ${agent.client})` : ''}; approved: ${approved.join(', ')}`,
        );
      continue;
    }
    const match = pattern?.exec(line);
    if (!match) continue;
    const value = match[1]!.trim();
    if (value === '') {
      problem(`names no tool; write "${key}: <tool>" with one of: ${approved.join(', ')}`);
      continue;
    }
    const banned = mentionedTool(value, prohibited);
    if (banned) {
      problem(`"${banned}" is a prohibited tool in the AI policy; it must not be used for this repository`);
      continue;
    }
    const tool = namedTool(value, approved);
    if (tool) {
      result.named.push(tool);
      continue;
    }
    const hint = suggest(value, approved);
    problem(
      `"${value}" is not an approved tool; approved: ${approved.join(', ')}${hint ? ` (did you mean "${hint}"?)` : ''}`,
    );
  }
  return result;
}

/** The longest of `names` that the value mentions as whole words, anywhere in it. */
function mentionedTool(value: string, names: string[]): string | undefined {
  const normalized = ` ${normalizeToolName(value).replace(/[^\p{L}\p{N}.+-]+/gu, ' ')} `;
  return names
    .filter((name) => {
      const words = normalizeToolName(name)
        .replace(/[^\p{L}\p{N}.+-]+/gu, ' ')
        .trim();
      return words !== '' && normalized.includes(` ${words} `);
    })
    .sort((a, b) => b.length - a.length)[0];
}
/** The longest tool name that the trailer value is, or starts with before ` (` or ` <`. */
function namedTool(value: string, names: string[]): string | undefined {
  const normalized = normalizeToolName(value);
  return names
    .filter((name) => {
      const candidate = normalizeToolName(name);
      return (
        normalized === candidate ||
        normalized.startsWith(`${candidate} (`) ||
        normalized.startsWith(`${candidate} <`)
      );
    })
    .sort((a, b) => b.length - a.length)[0];
}
