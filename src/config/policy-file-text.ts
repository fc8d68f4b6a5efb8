import {stringify} from 'yaml';
import type {PolicyConfigInput} from './schema.js';

/**
 * The comment lines at the top of every `ai-policy.yml` that `ai-policy init` and the site's policy builder
 * write (here, free of Node built-ins, so the builder's browser bundle shares the one writer). The first tells
 * editors with the YAML language server where the JSON Schema is (the installed package's copy, relative to
 * the file, which `init` writes next to `node_modules`), so they check and complete the file as it is typed.
 */
export const POLICY_FILE_HEADER_LINES: readonly string[] = [
  '# yaml-language-server: $schema=./node_modules/docusaurus-plugin-ai-policy/lib/ai-policy.schema.json',
  '# AI tool usage policy: reviewed like code. Reference: the docusaurus-plugin-ai-policy README.',
];

/** The text of a new policy file: the header lines, then the config as YAML. */
export function policyFileText(config: PolicyConfigInput): string {
  return `${POLICY_FILE_HEADER_LINES.map((line) => `${line}\n`).join('')}${stringify(config, {lineWidth: 100})}`;
}
