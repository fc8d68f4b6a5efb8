import {translate} from '@docusaurus/Translate';
import AiPolicyInline from '@theme/AiPolicyInline';
import type {DraftEvaluation, ValidDraft} from 'docusaurus-plugin-ai-policy/builder';
import {memo, type ReactNode} from 'react';
import {CopyButton, DownloadButton} from './copy';
import styles from './styles.module.css';

/**
 * What the author takes to a pull request: the new `ai-policy.yml`, and what it changes in meaning
 * compared with the policy the site publishes now (the same diff `ai-policy diff` posts on a pull request).
 */
/** Memoized: a keystroke re-renders it only once the engine has read the new draft. */
export default memo(function Output({
  evaluation,
  lastValid,
  fileName,
  baselines,
  toChangesMarkdown,
}: {
  evaluation: DraftEvaluation | null;
  lastValid: ValidDraft | null;
  fileName: string;
  /** The names of the baselines the site's policy extends: the file is then only the overlay. */
  baselines: readonly string[];
  /** The diff as Markdown for a pull request, written only when it is copied. */
  toChangesMarkdown: (draft: ValidDraft) => string;
}): ReactNode {
  const changes = evaluation?.ok ? evaluation : lastValid;
  return (
    <section className={styles.output} aria-labelledby="ai-policy-builder-output-heading">
      <h2 id="ai-policy-builder-output-heading">
        {translate({id: 'theme.aiPolicy.builder.output.heading', message: 'Your policy file'})}
      </h2>
      <div className="row">
        <div className="col col--6">
          <h3>
            <code>{fileName}</code>
          </h3>
          {baselines.length > 0 && (
            <p data-output="overlay-note">
              {translate(
                {
                  id: 'theme.aiPolicy.builder.output.overlay',
                  message:
                    'Only what differs from {baselines}: this file extends it, and the baseline states the rest. An overlay may only tighten its baseline.',
                },
                {baselines: baselines.join(', ')},
              )}
            </p>
          )}
          {evaluation ? (
            <>
              <div className={styles.actions}>
                <DownloadButton
                  text={evaluation.yaml}
                  fileName={fileName}
                  type="application/yaml"
                  label={translate(
                    {id: 'theme.aiPolicy.builder.output.download', message: 'Download {fileName}'},
                    {fileName},
                  )}
                />
                <CopyButton
                  text={evaluation.yaml}
                  label={translate({id: 'theme.aiPolicy.builder.output.copy', message: 'Copy YAML'})}
                />
              </div>
              {!evaluation.ok && (
                <p className={styles.error}>
                  {translate({
                    id: 'theme.aiPolicy.builder.output.invalid',
                    message:
                      'This file has problems (listed beside their fields): `ai-policy check` rejects it as it is.',
                  })}
                </p>
              )}
              <pre className={styles.code} data-output="yaml">
                {evaluation.yaml}
              </pre>
            </>
          ) : (
            <p>{translate({id: 'theme.aiPolicy.builder.output.loading', message: 'Loading…'})}</p>
          )}
        </div>
        <div className="col col--6">
          <h3>
            {translate({
              id: 'theme.aiPolicy.builder.changes.heading',
              message: 'What changes from the current policy',
            })}
          </h3>
          {changes &&
            (changes.changes.length === 0 ? (
              <p data-output="changes">
                {translate({
                  id: 'theme.aiPolicy.builder.changes.none',
                  message: 'No change in meaning from the published policy.',
                })}
              </p>
            ) : (
              <>
                <div className={styles.actions}>
                  <CopyButton
                    text={() => toChangesMarkdown(changes)}
                    label={translate({
                      id: 'theme.aiPolicy.builder.changes.copy',
                      message: 'Copy for the pull request (Markdown)',
                    })}
                  />
                </div>
                <ul data-output="changes">
                  {changes.changes.map((change, index) => (
                    <li key={index} data-code={change.code}>
                      <AiPolicyInline inlines={change.text} />
                    </li>
                  ))}
                </ul>
              </>
            ))}
        </div>
      </div>
    </section>
  );
});
