import type {HeaderField, PolicyDocument} from '../engine/model.js';

export type {HeaderField};

/** The policy header as labelled fields, in reading order, as the engine worded them. */
export function headerFields(document: PolicyDocument): HeaderField[] {
  return document.header.fields;
}
