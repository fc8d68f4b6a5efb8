import {ENGLISH, MESSAGE_IDS, type MessageId, messageSlots} from '../engine/messages.js';

/** One Docusaurus translation file: message id to `{message, description}`. */
export type TranslationFileContent = Record<string, {message: string; description?: string}>;

export interface TranslationFile {
  /** Relative to `i18n/<locale>/docusaurus-plugin-ai-policy[-<id>]/`, without `.json`: the content file's name. */
  path: string;
  content: TranslationFileContent;
}

/** A content file's namespace: `gdpr.processor` lives in `messages/en/gdpr.yml` and in `gdpr.json`. */
export function namespaceOf(id: string): string {
  return id.slice(0, id.indexOf('.'));
}

/**
 * What the command line says (`cli.yml`, `export.yml`, the config errors of `config.yml`, which the build
 * prints in English): never on a page, so not the site's to translate.
 */
const COMMAND_LINE_NAMESPACES = new Set(['cli', 'config', 'export']);

/** The messages a site shows (the policy, its history, the builder's changes): the ones it may translate. */
export const SITE_MESSAGE_IDS: readonly MessageId[] = MESSAGE_IDS.filter(
  (id) => !COMMAND_LINE_NAMESPACES.has(namespaceOf(id)),
);

function describe(id: MessageId): string {
  const slots = messageSlots(id);
  const kept = slots.length > 0 ? ` Keep its slots as written: {${slots.join('}, {')}}.` : '';
  return `AI policy text, message ${id} (messages/en/${namespaceOf(id)}.yml).${kept} Citations (Art., §) stay as the source writes them.`;
}

/**
 * What `docusaurus write-translations` writes for the policy: one file per content file, every message with
 * its English text as the message to translate. A message left as English counts as not translated, so the
 * shipped translation (or English) still applies to it.
 */
export function policyTranslationFiles(): TranslationFile[] {
  const files = new Map<string, TranslationFileContent>();
  for (const id of SITE_MESSAGE_IDS) {
    const namespace = namespaceOf(id);
    const content = files.get(namespace) ?? {};
    content[id] = {message: ENGLISH[id]!, description: describe(id)};
    files.set(namespace, content);
  }
  return [...files].map(([path, content]) => ({path, content}));
}
