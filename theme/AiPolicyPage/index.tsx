import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import AiPolicyActions from '@theme/AiPolicyActions';
import AiPolicyBlocks from '@theme/AiPolicyBlocks';
import AiPolicyContents from '@theme/AiPolicyContents';
import AiPolicyHeader from '@theme/AiPolicyHeader';
import type {Props} from '@theme/AiPolicyPage';
import AiPolicySection from '@theme/AiPolicySection';
import AiPolicyStaleNotice from '@theme/AiPolicyStaleNotice';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import TOC from '@theme/TOC';
import TOCCollapsible from '@theme/TOCCollapsible';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

/** The full policy: header, actions, contents, every section, and the legal-review footer. */
export default function AiPolicyPage({metadata, content}: Props): ReactNode {
  return (
    <Layout title={metadata.title} description={metadata.description}>
      <main className="container margin-vert--lg">
        <div className="row">
          <div className="col col--9">
            <article className={`markdown ${styles.policy}`} lang={metadata.locale}>
              <header>
                <Heading as="h1">{metadata.title}</Heading>
                <AiPolicyHeader fields={metadata.headerFields} />
                <p className={styles.version}>
                  <Translate
                    id="theme.aiPolicy.version"
                    description="Before the policy's version hash"
                    values={{version: <code>{metadata.version}</code>}}
                  >
                    {'Version {version}'}
                  </Translate>
                  {metadata.historyPermalink ? (
                    <>
                      {' · '}
                      <Link to={metadata.historyPermalink}>
                        <Translate
                          id="theme.aiPolicy.historyLink"
                          description="Link to the policy's history page"
                        >
                          What changed, and when
                        </Translate>
                      </Link>
                    </>
                  ) : null}
                </p>
                <AiPolicyActions
                  markdown={content.markdown}
                  subject={translate({
                    id: 'theme.aiPolicy.subjectPolicy',
                    message: 'the policy',
                    description: 'What the copy button copies on the full policy page',
                  })}
                  downloads={metadata.downloads}
                />
              </header>
              <AiPolicyStaleNotice findings={metadata.staleFindings} invalidEdit={metadata.invalidEdit} />
              <TOCCollapsible toc={content.toc} maxHeadingLevel={3} className={styles.mobileToc} />
              <AiPolicyContents sections={metadata.sections} />
              {content.sections.map((section, index) => (
                <AiPolicySection
                  key={section.id}
                  section={section}
                  headingLevel={2}
                  sectionPermalink={metadata.sections[index]?.permalink ?? null}
                />
              ))}
              {metadata.footer.length > 0 && (
                <footer className={styles.footer}>
                  <AiPolicyBlocks blocks={metadata.footer} sectionHeadingLevel={2} />
                </footer>
              )}
            </article>
          </div>
          <div className="col col--3">
            <TOC toc={content.toc} maxHeadingLevel={3} />
          </div>
        </div>
      </main>
    </Layout>
  );
}
