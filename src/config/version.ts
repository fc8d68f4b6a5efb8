import {createHash} from 'node:crypto';
import {canonicalJson} from './canonical-json.js';
import type {PolicyConfig} from './schema.js';

/**
 * The policy's version: the first 12 hex digits of the SHA-256 of the validated config (every default
 * applied) written as JSON with sorted keys. Two files that mean the same policy (other comments, key order,
 * quoting, a default spelled out) have the same version; any change in meaning gives a new one. Pure.
 */
export function policyVersion(config: PolicyConfig): string {
  return createHash('sha256').update(canonicalJson(config)).digest('hex').slice(0, 12);
}
