import type * as Preset from '@docusaurus/preset-classic';
import type {Config} from '@docusaurus/types';
import type {PluginOptions as AiPolicyOptions} from 'docusaurus-plugin-ai-policy';
import {remarkAiPolicy} from 'docusaurus-plugin-ai-policy/remark';

// The plugin's own documentation. The pages are ../docs (readable on GitHub too); the policy they embed
// with `::ai-policy{section="..."}` is the example site's, so each page shows the real output of what it
// describes. test/docs-site.test.ts builds this site and fails on a broken link or embed.
const config: Config = {
  title: 'docusaurus-plugin-ai-policy',
  tagline: 'One reviewed ai-policy.yml: your handbook’s AI tool usage policy, embedded and enforced',
  // Not deployed yet: a placeholder origin, which Docusaurus requires.
  url: 'https://docusaurus-plugin-ai-policy.invalid',
  baseUrl: '/',
  future: {v4: true},
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {hooks: {onBrokenMarkdownLinks: 'throw'}},

  presets: [
    [
      'classic',
      {
        docs: {
          path: '../docs',
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          // The placement the docs recommend: embedded headings get their ids and TOC entries from Docusaurus.
          beforeDefaultRemarkPlugins: [remarkAiPolicy],
        },
        blog: false,
        pages: false,
        theme: {customCss: './src/css/custom.css'},
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    [
      'docusaurus-plugin-ai-policy',
      {
        policyFile: '../example-site/ai-policy.yml',
        routeBasePath: '/example-policy',
        // The history page reads git; the example site shows it. These docs need the policy only.
        history: false,
      } satisfies AiPolicyOptions,
    ],
  ],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title: 'docusaurus-plugin-ai-policy',
      items: [
        {type: 'docSidebar', sidebarId: 'docs', position: 'left', label: 'Docs'},
        {to: '/example-policy', label: 'Example policy', position: 'left'},
      ],
    },
    footer: {
      style: 'dark',
      copyright:
        'docusaurus-plugin-ai-policy, MIT licensed. The example policy is a fictional company’s. Built with Docusaurus.',
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
