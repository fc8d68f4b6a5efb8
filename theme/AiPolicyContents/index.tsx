import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type {Props} from '@theme/AiPolicyContents';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

/**
 * The policy's sections, in order. Each links to the section's own page (shareable in a ticket or review),
 * or to its anchor on this page when section pages are off.
 */
export default function AiPolicyContents({sections}: Props): ReactNode {
  return (
    <nav className={styles.contents} aria-labelledby="ai-policy-contents-title">
      <p id="ai-policy-contents-title" className={styles.title}>
        <Translate id="theme.aiPolicy.contents" description="Title of the list of the policy's sections">
          Sections
        </Translate>
      </p>
      <ol className={styles.list}>
        {sections.map((section) => (
          <li key={section.id}>
            {section.permalink ? (
              <Link to={section.permalink}>{section.title}</Link>
            ) : (
              <Link to={`#${section.id}`}>{section.title}</Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
