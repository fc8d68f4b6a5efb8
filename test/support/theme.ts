/**
 * The policy theme rendered with React's server renderer outside Docusaurus, for tests that check what a
 * reader of a page gets. `mockSiteModules()` stands in for the site's own modules (Link, Layout, Heading,
 * Admonition, CodeBlock) and points each `@theme/AiPolicy*` id at our component; call it at the top of
 * the test file, before the first `await import` of a theme component (the mocks apply to later imports).
 */
/// <reference path="../../theme/theme-ai-policy.d.ts" />
import {createRequire} from 'node:module';
import {createElement, type ReactElement, type ReactNode} from 'react';
import {vi} from 'vitest';
import type {PolicyDocument} from '../../src/engine/model.js';
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
