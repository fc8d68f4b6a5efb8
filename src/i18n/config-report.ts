import type {DiagnosticMessage} from '../diagnostics/diagnostic.js';
import {ENGLISH_REPORT_WORDS, type ReportWords} from '../diagnostics/text.js';
import type {PolicyLanguage} from '../engine/context.js';
import {isEnglishLocale, type MessageId, messageText} from '../engine/messages.js';

/**
 * The words of a config report in `language`: the heading, "did you mean" and each problem's message, from
 * `messages/<locale>/config.yml`. English keeps the words the config code wrote, so an English report is
 * the same byte for byte whichever adapter prints it. A problem with no catalog message (a schema field's
 * own wording) is shown as written.
 */
export function configReportWords(language: PolicyLanguage): ReportWords {
  if (isEnglishLocale(language.locale)) return ENGLISH_REPORT_WORDS;
  return {
    heading: (count) => messageText(language, 'config.report.heading', {count}),
    didYouMean: (suggestion) => ` ${messageText(language, 'config.report.did-you-mean', {suggestion})}`,
    message: (diagnostic) =>
      diagnostic.say === undefined ? diagnostic.message : configMessageText(diagnostic.say, language),
  };
}

/** One catalog message with its slots, a slot that is itself a message said first. */
export function configMessageText(message: DiagnosticMessage, language: PolicyLanguage): string {
  const slots: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.slots ?? {}))
    slots[name] = typeof value === 'object' ? configMessageText(value, language) : value;
  return messageText(language, `config.${message.id}` as MessageId, slots);
}
