import type {PluginContentLoadedActions, RouteConfig} from '@docusaurus/types';
import {sectionAlone} from '../render/fragment-links.js';
import {headerFields} from '../render/header-fields.js';
import {renderSectionMarkdown} from '../render/markdown.js';
import type {LoadedPolicy} from '../store/policy-store.js';
import type {LintFinding} from '../vocabulary/lint-finding.js';
import {BUILDER_SLUG, builderPermalink, createBuilderRoute} from './builder-route.js';
import {CONTROLS_SLUG, controlsPermalink, createControlsRoute} from './controls-route.js';
import {downloadUrls} from './downloads.js';
import {stackFreeError} from './errors.js';
import type {AiPolicyHistoryContent} from './history-data.js';
import {CHANGES_SLUG, createHistoryRoute, historyPermalink} from './history-route.js';
import type {ResolvedPluginOptions} from './options.js';
import type {
  AiPolicyContent,
  AiPolicyGlobalData,
  AiPolicyMetadata,
  AiPolicySectionContent,
  AiPolicySectionLink,
} from './page-data.js';
import {policyToc, sectionToc} from './toc.js';

export const PAGE_COMPONENT = '@theme/AiPolicyPage';
export const SECTION_PAGE_COMPONENT = '@theme/AiPolicySectionPage';

/** `baseUrl` always ends with a slash; `routeBasePath` is normalized to `/a/b` by the options schema. */
export function policyPermalink(baseUrl: string, routeBasePath: string): string {
  return `${baseUrl}${routeBasePath.slice(1)}`;
}

export function buildMetadata({
  policy,
  findings,
  options,
  baseUrl,
  invalidEdit = null,
}: {
  policy: LoadedPolicy;
  findings: LintFinding[];
  options: ResolvedPluginOptions;
  baseUrl: string;
  invalidEdit?: string | null;
}): AiPolicyMetadata {
  const {document} = policy;
  const permalink = policyPermalink(baseUrl, options.routeBasePath);
  return {
    title: document.title,
    organization: document.header.organization,
    description: document.description,
    locale: document.locale,
    headerFields: headerFields(document),
    permalink,
    sections: document.sections.map((section) => ({
      id: section.id,
      title: section.title,
      permalink: options.sectionPages ? `${permalink}/${section.id}` : null,
    })),
    downloads: options.downloads
      ? downloadUrls(baseUrl, options.routeBasePath, {controls: options.controls})
      : null,
    version: policy.version,
    historyPermalink: options.history ? historyPermalink(permalink) : null,
    controlsPermalink: options.controls ? controlsPermalink(permalink) : null,
    staleFindings: options.onStale === 'ignore' ? [] : findings.filter((finding) => finding.stale),
    invalidEdit,
    footer: document.footer,
  };
}

/**
 * Adds the full policy page and, when `sectionPages` is on, one page per section. Page data goes through
 * `createData` JSON modules: one shared by every page of the instance (`metadata`), one per page
 * (`content`), so a section page does not ship the whole policy.
 */
export async function createPolicyRoutes({
  policy,
  findings,
  options,
  baseUrl,
  sourceFilePath,
  actions,
  history = null,
  invalidEdit = null,
}: {
  policy: LoadedPolicy;
  findings: LintFinding[];
  /** `docusaurus start` only: the first problem of the policy file, whose last valid version is shown. */
  invalidEdit?: string | null;
  options: ResolvedPluginOptions;
  baseUrl: string;
  /** The policy file relative to the site directory, recorded in route metadata. */
  sourceFilePath: string;
  actions: PluginContentLoadedActions;
  /** The history page's data; the page is added when the `history` option is on. */
  history?: AiPolicyHistoryContent | null;
}): Promise<void> {
  const {document} = policy;
  const metadata = buildMetadata({policy, findings, options, baseUrl, invalidEdit});
  const metadataModule = await actions.createData('metadata.json', metadata);

  const sections = document.sections;
  const content: AiPolicyContent = {
    sections,
    markdown: policy.markdown,
    toc: policyToc(sections),
  };
  const routes: RouteConfig[] = [
    {
      path: metadata.permalink,
      component: PAGE_COMPONENT,
      exact: true,
      metadata: {sourceFilePath},
      modules: {metadata: metadataModule, content: await actions.createData('content.json', content)},
    },
  ];

  if (options.sectionPages) {
    const links = metadata.sections;
    const sectionRoutes = await Promise.all(
      sections.map(async (section, index): Promise<RouteConfig> => {
        // On its own page, a section's links to other sections lead to the full policy page.
        const sectionContent: AiPolicySectionContent = {
          section: sectionAlone(document, section, metadata.permalink),
          markdown: renderSectionMarkdown(document, section.id, {policyPage: metadata.permalink}),
          toc: sectionToc(section),
          previous: links[index - 1] ?? null,
          next: links[index + 1] ?? null,
        };
        const link = links[index] as AiPolicySectionLink;
        return {
          path: link.permalink!,
          component: SECTION_PAGE_COMPONENT,
          exact: true,
          metadata: {sourceFilePath},
          modules: {
            metadata: metadataModule,
            content: await actions.createData(`section-${section.id}.json`, sectionContent),
          },
        };
      }),
    );
    routes.push(...sectionRoutes);
  }

  if (metadata.historyPermalink && history) {
    if (options.sectionPages && document.sections.some((section) => section.id === CHANGES_SLUG))
      throw stackFreeError(
        `docusaurus-plugin-ai-policy: the section "${CHANGES_SLUG}" would have the same URL as the policy's history page (${metadata.historyPermalink}). Give the section another id, or set the plugin option \`history: false\`.`,
      );
    routes.push(
      await createHistoryRoute({
        content: history,
        permalink: metadata.historyPermalink,
        metadataModule,
        sourceFilePath,
        actions,
      }),
    );
  }

  if (metadata.controlsPermalink) {
    if (options.sectionPages && document.sections.some((section) => section.id === CONTROLS_SLUG))
      throw stackFreeError(
        `docusaurus-plugin-ai-policy: the section "${CONTROLS_SLUG}" would have the same URL as the policy's control crosswalk (${metadata.controlsPermalink}). Give the section another id, or set the plugin option \`controls: false\`.`,
      );
    routes.push(
      await createControlsRoute({
        content: {frameworks: document.controls, oscal: metadata.downloads?.oscal ?? null},
        permalink: metadata.controlsPermalink,
        metadataModule,
        sourceFilePath,
        actions,
      }),
    );
  }

  if (options.builder) {
    if (options.sectionPages && document.sections.some((section) => section.id === BUILDER_SLUG))
      throw stackFreeError(
        `docusaurus-plugin-ai-policy: the section "${BUILDER_SLUG}" would have the same URL as the policy builder (${builderPermalink(metadata.permalink)}). Give the section another id, or set the plugin option \`builder: false\`.`,
      );
    routes.push(
      await createBuilderRoute({
        policy,
        permalink: builderPermalink(metadata.permalink),
        metadataModule,
        sourceFilePath,
        actions,
      }),
    );
  }

  for (const route of routes) actions.addRoute(route);

  const globalData: AiPolicyGlobalData = {
    permalink: metadata.permalink,
    sections: metadata.sections,
    downloads: metadata.downloads,
    history: metadata.historyPermalink,
  };
  actions.setGlobalData(globalData);
}
