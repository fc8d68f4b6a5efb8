import {stringify} from 'yaml';
import type {PolicyConfigInput} from '../config/schema.js';

/**
 * The comment lines at the top of every `ai-policy.yml` that `ai-policy init` writes.
 *
 * SCHEMA HEADER GOES HERE. The JSON Schema work adds `# yaml-language-server: $schema=...` as the first
 * line of this list (editors read it to validate and complete the file); nothing else writes file headers.
 */
export const POLICY_FILE_HEADER_LINES: readonly string[] = [
  '# AI tool usage policy: reviewed like code. Reference: the docusaurus-plugin-ai-policy README.',
];

/** The text of a new policy file: the header lines, then the config as YAML. */
export function policyFileText(config: PolicyConfigInput): string {
  return `${POLICY_FILE_HEADER_LINES.map((line) => `${line}\n`).join('')}${stringify(config, {lineWidth: 100})}`;
}
