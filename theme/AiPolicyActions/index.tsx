import type {Props} from '@theme/AiPolicyActions';
import {type ReactNode, useEffect, useRef, useState} from 'react';
import styles from './styles.module.css';

type CopyStatus = 'idle' | 'copied' | 'failed';

const STATUS_MESSAGES: Record<CopyStatus, string> = {
  idle: '',
  copied: 'Copied to the clipboard as Markdown.',
  failed: 'Could not copy: the browser blocked clipboard access. Use the Markdown download instead.',
};

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
          aria-label={`Copy as Markdown: ${subject}`}
          onClick={() => void copy()}
        >
          Copy as Markdown
        </button>
        {downloads && (
          <>
            <a
              className="button button--secondary button--sm"
              href={downloads.markdown}
              download
              aria-label="Download .md: the policy as Markdown"
            >
              Download .md
            </a>
            <a
              className="button button--secondary button--sm"
              href={downloads.json}
              download
              aria-label="Download .json: the policy as JSON, for tools that enforce it"
            >
              Download .json
            </a>
          </>
        )}
      </div>
      <p className={styles.status} role="status" aria-live="polite">
        {STATUS_MESSAGES[status]}
      </p>
    </div>
  );
}
