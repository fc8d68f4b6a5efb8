/**
 * Unicode's bidirectional formatting characters, with the names a reader can look up. They are invisible,
 * and an unterminated one reorders everything after it up to the end of the paragraph: an organization
 * named "Acme <U+202E>evil" reverses the rest of every sentence that quotes it ("Trojan Source").
 */
export const BIDI_CONTROL_NAMES = new Map([
  ['\u202a', 'LEFT-TO-RIGHT EMBEDDING'],
  ['\u202b', 'RIGHT-TO-LEFT EMBEDDING'],
  ['\u202c', 'POP DIRECTIONAL FORMATTING'],
  ['\u202d', 'LEFT-TO-RIGHT OVERRIDE'],
  ['\u202e', 'RIGHT-TO-LEFT OVERRIDE'],
  ['\u2066', 'LEFT-TO-RIGHT ISOLATE'],
  ['\u2067', 'RIGHT-TO-LEFT ISOLATE'],
  ['\u2068', 'FIRST STRONG ISOLATE'],
  ['\u2069', 'POP DIRECTIONAL ISOLATE'],
  ['\u200e', 'LEFT-TO-RIGHT MARK'],
  ['\u200f', 'RIGHT-TO-LEFT MARK'],
  ['\u061c', 'ARABIC LETTER MARK'],
]);
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export const codePoint = (char: string) =>
  `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Shows each bidirectional control as `<U+202E>`, for text printed to a terminal, which obeys them too. */
export function showBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, (char) => `<${codePoint(char)}>`);
}
