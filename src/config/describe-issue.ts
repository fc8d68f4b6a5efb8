import type {z} from 'zod';
import {suggest} from './suggest.js';

/** What a zod issue means for the person editing the file: the message and, for near-misses, a suggestion. */
export interface IssueDescription {
  message: string;
  suggestion?: string;
}

export function describeIssue(issue: z.core.$ZodIssue, knownKeys: readonly string[]): IssueDescription[] {
  switch (issue.code) {
    case 'invalid_value': {
      const values = issue.values.map(String);
      const input = (issue as {input?: unknown}).input;
      const suggestion = typeof input === 'string' ? suggest(input, values) : undefined;
      return [
        {
          message: `expected one of ${values.join(' | ')}, got ${describeValue(input)}`,
          ...(suggestion && {suggestion}),
        },
      ];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const suggestion = suggest(key, knownKeys);
        const valid = knownKeys.length > 0 ? `; valid keys here: ${knownKeys.join(', ')}` : '';
        return {message: `unknown key "${key}"${valid}`, ...(suggestion && {suggestion})};
      });
    case 'invalid_type': {
      const input = (issue as {input?: unknown}).input;
      if (input === undefined)
        return [{message: `is required: ${withoutPrefix(issue.message, issue.expected)}`}];
      return [{message: `${withoutPrefix(issue.message, issue.expected)}, got ${describeValue(input)}`}];
    }
    case 'invalid_union':
      return [{message: unionMessage(issue)}];
    default:
      return [{message: issue.message}];
  }
}

/** zod's default type message is generic; our schema's custom ones already say what is expected. */
function withoutPrefix(message: string, expected: string): string {
  return message.startsWith('Invalid input') ? `expected ${article(expected)}` : message;
}

/** zod's type names, in the words of the YAML file the reader is editing (`describeValue` uses the same). */
const YAML_TYPE_NAMES: Record<string, string> = {array: 'list', object: 'mapping'};

function article(type: string): string {
  const name = YAML_TYPE_NAMES[type] ?? type;
  return /^[aeiou]/.test(name) ? `an ${name}` : `a ${name}`;
}

function unionMessage(issue: z.core.$ZodIssueInvalidUnion): string {
  // Our only unions are "a string or an object"; name both shapes rather than zod's "Invalid input".
  const expected = issue.errors
    .map((branch) => branch.find((inner) => inner.code === 'invalid_type' && inner.path.length === 0))
    .filter((inner): inner is z.core.$ZodIssueInvalidType => inner !== undefined)
    .map((inner) =>
      inner.expected === 'object' ? 'a mapping with name and reason' : article(inner.expected),
    );
  const input = (issue as {input?: unknown}).input;
  if (expected.length === issue.errors.length)
    return `expected ${expected.join(' or ')}, got ${describeValue(input)}`;
  // One branch matched the shape but failed inside: report that branch's first problem.
  const inner = issue.errors.flat().find((candidate) => candidate.path.length > 0);
  return inner ? `${inner.path.join('.')}: ${inner.message}` : issue.message;
}

export function describeValue(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return `${typeof value} ${String(value)}`;
}
