/** The plugin's name: Docusaurus registers its routes, data and cache under it. */
export const PLUGIN_NAME = 'docusaurus-plugin-ai-policy';
