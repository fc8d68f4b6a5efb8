import {translate} from '@docusaurus/Translate';
import {type ReactNode, useEffect, useRef, useState} from 'react';
import styles from './styles.module.css';

type Status = 'idle' | 'done' | 'failed';

/** Announces what a button did through a polite live region, then clears it. */
function useStatus(): [Status, (status: Status) => void] {
  const [status, setStatus] = useState<Status>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return [
    status,
    (next) => {
      setStatus(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setStatus('idle'), 5000);
    },
  ];
}

/** `text` may be a function, for text that is costly to make and only needed when the button is pressed. */
export function CopyButton({text, label}: {text: string | (() => string); label: string}): ReactNode {
  const [status, setStatus] = useStatus();
  return (
    <span className={styles.action}>
      <button
        type="button"
        className={`button button--sm button--secondary ${styles.button}`}
        onClick={() =>
          navigator.clipboard.writeText(typeof text === 'string' ? text : text()).then(
            () => setStatus('done'),
            () => setStatus('failed'),
          )
        }
      >
        {label}
      </button>
      <span role="status" className={styles.actionStatus}>
        {status === 'done' && translate({id: 'theme.aiPolicy.builder.copied', message: 'Copied.'})}
        {status === 'failed' &&
          translate({
            id: 'theme.aiPolicy.builder.copyFailed',
            message: 'The browser blocked the clipboard; select the text and copy it instead.',
          })}
      </span>
    </span>
  );
}

/**
 * Saves `text` as a file without a server: a Blob URL, clicked through a temporary link, then revoked.
 */
export function DownloadButton({
  text,
  fileName,
  type,
  label,
}: {
  text: string;
  fileName: string;
  type: string;
  label: string;
}): ReactNode {
  return (
    <button
      type="button"
      className={`button button--sm button--primary ${styles.button}`}
      onClick={() => {
        const url = URL.createObjectURL(new Blob([text], {type}));
        const link = document.createElement('a');
        link.href = url;
        link.download = fileName;
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 0);
      }}
    >
      {label}
    </button>
  );
}
