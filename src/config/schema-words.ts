import type {DiagnosticMessage} from '../diagnostics/diagnostic.js';

/**
 * The rules a schema field words itself ("expected the policy owner, got an empty string"), as catalog data
 * too (`messages/<locale>/config.yml`), so a report can say them in the command line's `--locale`. zod keeps
 * only a check's message on its issue, so each English message is remembered here with its catalog form when
 * the schema is built, and `describeIssue` looks the message up.
 */
const SAID = new Map<string, DiagnosticMessage>();

/** `english`, remembered as `say`: what the schema passes to zod as a check's `error`. */
export function schemaWords(english: string, say: DiagnosticMessage): string {
  SAID.set(english, say);
  return english;
}

/** The catalog form of a message `schemaWords` returned; undefined for any other. */
export function schemaWordsSaid(message: string): DiagnosticMessage | undefined {
  return SAID.get(message);
}

/**
 * What each field expects, as `text()` and `id()` in `schema.ts` name it, with its `config.field.*` id: the
 * English words are the key, so the schema reads as before and a field the table lacks fails its test.
 */
const FIELDS: Record<string, string> = {
  'a model id, e.g. anthropic/claude-sonnet-4': 'model-id',
  'the tool name': 'tool-name',
  'the vendor name': 'vendor-name',
  'a data class id': 'data-class-id',
  'the conditions of use': 'conditions',
  'a link to the tool or its internal setup guide': 'tool-link',
  'the class id': 'class-id',
  'the class name': 'class-name',
  'an example': 'example',
  'the prohibited tool name': 'prohibited-tool-name',
  'the reason': 'reason',
  'a host name': 'host-name',
  'the section id': 'section-id',
  'the section title': 'section-title',
  'a section id': 'a-section-id',
  'a baseline: a relative path such as ./base.yml, or an npm package name': 'baseline',
  'the organization name': 'organization-name',
  'the policy owner': 'policy-owner',
  'a use case': 'use-case',
  'a kind of decision, e.g. credit decisions': 'decision-kind',
  'the training course name or link': 'training-course',
  'how often training is repeated, e.g. annually': 'training-refresh',
  'the commit trailer, e.g. "Assisted-by: <tool>"': 'commit-trailer',
  'the review turnaround, e.g. one week': 'review-turnaround',
  'where to request a review': 'review-contact',
  'the budget owner': 'budget-owner',
  'how fast anomalies are investigated': 'anomaly-response',
  'the tool that tracks spend and enforces caps': 'budget-tooling',
  'who approves exceptions': 'exception-approver',
  'who the exception is for': 'exception-who',
  'what the exception allows': 'exception-what',
  'who approved it': 'exception-approved-by',
  'a tool name': 'a-tool-name',
  'the incident contact': 'incident-contact',
  'the incident channel': 'incident-channel',
  'the new section title': 'new-section-title',
  'a tool name of the baseline': 'baseline-tool-name',
};

/** A field's `what` as a catalog message; a field missing from the table is a mistake in this module. */
export function fieldSaid(what: string): DiagnosticMessage {
  const id = FIELDS[what];
  if (id === undefined) throw new Error(`schema-words.ts names no config.field message for "${what}"`);
  return {id: `field.${id}`};
}
