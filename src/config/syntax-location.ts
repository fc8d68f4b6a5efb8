import {CST, Parser, type YAMLError} from 'yaml';

/** What yaml says when a flow collection or a quoted string is never closed. */
const UNCLOSED_FLOW = /^Flow (sequence|map)\b.* end with an? ([\]}])$/;
const UNCLOSED_QUOTE = /^Missing closing (["'])quote/;

const CLOSING = {'[': ']', '{': '}'} as const;

/**
 * Where each syntax error should be reported, as source offsets (one per error, in order).
 *
 * yaml reports an unclosed `[`, `{` or quote where it gives up: at the next line that is not indented
 * enough or at the end of the file, which is often a different key entirely. The user has to find the
 * opening delimiter, so these errors point at it. Every other error keeps yaml's own position.
 */
export function syntaxErrorOffsets(source: string, errors: readonly YAMLError[]): number[] {
  const needsOpening = errors.some(
    (error) => UNCLOSED_FLOW.test(error.message) || UNCLOSED_QUOTE.test(error.message),
  );
  if (!needsOpening) return errors.map((error) => error.pos[0]);

  const {unclosedCollections, quotedScalars} = delimitedTokens(source);
  const claimed = new Set<number>();
  return errors.map((error) => {
    const flow = UNCLOSED_FLOW.exec(error.message);
    if (flow) {
      const opening = flow[1] === 'sequence' ? '[' : '{';
      // Nested unclosed collections give one error each; the innermost unclaimed one is this error's.
      const match = unclosedCollections
        .filter(
          (token) => token.opening === opening && token.offset <= error.pos[0] && !claimed.has(token.offset),
        )
        .at(-1);
      if (match) {
        claimed.add(match.offset);
        return match.offset;
      }
    }
    const quote = UNCLOSED_QUOTE.exec(error.message);
    if (quote) {
      // An unclosed quoted string runs on to where yaml stops, so it is the one that reaches the error.
      const match = quotedScalars.find(
        (token) =>
          token.source.startsWith(quote[1]!) &&
          token.offset < error.pos[0] &&
          token.offset + token.source.length >= error.pos[0],
      );
      if (match) return match.offset;
    }
    return error.pos[0];
  });
}

interface Delimited {
  unclosedCollections: Array<{offset: number; opening: '[' | '{'}>;
  quotedScalars: Array<{offset: number; source: string}>;
}

/** Flow collections without their closing bracket, and quoted scalars, from yaml's concrete syntax tree. */
function delimitedTokens(source: string): Delimited {
  const found: Delimited = {unclosedCollections: [], quotedScalars: []};
  for (const token of new Parser().parse(source)) {
    if (token.type !== 'document') continue;
    CST.visit(token, (item) => {
      for (const node of [item.key, item.value]) {
        if (node?.type === 'flow-collection') {
          const opening = node.start.source as '[' | '{';
          // A `}` where `]` belongs does not close a sequence, so the closing must be the matching one.
          const closed = node.end.some((end) => end.source === CLOSING[opening]);
          if (!closed) found.unclosedCollections.push({offset: node.offset, opening});
        } else if (node?.type === 'double-quoted-scalar' || node?.type === 'single-quoted-scalar') {
          found.quotedScalars.push({offset: node.offset, source: node.source});
        }
      }
    });
  }
  found.unclosedCollections.sort((a, b) => a.offset - b.offset);
  return found;
}
