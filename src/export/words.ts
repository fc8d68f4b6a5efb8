import type {PhrasingContent} from 'mdast';
import {ENGLISH_LANGUAGE} from '../engine/context.js';
import {toInlines} from '../engine/inline.js';
import {formatMessage, type MessageId, messageText, type Slots} from '../engine/messages.js';
import {inlinesMdast} from '../render/mdast.js';
import type {ExportOptions} from './options.js';

/**
 * The words of the files written for coding agents (`messages/<locale>/export.yml`), in the export's
 * language: as mdast for the Markdown files, as plain text for headers, and names joined as prose.
 */
export function exportWords(options: ExportOptions) {
  const language = options.language ?? ENGLISH_LANGUAGE;
  const text = (id: MessageId, slots?: Slots) => messageText(language, id, slots);
  return {
    say: (id: MessageId, slots: Slots = {}): PhrasingContent[] =>
      inlinesMdast(toInlines(formatMessage(language.catalog, language.locale, id, slots))),
    text,
    /** "A", "A and B", "A, B or C". */
    names: (names: readonly string[], conjunction: 'and' | 'or'): string =>
      names.length <= 1
        ? (names[0] ?? '')
        : text(conjunction === 'and' ? 'common.list-and' : 'export.list-or', {
            head: names.slice(0, -1).join(text('common.list-separator')),
            last: names.at(-1)!,
          }),
  };
}
