import Translate, {translate} from '@docusaurus/Translate';
import type {Props} from '@theme/AiPolicyActions';
import {type ReactNode, useEffect, useRef, useState} from 'react';
import styles from './styles.module.css';

type CopyStatus = 'idle' | 'copied' | 'failed';

function statusMessage(status: CopyStatus): string {
  if (status === 'copied')
    return translate({
      id: 'theme.aiPolicy.copied',
      message: 'Copied to the clipboard as Markdown.',
      description: 'Announced after the policy was copied as Markdown',
    });
  if (status === 'failed')
    return translate({
      id: 'theme.aiPolicy.copyFailed',
      message: 'Could not copy: the browser blocked clipboard access. Use the Markdown download instead.',
      description: 'Announced when the browser refused clipboard access',
    });
  return '';
}

/**
 * "Copy as Markdown" and the `.md`/`.json` download links. The copy result is announced through a polite
 * live region, so screen reader users hear it without losing their place.
 */
export default function AiPolicyActions({markdown, subject, downloads}: Props): ReactNode {
  const [status, setStatus] = useState<CopyStatus>('idle');
  const resetTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(resetTimer.current), []);

  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(markdown);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
    clearTimeout(resetTimer.current);
    resetTimer.current = setTimeout(() => setStatus('idle'), 5000);
  }

  return (
    <div className={styles.actions}>
      <div className={styles.buttons}>
        <button
          type="button"
          className={`button button--secondary button--sm ${styles.copyButton}`}
          aria-label={translate(
            {
              id: 'theme.aiPolicy.copyMarkdownLabel',
              message: 'Copy as Markdown: {subject}',
              description: 'Accessible name of the copy button; {subject} is "the policy" or "this section"',
            },
            {subject},
          )}
          onClick={() => void copy()}
        >
          <Translate
            id="theme.aiPolicy.copyMarkdown"
            description="The button that copies the policy as Markdown"
          >
            Copy as Markdown
          </Translate>
        </button>
        {downloads && (
          <>
            <a
              className="button button--secondary button--sm"
              href={downloads.markdown}
              download
              aria-label={translate({
                id: 'theme.aiPolicy.downloadMarkdownLabel',
                message: 'Download .md: the policy as Markdown',
                description: 'Accessible name of the Markdown download link',
              })}
            >
              <Translate id="theme.aiPolicy.downloadMarkdown" description="The Markdown download link">
                Download .md
              </Translate>
            </a>
            <a
              className="button button--secondary button--sm"
              href={downloads.json}
              download
              aria-label={translate({
                id: 'theme.aiPolicy.downloadJsonLabel',
                message: 'Download .json: the policy as JSON, for tools that enforce it',
                description: 'Accessible name of the JSON download link',
              })}
            >
              <Translate id="theme.aiPolicy.downloadJson" description="The JSON download link">
                Download .json
              </Translate>
            </a>
          </>
        )}
      </div>
      <p className={styles.status} role="status" aria-live="polite">
        {statusMessage(status)}
      </p>
    </div>
  );
}
