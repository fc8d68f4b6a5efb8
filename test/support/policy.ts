/**
 * Shared helpers for the engine's tests: configs go through the same path as a user's file (YAML text →
 * `parsePolicyConfig`, so cross-field rules run too), and rendered markdown is read back with a real
 * markdown parser rather than with string matching.
 */
import type {Nodes, Root, Table} from 'mdast';
import {fromMarkdown} from 'mdast-util-from-markdown';
import {gfmFromMarkdown} from 'mdast-util-gfm';
import {toString as mdastToString} from 'mdast-util-to-string';
import {gfm} from 'micromark-extension-gfm';
import {stringify} from 'yaml';
import {parsePolicyConfig} from '../../src/config/parse.js';
import type {PolicyConfig, PolicyConfigInput} from '../../src/config/schema.js';
import {formatDiagnostic} from '../../src/diagnostics/text.js';
import {buildPolicyDocument} from '../../src/engine/build.js';
import type {PolicyDocument} from '../../src/engine/model.js';
import {renderPolicyMarkdown} from '../../src/render/markdown.js';
import {REGIME_IDS} from '../../src/vocabulary/config-values.js';

/** A small valid config: the minimum a user has to write. */
export const MINIMAL: PolicyConfigInput = {
  organization: 'Acme Corp',
  effectiveDate: '2026-06-15',
  tools: [{name: 'GitHub Copilot', agreement: 'enterprise'}],
};

/** Every regime, with a PHI class a BAA tool may receive, so every clause applies. */
export const ALL_REGIMES: PolicyConfigInput = {
  ...MINIMAL,
  compliance: [...REGIME_IDS],
  tools: [
    {name: 'GitHub Copilot', agreement: 'enterprise'},
    {name: 'Claude', agreement: ['enterprise', 'baa']},
  ],
  dataClasses: [
    {id: 'public', name: 'Public', rule: 'any-approved-tool'},
    {id: 'internal', name: 'Internal', rule: 'enterprise-agreement-only'},
    {id: 'phi', name: 'Patient records', rule: 'baa-only', categories: ['phi']},
    {id: 'restricted', name: 'Secrets', rule: 'never', categories: ['credentials']},
  ],
};

export function toYaml(input: unknown): string {
  return stringify(input, {lineWidth: 0});
}

/** Parses a config written as an object (through YAML text) and fails loudly when it is rejected. */
export function configOf(input: unknown): PolicyConfig {
  const result = parsePolicyConfig(toYaml(input), 'ai-policy.yml');
  if (!result.ok) throw new Error(`config rejected:\n${result.problems.map(formatDiagnostic).join('\n')}`);
  return result.config;
}

export function documentOf(input: unknown): PolicyDocument {
  return buildPolicyDocument(configOf(input));
}

export function markdownOf(input: unknown): string {
  return renderPolicyMarkdown(documentOf(input));
}

/** The formatted problems of a config source that must be rejected, as the CLI prints them. */
export function problemLines(source: string, fileName = 'ai-policy.yml'): string[] {
  const result = parsePolicyConfig(source, fileName);
  if (result.ok) throw new Error('expected the config to be rejected, but it was accepted');
  return result.problems.map(formatDiagnostic);
}

export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, {extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()]});
}

export function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children as Nodes[]) walk(child, visit);
}

export function nodesOfType<T extends Nodes['type']>(tree: Root, type: T): Array<Extract<Nodes, {type: T}>> {
  const found: Array<Extract<Nodes, {type: T}>> = [];
  walk(tree, (node) => {
    if (node.type === type) found.push(node as Extract<Nodes, {type: T}>);
  });
  return found;
}

export const textOf = (node: Nodes): string => mdastToString(node);

/** A GFM table as plain-text cells: `[header, ...rows]`. */
export function tableCells(table: Table): string[][] {
  return table.children.map((row) => row.children.map((cell) => textOf(cell)));
}

/**
 * The markdown of one section of a full rendered policy: from its `## Title` heading to the next `##`.
 * Sections are found by title, since the full document renders titles, not ids.
 */
export function sectionText(markdown: string, title: string): string {
  const start = markdown.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`no section titled "${title}"`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}
