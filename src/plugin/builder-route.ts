import type {PluginContentLoadedActions, RouteConfig} from '@docusaurus/types';
import type {LoadedPolicy} from '../store/policy-store.js';
import type {AiPolicyBuilderContent} from './builder-data.js';
import {createDataPageRoute} from './data-page-route.js';

export const BUILDER_PAGE_COMPONENT = '@theme/AiPolicyBuilderPage';
/** The builder's slug under the policy's route. A section with this id would collide with it. */
export const BUILDER_SLUG = 'builder';

export function builderPermalink(policyPermalink: string): string {
  return `${policyPermalink}/${BUILDER_SLUG}`;
}

/** The builder writes YAML whatever the site's file is; a `.json` policy is offered as `ai-policy.yml`. */
export function builderFileName(policyFile: string): string {
  const base = policyFile.split('/').at(-1) ?? policyFile;
  return /\.ya?ml$/i.test(base) ? base : 'ai-policy.yml';
}

/** Adds `<routeBasePath>/builder`, sharing the instance's metadata module with the other policy pages. */
export async function createBuilderRoute({
  policy,
  permalink,
  metadataModule,
  sourceFilePath,
  actions,
}: {
  policy: LoadedPolicy;
  permalink: string;
  metadataModule: string;
  sourceFilePath: string;
  actions: PluginContentLoadedActions;
}): Promise<RouteConfig> {
  const content: AiPolicyBuilderContent = {
    fileName: builderFileName(sourceFilePath),
    // A file that extends baselines starts from the resolved policy, as one whole policy; the file the page
    // offers is only the overlay, written over the same baselines.
    input: policy.input,
    config: policy.config,
    version: policy.version,
    overlay: policy.overlay,
  };
  return createDataPageRoute({
    component: BUILDER_PAGE_COMPONENT,
    dataFile: 'builder.json',
    content,
    permalink,
    metadataModule,
    sourceFilePath,
    actions,
  });
}
