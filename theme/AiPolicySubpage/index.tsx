import AiPolicyBackLink from '@theme/AiPolicyBackLink';
import type {Props} from '@theme/AiPolicySubpage';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

/**
 * The frame of the pages beside the policy (its history, its control crosswalk, its builder): the site's
 * layout, the page's title as its one h1 with what the page shows under it, then the page itself. A page to
 * read is a Markdown-styled column that links back to the full policy; the builder takes the full width for
 * its form and preview.
 */
export default function AiPolicySubpage({
  title,
  description,
  intro,
  policy,
  wide = false,
  className = '',
  children,
}: Props): ReactNode {
  const header = (
    <header className={wide ? styles.intro : undefined}>
      <Heading as="h1">{title}</Heading>
      {intro}
    </header>
  );
  const backLink = policy ? <AiPolicyBackLink policy={policy} /> : null;
  return (
    <Layout title={title} description={description}>
      {wide ? (
        <main className={`container container--fluid margin-vert--lg ${className}`}>
          {backLink}
          {header}
          {children}
        </main>
      ) : (
        <main className="container margin-vert--lg">
          <article className={`markdown ${className}`}>
            {backLink}
            {header}
            {children}
          </article>
        </main>
      )}
    </Layout>
  );
}
