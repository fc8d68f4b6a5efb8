import {type Alias, type Document, visit} from 'yaml';

/** yaml's own guard: more aliased values than this means a "billion laughs" document, not a policy. */
export const MAX_ALIAS_COUNT = 100;

export type PlainValue =
  | {ok: true; value: unknown}
  /** `offset` is where the alias that could not be resolved sits in the source. */
  | {ok: false; offset: number; message: string; aliasBomb: boolean};

/**
 * The document as plain data, with yaml's limit on alias expansion.
 *
 * yaml throws while it resolves aliases, in document order, and its error does not say which alias it
 * was resolving. So each alias of this document (its own nodes, nothing shared) records itself when yaml
 * resolves it for conversion: when the conversion throws, the last one recorded is the alias that took the
 * document past the limit, or the one whose anchor is missing, and that is where the user has to look.
 */
export function toPlainValue(document: Document): PlainValue {
  // Almost every policy converts at once; only a failing one pays for finding the alias to blame.
  try {
    return {ok: true, value: document.toJS({maxAliasCount: MAX_ALIAS_COUNT})};
  } catch {
    return blameAlias(document);
  }
}

function blameAlias(document: Document): PlainValue {
  let resolving: Alias | undefined;
  visit(document, {
    Alias(_key, alias) {
      const resolve = alias.resolve;
      alias.resolve = (doc, context) => {
        // yaml also resolves aliases without a context to measure them; only conversion can throw.
        if (context) resolving = alias;
        return resolve.call(alias, doc, context);
      };
    },
  });
  try {
    return {ok: true, value: document.toJS({maxAliasCount: MAX_ALIAS_COUNT})};
  } catch (error) {
    const message = (error as Error).message;
    return {
      ok: false,
      offset: resolving?.range?.[0] ?? 0,
      message,
      aliasBomb: /excessive alias count/i.test(message),
    };
  }
}
