import Link from '@docusaurus/Link';
import AiPolicyActions from '@theme/AiPolicyActions';
import AiPolicyBlocks from '@theme/AiPolicyBlocks';
import AiPolicySection from '@theme/AiPolicySection';
import type {Props} from '@theme/AiPolicySectionPage';
import AiPolicyStaleNotice from '@theme/AiPolicyStaleNotice';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import PaginatorNavLink from '@theme/PaginatorNavLink';
import TOC from '@theme/TOC';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

/** One section on its own page, linked back to the full policy and on to its neighbours. */
export default function AiPolicySectionPage({metadata, content}: Props): ReactNode {
  const {section, previous, next} = content;
  const effectiveDate = metadata.headerFields.find((field) => field.key === 'effectiveDate')?.value;
  return (
    <Layout title={`${section.title} | ${metadata.title}`} description={section.summary}>
      <main className="container margin-vert--lg">
        <div className="row">
          <div className="col col--9">
            <article className={`markdown ${styles.policy}`}>
              <nav aria-label="Breadcrumbs" className={styles.backLink}>
                <Link to={metadata.permalink}>← {metadata.title}</Link>
              </nav>
              <header>
                <Heading as="h1">{section.title}</Heading>
                <p className={styles.context}>
                  A section of {metadata.organization}’s{' '}
                  <Link to={`${metadata.permalink}#${section.id}`}>{metadata.title}</Link>
                  {effectiveDate ? `, effective ${effectiveDate}` : ''}.
                </p>
                <AiPolicyActions
                  markdown={content.markdown}
                  subject="this section"
                  downloads={metadata.downloads}
                />
              </header>
              <AiPolicyStaleNotice findings={metadata.staleFindings} />
              <AiPolicySection section={section} headingLevel={1} showTitle={false} />
              <footer className={styles.footer}>
                <AiPolicyBlocks blocks={metadata.footer} sectionHeadingLevel={1} />
              </footer>
            </article>
            {(previous || next) && (
              <nav className="pagination-nav margin-top--lg" aria-label="Policy sections">
                {previous && (
                  <PaginatorNavLink
                    permalink={previous.permalink!}
                    title={previous.title}
                    subLabel="Previous section"
                  />
                )}
                {next && (
                  <PaginatorNavLink
                    permalink={next.permalink!}
                    title={next.title}
                    subLabel="Next section"
                    isNext
                  />
                )}
              </nav>
            )}
          </div>
          <div className="col col--3">
            <TOC toc={content.toc} maxHeadingLevel={3} />
          </div>
        </div>
      </main>
    </Layout>
  );
}
