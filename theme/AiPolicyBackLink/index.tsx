import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import type {Props} from '@theme/AiPolicyBackLink';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

/**
 * The link from a page beside the policy (a section, the history, the controls, the builder) back to the full
 * policy: one component, so every such page names it the same way for screen readers and leaves it out of print.
 */
export default function AiPolicyBackLink({policy}: Props): ReactNode {
  return (
    <nav
      aria-label={translate({
        id: 'theme.aiPolicy.breadcrumbs',
        message: 'Breadcrumbs',
        description: 'Accessible name of the link back to the full policy',
      })}
      className={styles.backLink}
    >
      <Link to={policy.permalink}>← {policy.title}</Link>
    </nav>
  );
}
