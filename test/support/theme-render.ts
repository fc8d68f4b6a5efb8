/**
 * The policy theme rendered to static HTML outside Docusaurus, for tests that check what a reader of the
 * page gets. The test file must stub the site's modules first (the `vi.mock` calls are hoisted per file):
 *
 *   vi.mock('@docusaurus/Link', () => import('./support/theme-stubs.js').then((stubs) => stubs.link));
 *   vi.mock('@theme/Heading', ...); vi.mock('@theme/Admonition', ...); vi.mock('@theme/CodeBlock', ...);
 *   vi.mock('@theme/AiPolicyInline', () => import('../theme/AiPolicyInline/index.js')); // and the others
 */
/// <reference path="../../theme/theme-ai-policy.d.ts" />
import {createRequire} from 'node:module';
import {createElement, type ReactElement} from 'react';
import type {PolicyDocument} from '../../src/engine/model.js';
import {headerFields} from '../../src/render/header-fields.js';

// Loaded with require and typed here: the repository has no @types/react-dom.
const {renderToStaticMarkup} = createRequire(import.meta.url)('react-dom/server') as {
  renderToStaticMarkup(element: ReactElement): string;
};

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
