import type {DraftBlock} from '../anchors.js';
import type {PolicyContext} from '../context.js';
import type {PolicyFacts} from '../model.js';

/** What a section builder returns; the assembler adds the id, kind and any rename from the config. */
export interface SectionContent {
  title: string;
  summary: string;
  blocks: DraftBlock[];
}

/** `facts` are the document's facts, built once; only the Enforcement part reads them. */
export type SectionBuilder = (context: PolicyContext, facts: PolicyFacts) => SectionContent;
