import type {Inline} from '../vocabulary/document-nodes.js';
import type {PolicyContext} from './context.js';
import {type InlineInput, toInlines} from './inline.js';

/**
 * Sentences about who may receive what are built here, and only here: each takes its facts from the
 * decision table and records them as a claim, so the words cannot say something the table does not.
 */

/** The approved tools that may receive a class, as the table says, worded by `phrase`. */
export function classRecipientsClaim(
  context: PolicyContext,
  classId: string,
  phrase: (tools: string[], unlisted: boolean) => InlineInput[],
): Inline {
  const tools = context.table.recipients(classId);
  const unlisted = context.table.unlistedMayReceive(classId);
  return {
    type: 'claim',
    claim: {kind: 'class-recipients', dataClass: classId, tools, unlisted},
    children: toInlines(phrase(tools, unlisted)),
  };
}

/** The classes a tool may receive (`null`: any tool not on the list), worded by `phrase`. */
export function toolClassesClaim(
  context: PolicyContext,
  tool: string | null,
  phrase: (classIds: string[]) => InlineInput[],
): Inline {
  const classes = context.table.classesFor(tool);
  return {
    type: 'claim',
    claim: {kind: 'tool-classes', tool, classes},
    children: toInlines(phrase(classes)),
  };
}
