import Link from '@docusaurus/Link';
import type {Props} from '@theme/AiPolicyInline';
import type {Inline} from 'docusaurus-plugin-ai-policy';
import {judgeLinkTarget} from 'docusaurus-plugin-ai-policy/link-target';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

function InlineNode({inline}: {inline: Inline}): ReactNode {
  switch (inline.type) {
    case 'text':
      return inline.value;
    case 'strong':
      return (
        <strong>
          <AiPolicyInline inlines={inline.children} />
        </strong>
      );
    case 'emphasis':
      return (
        <em>
          <AiPolicyInline inlines={inline.children} />
        </em>
      );
    case 'code':
      return <code>{inline.value}</code>;
    case 'link': {
      const label = <AiPolicyInline inlines={inline.children} />;
      // The engine already decided this link; asking the same guard again where the string becomes an
      // `href` keeps a swizzled page or a hand-made model from rendering `javascript:` or `//evil.example`.
      const target = judgeLinkTarget(inline.url);
      if (target.kind === 'unsafe') return label;
      const isInternal = target.kind === 'same-site' && /^[/#]/.test(target.href);
      // Internal links go through the router (and Docusaurus's broken-link check); others are plain hrefs.
      return isInternal ? <Link to={target.href}>{label}</Link> : <Link href={target.href}>{label}</Link>;
    }
    case 'citation': {
      // A citation's link is the engine's own source of the regulation, never config text; guard it anyway.
      const target = inline.url ? judgeLinkTarget(inline.url) : undefined;
      return (
        <span className={styles.citation}>
          (
          {target && target.kind !== 'unsafe' ? <Link href={target.href}>{inline.value}</Link> : inline.value}
          )
        </span>
      );
    }
    case 'decision':
      return (
        <span data-allowed={inline.allowed} data-reason={inline.reason}>
          {inline.label}
        </span>
      );
    case 'claim':
      return <AiPolicyInline inlines={inline.children} />;
    case 'foreign':
      // Words the locale has no translation for: screen readers pronounce them in their own language.
      return (
        <span lang={inline.lang}>
          <AiPolicyInline inlines={inline.children} />
        </span>
      );
  }
}

/** Renders inline policy text. Config strings only ever become React text nodes, never markup. */
export default function AiPolicyInline({inlines}: Props): ReactNode {
  return inlines.map((inline, index) => <InlineNode key={index} inline={inline} />);
}
