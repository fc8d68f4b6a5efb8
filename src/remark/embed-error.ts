import {relative} from 'node:path';
import type {Node} from 'unist';
import type {VFile} from 'vfile';

/** Where the message came from, for vfile reporters that group by it. */
const ORIGIN = 'docusaurus-plugin-ai-policy:remark';

/** `docs/onboarding.md:12:1`: the part of a message an editor or terminal turns into a link. */
export function locate(file: VFile, node: Node): string {
  const path = file.path ? relative(process.cwd(), file.path) || file.path : '<input>';
  const start = node.position?.start;
  return start ? `${path}:${start.line}:${start.column}` : path;
}

/**
 * Fails the Markdown file's compilation. Docusaurus prints only an error's `message`, so the location is
 * part of the text; `place` still carries it for vfile reporters.
 */
export function failEmbed(file: VFile, node: Node, reason: string, cause?: Error): never {
  return file.fail(`${locate(file, node)}: ${reason}`, {
    place: node.position,
    source: ORIGIN,
    ...(cause === undefined ? {} : {cause}),
  });
}

/** `"soc2", "gdpr"` for the "valid values are" part of a message. */
export function quoteList(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(', ');
}

/** ` Did you mean "x"?`, or nothing when no candidate is close. */
export function didYouMean(
  suggestion: string | undefined,
  shape: (value: string) => string = (v) => `"${v}"`,
): string {
  return suggestion === undefined ? '' : ` Did you mean ${shape(suggestion)}?`;
}
