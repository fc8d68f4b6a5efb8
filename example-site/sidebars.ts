import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

// This runs in Node.js - Don't use client-side code here (browser APIs, JSX...)

const sidebars: SidebarsConfig = {
  handbookSidebar: [
    'intro',
    'onboarding',
    'ide-setup',
    {
      type: 'link',
      label: 'AI tool usage policy',
      href: '/ai-policy',
    },
  ],
};

export default sidebars;
