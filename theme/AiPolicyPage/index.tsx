import Link from '@docusaurus/Link';
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
            <article className={`markdown ${styles.policy}`}>
              <header>
                <Heading as="h1">{metadata.title}</Heading>
                <AiPolicyHeader fields={metadata.headerFields} />
                <p className={styles.version}>
                  Version <code>{metadata.version}</code>
                  {metadata.historyPermalink ? (
                    <>
                      {' · '}
                      <Link to={metadata.historyPermalink}>What changed, and when</Link>
                    </>
                  ) : null}
                </p>
                <AiPolicyActions
                  markdown={content.markdown}
                  subject="the policy"
                  downloads={metadata.downloads}
                />
              </header>
              <AiPolicyStaleNotice findings={metadata.staleFindings} />
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
              <footer className={styles.footer}>
                <AiPolicyBlocks blocks={metadata.footer} sectionHeadingLevel={2} />
              </footer>
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
