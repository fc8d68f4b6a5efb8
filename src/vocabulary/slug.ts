/**
 * The anchor slug of a heading's text, by GitHub's rule (the one Docusaurus's heading ids follow too):
 * lower case, punctuation other than `-` and `_` dropped, each space a `-`. One rule for every anchor the
 * policy has, so a link copied from one rendering works in all the others.
 */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}
