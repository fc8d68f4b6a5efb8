import Translate, {translate} from '@docusaurus/Translate';
import Admonition from '@theme/Admonition';
import type {Props} from '@theme/AiPolicyStaleNotice';
import type {ReactNode} from 'react';

/**
 * Tells readers the policy may be out of date: its review is overdue or an exception has expired. Judged
 * when the site was built, so it says so rather than implying it was checked just now.
 */
export default function AiPolicyStaleNotice({findings}: Props): ReactNode {
  if (findings.length === 0) return null;
  const overdue = findings.some((finding) => finding.code === 'review-overdue');
  return (
    <Admonition
      type="warning"
      title={
        overdue
          ? translate({
              id: 'theme.aiPolicy.reviewOverdue',
              message: 'Review overdue',
              description: 'Title of the notice shown when the policy is past its review date',
            })
          : translate({
              id: 'theme.aiPolicy.partsExpired',
              message: 'Parts of this policy have expired',
              description: 'Title of the notice shown when an exception has expired',
            })
      }
    >
      <p>
        <Translate
          id="theme.aiPolicy.staleNotice"
          description="Body of the notice about an out-of-date policy"
        >
          When this page was built, the policy needed attention from its owner. It still applies; check with
          the owner before relying on the parts below.
        </Translate>
      </p>
      <ul>
        {findings.map((finding, index) => (
          <li key={index}>{finding.message}</li>
        ))}
      </ul>
    </Admonition>
  );
}
