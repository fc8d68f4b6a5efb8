/**
 * Types of the swizzlable `@theme/AiPolicy*` components, in the style of `@docusaurus/theme-classic`'s
 * declarations: each component reads its `Props` from here, and so does a swizzled wrapper or ejected copy
 * (`import type {Props} from '@theme/AiPolicySection'`).
 */

declare module '@theme/AiPolicyPage' {
  import type {AiPolicyPageProps} from 'docusaurus-plugin-ai-policy';
  import type {ReactNode} from 'react';

  export type Props = AiPolicyPageProps;
  export default function AiPolicyPage(props: Props): ReactNode;
}

declare module '@theme/AiPolicySectionPage' {
  import type {AiPolicySectionPageProps} from 'docusaurus-plugin-ai-policy';
  import type {ReactNode} from 'react';

  export type Props = AiPolicySectionPageProps;
  export default function AiPolicySectionPage(props: Props): ReactNode;
}

declare module '@theme/AiPolicyChangesPage' {
  import type {AiPolicyChangesPageProps} from 'docusaurus-plugin-ai-policy';
  import type {ReactNode} from 'react';

  export type Props = AiPolicyChangesPageProps;
  export default function AiPolicyChangesPage(props: Props): ReactNode;
}

declare module '@theme/AiPolicyControlsPage' {
  import type {AiPolicyControlsPageProps} from 'docusaurus-plugin-ai-policy';
  import type {ReactNode} from 'react';

  export type Props = AiPolicyControlsPageProps;
  export default function AiPolicyControlsPage(props: Props): ReactNode;
}

declare module '@theme/AiPolicyBackLink' {
  import type {ReactNode} from 'react';

  export interface Props {
    /** The full policy page the link goes back to. */
    readonly policy: {readonly permalink: string; readonly title: string};
  }
  export default function AiPolicyBackLink(props: Props): ReactNode;
}

declare module '@theme/AiPolicySubpage' {
  import type {ReactNode} from 'react';

  export interface Props {
    /** The page's title: the document title and the page's one h1. */
    readonly title: string;
    /** The page's meta description. */
    readonly description: string;
    /** What the page shows, under the title in the page's header. */
    readonly intro: ReactNode;
    /** The full policy page, linked above the title; absent: no link back. */
    readonly policy?: {readonly permalink: string; readonly title: string};
    /** The full width of the window (the builder) instead of a Markdown-styled column to read. */
    readonly wide?: boolean;
    /** The page's own class: on the column, or on the whole page when `wide`. */
    readonly className?: string;
    readonly children?: ReactNode;
  }
  export default function AiPolicySubpage(props: Props): ReactNode;
}

declare module '@theme/AiPolicySection' {
  import type {AiPolicyPageSection} from 'docusaurus-plugin-ai-policy';
  import type {ReactNode} from 'react';

  export interface Props {
    readonly section: AiPolicyPageSection;
    /** Level of the section's own heading, 1..6; sub-headings go below it. */
    readonly headingLevel: 1 | 2 | 3 | 4 | 5 | 6;
    /** Render the section's heading (off when the page's h1 already is the section title). */
    readonly showTitle?: boolean;
    /** The section's own page, linked next to its heading on the full page. */
    readonly sectionPermalink?: string | null;
  }
  export default function AiPolicySection(props: Props): ReactNode;
}

declare module '@theme/AiPolicyBlocks' {
  import type {Block} from 'docusaurus-plugin-ai-policy';
  import type {ReactNode} from 'react';

  export interface Props {
    readonly blocks: readonly Block[];
    /** Heading level of the enclosing section; a block heading of depth d renders as h(level + d), max h6. */
    readonly sectionHeadingLevel: number;
  }
  export default function AiPolicyBlocks(props: Props): ReactNode;
}

declare module '@theme/AiPolicyInline' {
  import type {Inline} from 'docusaurus-plugin-ai-policy';
  import type {ReactNode} from 'react';

  export interface Props {
    readonly inlines: readonly Inline[];
  }
  export default function AiPolicyInline(props: Props): ReactNode;
}

declare module '@theme/AiPolicyTable' {
  import type {Block, Inline} from 'docusaurus-plugin-ai-policy';
  import type {ReactNode} from 'react';

  export type TableBlock = Extract<Block, {type: 'table'}>;
  export interface Props {
    readonly table: TableBlock;
    readonly className?: string;
    /** Extra class for a body cell (not the row header), e.g. to colour allowed/denied cells. */
    readonly cellClassName?: (cell: readonly Inline[], columnIndex: number) => string | undefined;
  }
  export default function AiPolicyTable(props: Props): ReactNode;
}

declare module '@theme/AiPolicyDataClassTable' {
  import type {TableBlock} from '@theme/AiPolicyTable';
  import type {ReactNode} from 'react';

  export interface Props {
    readonly table: TableBlock;
  }
  export default function AiPolicyDataClassTable(props: Props): ReactNode;
}

declare module '@theme/AiPolicyToolMatrix' {
  import type {TableBlock} from '@theme/AiPolicyTable';
  import type {ReactNode} from 'react';

  export interface Props {
    readonly table: TableBlock;
  }
  export default function AiPolicyToolMatrix(props: Props): ReactNode;
}

declare module '@theme/AiPolicyHeader' {
  import type {HeaderField} from 'docusaurus-plugin-ai-policy';
  import type {ReactNode} from 'react';

  export interface Props {
    readonly fields: readonly HeaderField[];
  }
  export default function AiPolicyHeader(props: Props): ReactNode;
}

declare module '@theme/AiPolicyStaleNotice' {
  import type {LintFinding} from 'docusaurus-plugin-ai-policy';
  import type {ReactNode} from 'react';

  export interface Props {
    readonly findings: readonly LintFinding[];
    /**
     * `docusaurus start` only: the policy file's first problem while the page shows its last valid
     * version. Absent or null when the file is valid.
     */
    readonly invalidEdit?: string | null;
  }
  export default function AiPolicyStaleNotice(props: Props): ReactNode;
}

declare module '@theme/AiPolicyActions' {
  import type {ReactNode} from 'react';

  export interface Props {
    /** What "copy as Markdown" puts on the clipboard. */
    readonly markdown: string;
    /** What is being copied, for the button's accessible label: "the policy", "this section". */
    readonly subject: string;
    readonly downloads: {readonly markdown: string; readonly json: string} | null;
  }
  export default function AiPolicyActions(props: Props): ReactNode;
}

declare module '@theme/AiPolicyContents' {
  import type {AiPolicySectionLink} from 'docusaurus-plugin-ai-policy';
  import type {ReactNode} from 'react';

  export interface Props {
    readonly sections: readonly AiPolicySectionLink[];
  }
  export default function AiPolicyContents(props: Props): ReactNode;
}

declare module '@theme/AiPolicyBuilderPage' {
  import type {AiPolicyBuilderPageProps} from 'docusaurus-plugin-ai-policy';
  import type {ReactNode} from 'react';

  export type Props = AiPolicyBuilderPageProps;
  export default function AiPolicyBuilderPage(props: Props): ReactNode;
}
