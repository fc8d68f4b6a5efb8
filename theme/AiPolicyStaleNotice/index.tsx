import Translate, {translate} from '@docusaurus/Translate';
import Admonition from '@theme/Admonition';
import type {Props} from '@theme/AiPolicyStaleNotice';
import type {ReactNode} from 'react';

/**
 * Tells readers the policy may be out of date: its review is overdue or an exception has expired. Judged
 * when the site was built, so it says so rather than implying it was checked just now.
 */
export default function AiPolicyStaleNotice({findings, invalidEdit}: Props): ReactNode {
  const invalidEditNotice = invalidEdit ? (
    <Admonition
      type="danger"
      title={translate({
        id: 'theme.aiPolicy.invalidEdit.title',
        message: 'AI policy not updated (docusaurus start only)',
        description: 'Title of the notice shown in the dev server when the policy file has become invalid',
      })}
    >
      <p>
        <Translate
          id="theme.aiPolicy.invalidEdit.body"
          description="Body of the dev-server notice shown while the policy file is invalid"
        >
          The policy file has an error, so this page shows the last valid policy until it is fixed:
        </Translate>
      </p>
      <p>
        <code>{invalidEdit}</code>
      </p>
    </Admonition>
  ) : null;
  if (findings.length === 0) return invalidEditNotice;
  const overdue = findings.some((finding) => finding.code === 'review-overdue');
  return (
    <>
      {invalidEditNotice}
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
    </>
  );
}
