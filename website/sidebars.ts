import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

const sidebars: SidebarsConfig = {
  docs: [
    'index',
    'install',
    {
      type: 'category',
      label: 'The policy file',
      collapsed: false,
      items: ['config', 'config-reference', 'baselines', 'decisions', 'policy'],
    },
    {
      type: 'category',
      label: 'In the site',
      collapsed: false,
      items: ['plugin-options', 'directive', 'downloads', 'i18n', 'builder', 'history', 'theme'],
    },
    {
      type: 'category',
      label: 'Tools',
      collapsed: false,
      items: ['cli', 'export', 'decide', 'controls', 'api'],
    },
    {
      type: 'category',
      label: 'Background',
      collapsed: false,
      items: ['design', 'faq', 'development'],
    },
  ],
};

export default sidebars;
