import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
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
              aria-label={translate(
                {
                  id: 'theme.aiPolicy.sectionPageLabel',
                  message: 'Section page: {title}',
                  description: 'Accessible name of the link to a section’s own page',
                },
                {title: section.title},
              )}
            >
              <Translate id="theme.aiPolicy.sectionPage" description="Link from a section to its own page">
                Section page
              </Translate>
            </Link>
          )}
        </div>
      )}
      <AiPolicyBlocks blocks={section.blocks} sectionHeadingLevel={headingLevel} />
    </section>
  );
}
