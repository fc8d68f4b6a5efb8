import type {RouteConfig} from '@docusaurus/types';
import type {CrosswalkFramework} from '../engine/model.js';
import {createDataPageRoute} from './data-page-route.js';
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
export function createControlsRoute(
  route: Omit<Parameters<typeof createDataPageRoute>[0], 'component' | 'dataFile'> & {
    content: AiPolicyControlsContent;
  },
): Promise<RouteConfig> {
  return createDataPageRoute({...route, component: CONTROLS_PAGE_COMPONENT, dataFile: 'controls.json'});
}
