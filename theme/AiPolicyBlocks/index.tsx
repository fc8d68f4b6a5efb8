import Admonition from '@theme/Admonition';
import type {Props} from '@theme/AiPolicyBlocks';
import AiPolicyDataClassTable from '@theme/AiPolicyDataClassTable';
import AiPolicyInline from '@theme/AiPolicyInline';
import AiPolicyTable from '@theme/AiPolicyTable';
import AiPolicyToolMatrix from '@theme/AiPolicyToolMatrix';
import CodeBlock from '@theme/CodeBlock';
import Heading from '@theme/Heading';
import type {Block, Inline} from 'docusaurus-plugin-ai-policy';
import type {ReactNode} from 'react';

type HeadingTag = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

function headingTag(level: number): HeadingTag {
  return `h${Math.min(6, Math.max(1, level))}` as HeadingTag;
}

/**
 * Headings are almost always plain text; passing them as a string lets `@theme/Heading` name its anchor
 * link after the heading ("Direct link to Exceptions") instead of after the id.
 */
function headingContent(inlines: readonly Inline[]): ReactNode {
  if (inlines.every((inline) => inline.type === 'text'))
    return inlines.map((inline) => inline.value).join('');
  return <AiPolicyInline inlines={inlines} />;
}

/** The plugin gives sub-heading blocks the anchor the Markdown renderer uses; the model type has no field. */
function anchorOf(block: Block): string | undefined {
  return 'id' in block && typeof block.id === 'string' ? block.id : undefined;
}

function BlockNode({block, sectionHeadingLevel}: {block: Block; sectionHeadingLevel: number}): ReactNode {
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          <AiPolicyInline inlines={block.children} />
        </p>
      );
    case 'heading':
      return (
        <Heading as={headingTag(sectionHeadingLevel + block.depth)} id={anchorOf(block)}>
          {headingContent(block.children)}
        </Heading>
      );
    case 'list': {
      const items = block.items.map((item, index) => (
        <li key={index}>
          <AiPolicyBlocks blocks={item} sectionHeadingLevel={sectionHeadingLevel} />
        </li>
      ));
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'table':
      if (block.role === 'data-classes') return <AiPolicyDataClassTable table={block} />;
      if (block.role === 'tool-matrix') return <AiPolicyToolMatrix table={block} />;
      return <AiPolicyTable table={block} />;
    case 'note':
      return (
        <Admonition type={block.tone === 'warning' ? 'warning' : 'info'}>
          <AiPolicyBlocks blocks={block.children} sectionHeadingLevel={sectionHeadingLevel} />
        </Admonition>
      );
    case 'code':
      return <CodeBlock language={block.lang ?? undefined}>{block.value}</CodeBlock>;
    case 'blockquote':
      return (
        <blockquote>
          <AiPolicyBlocks blocks={block.children} sectionHeadingLevel={sectionHeadingLevel} />
        </blockquote>
      );
    case 'thematicBreak':
      return <hr />;
  }
}

/**
 * Renders a section's blocks with the site's own components (Heading with anchor links, Admonition,
 * CodeBlock, Infima tables), so the policy reads like any other page of the site.
 */
export default function AiPolicyBlocks({blocks, sectionHeadingLevel}: Props): ReactNode {
  return blocks.map((block, index) => (
    <BlockNode key={index} block={block} sectionHeadingLevel={sectionHeadingLevel} />
  ));
}
