import type {PolicyContext} from '../context.js';
import type {Block} from '../model.js';

/** What a section builder returns; the assembler adds the id, kind and any rename from the config. */
export interface SectionContent {
  title: string;
  summary: string;
  blocks: Block[];
}

export type SectionBuilder = (context: PolicyContext) => SectionContent;
