import type {SwizzleConfig} from '@docusaurus/types';

/**
 * What `docusaurus swizzle docusaurus-plugin-ai-policy` offers. Wrapping is safe everywhere: a wrapper
 * receives the same props whatever this package changes inside. Ejecting is safe for the leaf components,
 * whose props are small and stable; the pages and the block renderer are marked unsafe because they follow
 * the document model, which gains block types and fields in minor versions.
 */
export function getSwizzleConfig(): SwizzleConfig {
  const leaf = {actions: {eject: 'safe', wrap: 'safe'}} as const;
  const structural = {actions: {eject: 'unsafe', wrap: 'safe'}} as const;
  return {
    components: {
      AiPolicyPage: {...structural, description: 'The full policy page: header, contents, every section'},
      AiPolicySectionPage: {...structural, description: 'The page of one policy section'},
      AiPolicyBuilderPage: {
        ...structural,
        description: 'The policy builder: the policy as a form, a live preview, the new ai-policy.yml',
      },
      AiPolicyChangesPage: {
        ...structural,
        description: "The policy's history: every commit that changed it, with what it changed",
      },
      AiPolicyControlsPage: {
        ...structural,
        description:
          'The control crosswalk: framework, control id, what in the policy addresses it, and the gaps',
      },
      AiPolicySubpage: {
        ...leaf,
        description: 'The frame of the history, crosswalk and builder pages: layout, title, link back',
      },
      AiPolicyBackLink: {
        ...leaf,
        description: 'The link from a section, history, crosswalk or builder page back to the full policy',
      },
      AiPolicySection: {...structural, description: 'One section: its anchored heading and its blocks'},
      AiPolicyBlocks: {
        ...structural,
        description: 'Renders the blocks of a section (paragraphs, lists, tables...)',
      },
      AiPolicyInline: {...structural, description: 'Renders inline text: emphasis, code, links, citations'},
      AiPolicyTable: {...leaf, description: 'A generic policy table'},
      AiPolicyDataClassTable: {...leaf, description: 'The data classes table (class, examples, rule)'},
      AiPolicyToolMatrix: {...leaf, description: 'The tool by data class matrix'},
      AiPolicyHeader: {...leaf, description: 'The policy metadata: organization, dates, posture, regimes'},
      AiPolicyStaleNotice: {...leaf, description: 'The notice shown when the review is overdue'},
      AiPolicyActions: {...leaf, description: 'The "copy as Markdown" button and the download links'},
      AiPolicyContents: {...leaf, description: 'The list of sections with links to their pages'},
    },
  };
}
