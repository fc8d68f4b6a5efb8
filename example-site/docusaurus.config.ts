import type * as Preset from '@docusaurus/preset-classic';
import type {Config} from '@docusaurus/types';
import type {PluginOptions as AiPolicyOptions} from 'docusaurus-plugin-ai-policy';
import {remarkAiPolicy} from 'docusaurus-plugin-ai-policy/remark';
import {themes as prismThemes} from 'prism-react-renderer';

// This runs in Node.js - Don't use client-side code here (browser APIs, JSX...)

const config: Config = {
  title: 'Northwind Engineering Handbook',
  tagline: 'How Northwind Health Cloud builds, ships and runs software',
  favicon: 'img/favicon.ico',

  // Future flags, see https://docusaurus.io/docs/api/docusaurus-config#future
  future: {
    v4: true, // Improve compatibility with the upcoming Docusaurus v4
  },

  url: 'https://handbook.northwind-health.example',
  baseUrl: '/',

  onBrokenLinks: 'throw',

  i18n: {
    defaultLocale: 'en',
    // French pages get the shipped French policy and theme strings; `npm start -- --locale fr` serves them.
    locales: ['en', 'fr'],
  },

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          // `::ai-policy{section="..."}` embeds a policy section; each content plugin needs it listed.
          // Before the defaults (the placement docs/install.md recommends), Docusaurus gives embedded headings
          // their ids and TOC entries itself; the blog and pages below keep `remarkPlugins`, which works too,
          // so a real build covers both placements.
          beforeDefaultRemarkPlugins: [remarkAiPolicy],
        },
        blog: {
          showReadingTime: true,
          feedOptions: {
            type: ['rss', 'atom'],
            xslt: true,
          },
          onInlineTags: 'warn',
          onInlineAuthors: 'warn',
          onUntruncatedBlogPosts: 'warn',
          remarkPlugins: [remarkAiPolicy],
        },
        pages: {
          remarkPlugins: [remarkAiPolicy],
        },
        theme: {
          customCss: './src/css/custom.css',
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    [
      'docusaurus-plugin-ai-policy',
      {
        // Both are the defaults, spelled out so readers of this config know where the policy comes from.
        policyFile: 'ai-policy.yml',
        routeBasePath: '/ai-policy',
        // The form at /ai-policy/builder that drafts a new ai-policy.yml, linked from the navbar below.
        builder: true,
      } satisfies AiPolicyOptions,
    ],
    [
      // The contractors' policy: a second instance whose file extends the same baseline with a stricter
      // overlay, on pages of its own.
      'docusaurus-plugin-ai-policy',
      {
        id: 'contractors',
        policyFile: 'contractors/ai-policy.yml',
        routeBasePath: '/contractors/ai-policy',
        // One page (and the history and controls pages): the handbook's instance shows the section pages,
        // and the example site's build stays short (the tests build it several times).
        sectionPages: false,
      } satisfies AiPolicyOptions,
    ],
  ],

  themeConfig: {
    colorMode: {
      respectPrefersColorScheme: true,
    },
    navbar: {
      title: 'Northwind Handbook',
      logo: {
        alt: 'Northwind Health Cloud logo',
        src: 'img/logo.svg',
      },
      items: [
        {
          type: 'docSidebar',
          sidebarId: 'handbookSidebar',
          position: 'left',
          label: 'Handbook',
        },
        // Not active on the builder, which has its own item.
        {to: '/ai-policy', label: 'AI policy', position: 'left', activeBaseRegex: '^/ai-policy(?!/builder)'},
        {to: '/ai-policy/builder', label: 'Policy builder', position: 'left'},
        {to: '/blog', label: 'Engineering blog', position: 'left'},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Handbook',
          items: [
            {label: 'Welcome', to: '/docs/intro'},
            {label: 'Onboarding', to: '/docs/onboarding'},
            {label: 'IDE setup', to: '/docs/ide-setup'},
          ],
        },
        {
          title: 'Policies',
          items: [
            {label: 'AI tool usage policy', to: '/ai-policy'},
            {label: 'AI policy for contractors', to: '/contractors/ai-policy'},
            {label: 'Security contacts', to: '/security'},
          ],
        },
        {
          title: 'More',
          items: [{label: 'Engineering blog', to: '/blog'}],
        },
      ],
      copyright: `Copyright © ${new Date().getFullYear()} Northwind Health Cloud (a fictional company). Built with Docusaurus.`,
    },
    prism: {
      theme: prismThemes.github,
      darkTheme: prismThemes.dracula,
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
