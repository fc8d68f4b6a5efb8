import type {DataClassConfig} from '../config/schema.js';
import type {Inline} from '../vocabulary/document-nodes.js';
import {punctuate} from '../vocabulary/locale-format.js';
import type {PolicyContext} from './context.js';
import {type InlineInput, strong, toInlines} from './inline.js';
import {say} from './messages.js';
import {strongNames} from './phrases.js';
import type {Wording} from './wording.js';

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

/**
 * "**Restricted** may go only into **Claude**; **Clinical** must not go into any AI tool": where each of
 * the classes may go, one claim per class, for the regimes that speak of a kind of data.
 */
export function classRecipientsList(
  context: PolicyContext,
  classes: readonly DataClassConfig[],
  wording: Wording,
): InlineInput[] {
  return classes.flatMap((dataClass, index) => [
    index === 0 ? '' : `${punctuate(';', context.locale)} `,
    classRecipientsClaim(context, dataClass.id, (tools, unlisted) => {
      const name = strong(dataClass.name);
      // Every caller speaks of data a hard rule keeps from tools off the list (PHI, personal and
      // cardholder data), so the table never lets unlisted tools have it; words for that case would lie.
      if (unlisted) throw new Error(`internal: unlisted tools may receive "${dataClass.id}"`);
      if (tools.length === 0) return say(context, 'common.recipients.never', {name, voice: wording.posture});
      return say(context, 'common.recipients.only', {name, tools: strongNames(context, tools)});
    }),
  ]);
}
