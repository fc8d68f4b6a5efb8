import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import AiPolicyActions from '@theme/AiPolicyActions';
import AiPolicyBackLink from '@theme/AiPolicyBackLink';
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
  const policyLink = <Link to={`${metadata.permalink}#${section.id}`}>{metadata.title}</Link>;
  return (
    <Layout title={`${section.title} | ${metadata.title}`} description={section.summary}>
      <main className="container margin-vert--lg">
        <div className="row">
          <div className="col col--9">
            <article lang={metadata.locale} className={`markdown ${styles.policy}`}>
              <AiPolicyBackLink policy={metadata} />
              <header>
                <Heading as="h1">{section.title}</Heading>
                <p className={styles.context}>
                  {effectiveDate ? (
                    <Translate
                      id="theme.aiPolicy.sectionContextEffective"
                      description="Under a section page's title; {organization} is the company, {policy} links to the full policy"
                      values={{organization: metadata.organization, policy: policyLink, date: effectiveDate}}
                    >
                      {'A section of {organization}’s {policy}, effective {date}.'}
                    </Translate>
                  ) : (
                    <Translate
                      id="theme.aiPolicy.sectionContext"
                      description="Under a section page's title; {organization} is the company, {policy} links to the full policy"
                      values={{organization: metadata.organization, policy: policyLink}}
                    >
                      {'A section of {organization}’s {policy}.'}
                    </Translate>
                  )}
                </p>
                <AiPolicyActions
                  markdown={content.markdown}
                  subject={translate({
                    id: 'theme.aiPolicy.subjectSection',
                    message: 'this section',
                    description: 'What the copy button copies on a section page',
                  })}
                  downloads={metadata.downloads}
                />
              </header>
              <AiPolicyStaleNotice findings={metadata.staleFindings} invalidEdit={metadata.invalidEdit} />
              <AiPolicySection section={section} headingLevel={1} showTitle={false} />
              {metadata.footer.length > 0 && (
                <footer className={styles.footer}>
                  <AiPolicyBlocks blocks={metadata.footer} sectionHeadingLevel={1} />
                </footer>
              )}
            </article>
            {(previous || next) && (
              <nav
                className="pagination-nav margin-top--lg"
                aria-label={translate({
                  id: 'theme.aiPolicy.sectionsNav',
                  message: 'Policy sections',
                  description: 'Accessible name of the previous/next section links',
                })}
              >
                {previous && (
                  <PaginatorNavLink
                    permalink={previous.permalink!}
                    title={previous.title}
                    subLabel={translate({
                      id: 'theme.aiPolicy.previousSection',
                      message: 'Previous section',
                      description: 'Label above the link to the previous section',
                    })}
                  />
                )}
                {next && (
                  <PaginatorNavLink
                    permalink={next.permalink!}
                    title={next.title}
                    subLabel={translate({
                      id: 'theme.aiPolicy.nextSection',
                      message: 'Next section',
                      description: 'Label above the link to the next section',
                    })}
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
