import {suggest} from '../config/suggest.js';
import {planEnforcement} from '../engine/enforcement.js';
import type {PolicyFacts} from '../engine/model.js';
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
 * Checks the commit trailers that declare AI assistance (`Assisted-by: <tool>` or whatever the policy's
 * `disclosure.commitTrailer` names): each must name an approved tool, and never a prohibited one. The value
 * may go on after the name with a space and `(` or `<` (`Claude Code <noreply@...>`). A message without
 * the trailer passes: nothing in a commit shows that AI was used when no one says so.
 */
export function checkCommitMessage(
  message: string,
  facts: Pick<PolicyFacts, 'tools' | 'dataClasses' | 'decisions' | 'prohibitedTools' | 'disclosure'>,
): TrailerCheck {
  const key = planEnforcement(facts).commitTrailer?.key ?? null;
  const result: TrailerCheck = {key, named: [], problems: []};
  if (key === null) return result;

  const lines = message.replace(/\r\n/g, '\n').split('\n');
  const pattern = new RegExp(`^\\s*${key.replace(/-/g, '\\-')}\\s*:(.*)$`, 'i');
  const approved = facts.tools.map((tool) => tool.name);
  const prohibited = facts.prohibitedTools.map((tool) => tool.name);

  for (const [index, line] of lines.entries()) {
    if (SCISSORS.test(line)) break;
    if (line.startsWith('#')) continue;
    const match = pattern.exec(line);
    if (!match) continue;
    const value = match[1]!.trim();
    const problem = (text: string) =>
      result.problems.push({line: index + 1, trailer: line.trim(), message: text});
    if (value === '') {
      problem(`names no tool; write "${key}: <tool>" with one of: ${approved.join(', ')}`);
      continue;
    }
    const banned = namedTool(value, prohibited);
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
