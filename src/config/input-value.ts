import {parseDocument} from 'yaml';
import {toPlainValue} from './alias-limit.js';

/**
 * The policy file as its author wrote it: plain data, before validation fills in defaults. The site's
 * policy builder starts its form from this, so a saved draft spells out only what the file spelled out.
 * Null when the source is not a mapping (an invalid file never reaches the builder: the build stops first).
 */
export function readPolicyInput(source: string): Record<string, unknown> | null {
  const document = parseDocument(source, {uniqueKeys: true});
  if (document.errors.length > 0) return null;
  const plain = toPlainValue(document);
  if (!plain.ok) return null;
  const value = plain.value;
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}
