import type {PluginContentLoadedActions, RouteConfig} from '@docusaurus/types';

/**
 * A page of the policy beside its sections (`/changes`, `/controls`, `/builder`): one theme component, the
 * instance's shared metadata module, and the page's own data written once by `createData`.
 */
export async function createDataPageRoute({
  component,
  dataFile,
  content,
  permalink,
  metadataModule,
  sourceFilePath,
  actions,
}: {
  component: string;
  /** The file `createData` writes, named after the page (`history.json`). */
  dataFile: string;
  content: object;
  permalink: string;
  metadataModule: string;
  sourceFilePath: string;
  actions: PluginContentLoadedActions;
}): Promise<RouteConfig> {
  return {
    path: permalink,
    component,
    exact: true,
    metadata: {sourceFilePath},
    modules: {metadata: metadataModule, content: await actions.createData(dataFile, content)},
  };
}
