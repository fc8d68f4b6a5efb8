import {createHash} from 'node:crypto';
import type {PolicyConfig} from './schema.js';

/**
 * The policy's version: the first 12 hex digits of the SHA-256 of the validated config (every default
 * applied) written as JSON with sorted keys. Two files that mean the same policy (other comments, key order,
 * quoting, a default spelled out) have the same version; any change in meaning gives a new one. Pure.
 */
export function policyVersion(config: PolicyConfig): string {
  return createHash('sha256').update(canonicalJson(config)).digest('hex').slice(0, 12);
}

/** JSON with object keys sorted at every level; array order is kept (it is meaningful in the config). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const child = (value as Record<string, unknown>)[key];
    if (child !== undefined) sorted[key] = sortKeys(child);
  }
  return sorted;
}
