import Link from '@docusaurus/Link';
import type {Props} from '@theme/AiPolicyInline';
import type {Inline} from 'docusaurus-plugin-ai-policy';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

/**
 * The model's links have already passed the engine's URL check; this is a second, independent guard at the
 * point where a string becomes an `href`: only http(s), mailto, site-relative paths and fragments.
 */
export function isSafeHref(url: string): boolean {
  // Browsers drop control characters and spaces inside a scheme ("java\tscript:"), so judge it without them.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
  if (scheme !== undefined) return scheme === 'http' || scheme === 'https' || scheme === 'mailto';
  // Protocol-relative URLs ("//evil.example") leave the site; backslashes are read as slashes by browsers.
  return !compact.startsWith('//') && !compact.startsWith('/\\') && !compact.startsWith('\\');
}

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
      if (!isSafeHref(inline.url)) return label;
      const isInternal = inline.url.startsWith('/') || inline.url.startsWith('#');
      // Internal links go through the router (and Docusaurus's broken-link check); others are plain hrefs.
      return isInternal ? <Link to={inline.url}>{label}</Link> : <Link href={inline.url}>{label}</Link>;
    }
    case 'citation':
      return (
        <span className={styles.citation}>
          (
          {inline.url && isSafeHref(inline.url) ? (
            <Link href={inline.url}>{inline.value}</Link>
          ) : (
            inline.value
          )}
          )
        </span>
      );
    case 'decision':
      return (
        <span data-allowed={inline.allowed} data-reason={inline.reason}>
          {inline.label}
        </span>
      );
    case 'claim':
      return <AiPolicyInline inlines={inline.children} />;
  }
}

/** Renders inline policy text. Config strings only ever become React text nodes, never markup. */
export default function AiPolicyInline({inlines}: Props): ReactNode {
  return inlines.map((inline, index) => <InlineNode key={index} inline={inline} />);
}
