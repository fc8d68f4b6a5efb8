import type {PluginContentLoadedActions, RouteConfig} from '@docusaurus/types';
import type {CrosswalkFramework} from '../engine/model.js';
import type {AiPolicyMetadata} from './page-data.js';

export const CONTROLS_PAGE_COMPONENT = '@theme/AiPolicyControlsPage';
/** The crosswalk's slug under the policy's route. A section with this id would collide with it. */
export const CONTROLS_SLUG = 'controls';

export function controlsPermalink(policyPermalink: string): string {
  return `${policyPermalink}/${CONTROLS_SLUG}`;
}

/** The crosswalk page's data: the document's crosswalk, and the OSCAL download when there is one. */
export interface AiPolicyControlsContent {
  frameworks: CrosswalkFramework[];
  /** URL of `<routeBasePath>.oscal.json`; null when downloads are off. */
  oscal: string | null;
}

export interface AiPolicyControlsPageProps {
  readonly metadata: AiPolicyMetadata;
  readonly content: AiPolicyControlsContent;
}

/** Adds `<routeBasePath>/controls`, sharing the instance's metadata module with the other policy pages. */
export async function createControlsRoute({
  content,
  permalink,
  metadataModule,
  sourceFilePath,
  actions,
}: {
  content: AiPolicyControlsContent;
  permalink: string;
  metadataModule: string;
  sourceFilePath: string;
  actions: PluginContentLoadedActions;
}): Promise<RouteConfig> {
  return {
    path: permalink,
    component: CONTROLS_PAGE_COMPONENT,
    exact: true,
    metadata: {sourceFilePath},
    modules: {metadata: metadataModule, content: await actions.createData('controls.json', content)},
  };
}
