import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {PolicyLanguage} from '../engine/context.js';
import {ENGLISH_LANGUAGE} from '../engine/context.js';
import {type MessageId, messageText} from '../engine/messages.js';

/** The config files Docusaurus 3 looks for in a site directory, in its own order of preference. */
const SITE_CONFIG_FILES = [
  'docusaurus.config.ts',
  'docusaurus.config.mjs',
  'docusaurus.config.js',
  'docusaurus.config.cjs',
];

/** What a site's config already does for the plugin, as far as reading its text can tell. */
export interface SiteConfigFacts {
  /** File name in the site directory, or undefined when there is none. */
  file: string | undefined;
  commonJs: boolean;
  loadsPlugin: boolean;
  importsRemark: boolean;
  usesRemark: boolean;
  linksPolicy: boolean;
}

/**
 * Reads `docusaurus.config.*` as text, never runs it: running a site's config would import its whole
 * toolchain, and a text search is enough to say "already there" for the usual spellings. A commented-out
 * line counts as present; the advice is a convenience, not a check.
 */
export function readSiteConfigFacts(siteDir: string): SiteConfigFacts {
  const file = SITE_CONFIG_FILES.find((name) => existsSync(path.join(siteDir, name)));
  let text = '';
  try {
    if (file !== undefined) text = readFileSync(path.join(siteDir, file), 'utf8');
  } catch {
    // Unreadable (permissions, a folder of that name): then nothing is known to be there, and all the
    // lines are printed, which is the safe side of advice.
  }
  return {
    file,
    commonJs:
      file?.endsWith('.cjs') === true ||
      (file?.endsWith('.js') === true && /\brequire\(|\bmodule\.exports\b/.test(text)),
    loadsPlugin: /['"`]docusaurus-plugin-ai-policy['"`]/.test(text),
    importsRemark: /docusaurus-plugin-ai-policy\/remark/.test(text),
    // Either placement: `remarkPlugins` or the documented `beforeDefaultRemarkPlugins`.
    usesRemark: /(?:\bremarkPlugins|beforeDefaultRemarkPlugins)\s*:\s*\[[^\]]*\bremarkAiPolicy\b/.test(text),
    linksPolicy: /['"`]\/ai-policy\/?['"`]/.test(text),
  };
}

/**
 * The lines to add to the site's config for the plugin, its remark directive and a navbar link, or a
 * sentence saying they are there. `policyFile` is the written file relative to the site directory: the
 * plugin needs the option only when it is not the default `ai-policy.yml`.
 */
export function siteConfigAdvice(
  facts: SiteConfigFacts,
  policyFile: string,
  language: PolicyLanguage = ENGLISH_LANGUAGE,
): {complete: boolean; lines: string[]} {
  // The sentences are the locale's (`cli.init.site.*`); the lines to paste are code, the same in every one.
  const t = (id: string, slots?: Record<string, string>) =>
    messageText(language, `cli.init.site.${id}` as MessageId, slots);
  const configName = facts.file ?? 'docusaurus.config.ts';
  const pluginEntry =
    policyFile === 'ai-policy.yml'
      ? `'docusaurus-plugin-ai-policy',`
      : `['docusaurus-plugin-ai-policy', {policyFile: ${JSON.stringify(policyFile.replaceAll('\\', '/'))}}],`;
  const present: string[] = [];
  const steps: Array<[where: string, line: string]> = [];
  if (facts.importsRemark) present.push(t('imports-remark'));
  else
    steps.push([
      t('at-top'),
      facts.commonJs
        ? `const {remarkAiPolicy} = require('docusaurus-plugin-ai-policy/remark');`
        : `import {remarkAiPolicy} from 'docusaurus-plugin-ai-policy/remark';`,
    ]);
  if (facts.usesRemark) present.push(t('uses-remark'));
  else
    steps.push([
      // Before Docusaurus's own remark plugins, embedded headings get their ids and TOC entries from them.
      t('in-preset'),
      'beforeDefaultRemarkPlugins: [remarkAiPolicy],',
    ]);
  if (facts.loadsPlugin) present.push(t('loads-plugin'));
  else steps.push([t('in-plugins'), pluginEntry]);
  if (facts.linksPolicy) present.push(t('links-policy'));
  else steps.push([t('in-navbar'), `{to: '/ai-policy', label: 'AI policy', position: 'left'},`]);

  if (steps.length === 0)
    return {
      complete: true,
      lines: [t('complete', {config: configName})],
    };
  const lines: string[] = [];
  if (facts.file === undefined) lines.push(t('no-config', {config: configName}));
  else if (present.length > 0) lines.push(t('partly', {config: configName, present: present.join(', ')}));
  else lines.push(t('add', {config: configName}));
  for (const [where, line] of steps) lines.push(`  ${where}`, `    ${line}`);
  return {complete: false, lines};
}
