/**
 * The policy theme rendered with React's server renderer outside Docusaurus, for tests that check what a
 * reader of a page gets. `mockSiteModules()` stands in for the site's own modules (Link, Layout, Heading,
 * Admonition, CodeBlock) and points each `@theme/AiPolicy*` id at our component; call it at the top of
 * the test file, before the first `await import` of a theme component (the mocks apply to later imports).
 */
/// <reference path="../../theme/theme-ai-policy.d.ts" />
import {createRequire} from 'node:module';
import path from 'node:path';
import type {LoadContext, PluginContentLoadedActions, RouteConfig} from '@docusaurus/types';
import {createElement, type ReactElement, type ReactNode} from 'react';
import {vi} from 'vitest';
import type {DraftContext, DraftEvaluation, ValidDraft} from '../../src/builder/index.js';
import type {PolicyConfig} from '../../src/config/schema.js';
import type {PolicyDocument} from '../../src/engine/model.js';
import pluginAiPolicy, {type AiPolicyLoadedContent} from '../../src/plugin/index.js';
import {validateOptions} from '../../src/plugin/options.js';
import {headerFields} from '../../src/render/header-fields.js';

// Loaded with require and typed here: the repository has no @types/react-dom.
export const {renderToStaticMarkup} = createRequire(import.meta.url)('react-dom/server') as {
  renderToStaticMarkup(element: ReactElement): string;
};

const link = ({to, href, children, ...rest}: {to?: string; href?: string; children?: ReactNode}) =>
  createElement('a', {href: to ?? href, ...rest}, children);

const layout = ({children}: {children?: ReactNode}) => createElement('div', {id: 'layout'}, children);

const heading = ({as, children, ...rest}: {as: string; children?: ReactNode}) =>
  createElement(as, rest, children);

// The title is kept as the box's accessible name, so a test can tell which notice it is.
const admonition = ({type, title, children}: {type: string; title?: string; children?: ReactNode}) =>
  createElement('div', {className: `alert alert--${type}`, 'aria-label': title}, children);

const codeBlock = ({children}: {children?: ReactNode}) => createElement('pre', null, children);

/** The theme's own components, each behind its `@theme/` id as the site's bundler resolves it. */
const THEME_COMPONENTS = {
  AiPolicyInline: () => import('../../theme/AiPolicyInline/index.js'),
  AiPolicyBlocks: () => import('../../theme/AiPolicyBlocks/index.js'),
  AiPolicyTable: () => import('../../theme/AiPolicyTable/index.js'),
  AiPolicyDataClassTable: () => import('../../theme/AiPolicyDataClassTable/index.js'),
  AiPolicyToolMatrix: () => import('../../theme/AiPolicyToolMatrix/index.js'),
  AiPolicySubpage: () => import('../../theme/AiPolicySubpage/index.js'),
  AiPolicyBackLink: () => import('../../theme/AiPolicyBackLink/index.js'),
};

export function mockSiteModules(): void {
  vi.doMock('@docusaurus/Link', () => ({default: link}));
  vi.doMock('@theme/Layout', () => ({default: layout}));
  vi.doMock('@theme/Heading', () => ({default: heading}));
  vi.doMock('@theme/Admonition', () => ({default: admonition}));
  vi.doMock('@theme/CodeBlock', () => ({default: codeBlock}));
  for (const [name, load] of Object.entries(THEME_COMPONENTS)) vi.doMock(`@theme/${name}`, load);
}

/** Every section of the document as the policy page lays it out, plus its header fields and footer. */
export async function renderDocumentHtml(document: PolicyDocument): Promise<string> {
  const {default: AiPolicySection} = await import('../../theme/AiPolicySection/index.js');
  const {default: AiPolicyHeader} = await import('../../theme/AiPolicyHeader/index.js');
  const {default: AiPolicyBlocks} = await import('../../theme/AiPolicyBlocks/index.js');
  return [
    renderToStaticMarkup(createElement(AiPolicyHeader, {fields: headerFields(document)})),
    ...document.sections.map((section) =>
      // No section page link: every href in the output then comes from the policy's own content.
      renderToStaticMarkup(createElement(AiPolicySection, {section, headingLevel: 2})),
    ),
    renderToStaticMarkup(createElement(AiPolicyBlocks, {blocks: document.footer, sectionHeadingLevel: 1})),
  ].join('\n');
}

/**
 * The routes the plugin adds for the policy in `siteDir` and the data each page receives (by file name),
 * from loadContent then contentLoaded, as Docusaurus runs them. The history and staleness checks are off
 * unless `options` turns them on.
 */
export async function pluginPages(
  siteDir: string,
  options: Record<string, unknown>,
  {baseUrl = '/'}: {baseUrl?: string} = {},
): Promise<{routes: RouteConfig[]; data: Map<string, unknown>}> {
  const plugin = pluginAiPolicy(
    {siteDir, siteConfig: {baseUrl}, generatedFilesDir: path.join(siteDir, '.docusaurus')} as LoadContext,
    validateOptions({options: {history: false, onStale: 'ignore', ...options}}),
  );
  const content = (await plugin.loadContent!()) as AiPolicyLoadedContent;
  const routes: RouteConfig[] = [];
  const data = new Map<string, unknown>();
  const actions = {
    addRoute: (route: RouteConfig) => routes.push(route),
    createData: async (name: string, value: unknown) => {
      data.set(name, typeof value === 'string' ? JSON.parse(value) : structuredClone(value));
      return `@generated/${name}`;
    },
    setGlobalData: () => {},
  } as unknown as PluginContentLoadedActions;
  await plugin.contentLoaded!({content, actions, allContent: {}} as never);
  return {routes, data};
}

/** The day the builder tests judge drafts on, and pass to `ai-policy check --today` to compare. */
export const BUILDER_TODAY = '2026-12-01';

/** What the builder page knows about the site's policy `current`, with a fixed version and day. */
export function draftContext(current: PolicyConfig, overlay?: DraftContext['overlay']): DraftContext {
  return {current, currentVersion: 'abc123abc123', fileName: 'ai-policy.yml', today: BUILDER_TODAY, overlay};
}

/** The draft, or the failure of the test with every problem the builder would show. */
export function validDraft(draft: DraftEvaluation): ValidDraft {
  if (!draft.ok) throw new Error(draft.problems.map((problem) => problem.report).join('\n'));
  return draft;
}
