import Link from '@docusaurus/Link';
import AiPolicyBlocks from '@theme/AiPolicyBlocks';
import type {Props} from '@theme/AiPolicySection';
import Heading from '@theme/Heading';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

/**
 * One policy section: its heading, anchored by the section's stable id (so `#data-classification` links
 * survive a renamed title), and its blocks. On the full page the heading also links to the section's page.
 */
export default function AiPolicySection({
  section,
  headingLevel,
  showTitle = true,
  sectionPermalink = null,
}: Props): ReactNode {
  return (
    <section className={styles.section} aria-labelledby={showTitle ? section.id : undefined}>
      {showTitle && (
        <div className={styles.titleRow}>
          <Heading as={`h${headingLevel}`} id={section.id}>
            {section.title}
          </Heading>
          {sectionPermalink && (
            <Link
              className={styles.pageLink}
              to={sectionPermalink}
              aria-label={`Section page: ${section.title}`}
            >
              Section page
            </Link>
          )}
        </div>
      )}
      <AiPolicyBlocks blocks={section.blocks} sectionHeadingLevel={headingLevel} />
    </section>
  );
}
