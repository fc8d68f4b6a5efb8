import {translate} from '@docusaurus/Translate';
import AiPolicyBlocks from '@theme/AiPolicyBlocks';
import AiPolicyHeader from '@theme/AiPolicyHeader';
import AiPolicySection from '@theme/AiPolicySection';
import type {PolicySection} from 'docusaurus-plugin-ai-policy';
import type {ValidDraft} from 'docusaurus-plugin-ai-policy/builder';
import {type KeyboardEvent, memo, type ReactNode, useMemo, useState} from 'react';
import {CopyButton} from './copy';
import styles from './styles.module.css';

type Tab = 'policy' | 'markdown';
const TABS: readonly Tab[] = ['policy', 'markdown'];

/**
 * A section re-renders only when its content changed: each keystroke builds a new document, but most of
 * its sections come out the same, and comparing their JSON costs far less than rendering them.
 */
const PreviewSection = memo(
  function PreviewSection({section}: {section: PolicySection; json: string}): ReactNode {
    return <AiPolicySection section={section} headingLevel={3} />;
  },
  (before, after) => before.json === after.json,
);

/** The policy as the site's pages render it, from the same components, nested one heading level down. */
const RenderedPolicy = memo(function RenderedPolicy({draft}: {draft: ValidDraft}): ReactNode {
  return (
    <article className={`markdown ${styles.renderedPolicy}`}>
      <h2>{draft.title}</h2>
      <AiPolicyHeader fields={draft.headerFields} />
      {draft.sections.map((section) => (
        <PreviewSection key={section.id} section={section} json={JSON.stringify(section)} />
      ))}
      <footer>
        <AiPolicyBlocks blocks={draft.footer} sectionHeadingLevel={3} />
      </footer>
    </article>
  );
});

/**
 * The live preview: the rendered policy, and its Markdown (exactly what `ai-policy render` prints for the
 * downloaded file). While the draft is invalid it keeps showing the last valid policy, and says so.
 */
export default memo(function Preview({
  draft,
  toMarkdown,
  stale,
  loading,
}: {
  draft: ValidDraft | null;
  /** The engine's Markdown renderer, run only while the Markdown tab is open. */
  toMarkdown: ((draft: ValidDraft) => string) | null;
  /** The form has problems: what is shown is the last valid draft. */
  stale: boolean;
  loading: boolean;
}): ReactNode {
  const [tab, setTab] = useState<Tab>('policy');
  const markdown = useMemo(
    () => (tab === 'markdown' && draft && toMarkdown ? toMarkdown(draft) : null),
    [tab, draft, toMarkdown],
  );
  const label = (which: Tab) =>
    which === 'policy'
      ? translate({id: 'theme.aiPolicy.builder.preview.policyTab', message: 'Policy'})
      : translate({id: 'theme.aiPolicy.builder.preview.markdownTab', message: 'Markdown'});
  // Arrow keys move between tabs, as the ARIA tabs pattern has it; Tab moves into the panel.
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const next =
      TABS[(TABS.indexOf(tab) + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
    setTab(next);
    document.getElementById(`ai-policy-builder-tab-${next}`)?.focus();
  };
  return (
    <section className={styles.preview} aria-labelledby="ai-policy-builder-preview-heading">
      <div className={styles.previewBar}>
        <h2 id="ai-policy-builder-preview-heading" className={styles.previewHeading}>
          {translate({id: 'theme.aiPolicy.builder.preview.heading', message: 'Preview'})}
        </h2>
        <div
          role="tablist"
          aria-label={translate({id: 'theme.aiPolicy.builder.preview.tabs', message: 'Preview format'})}
        >
          {TABS.map((which) => (
            <button
              key={which}
              type="button"
              role="tab"
              id={`ai-policy-builder-tab-${which}`}
              aria-selected={tab === which}
              aria-controls={`ai-policy-builder-panel-${which}`}
              tabIndex={tab === which ? 0 : -1}
              className={`button button--sm ${tab === which ? 'button--primary' : 'button--secondary'} ${styles.tab}`}
              onClick={() => setTab(which)}
              onKeyDown={onKeyDown}
            >
              {label(which)}
            </button>
          ))}
        </div>
      </div>
      {stale && draft && (
        <p className={styles.staleNote}>
          {translate({
            id: 'theme.aiPolicy.builder.preview.stale',
            message: 'The form has problems: this is the last valid policy. Fix them to see your changes.',
          })}
        </p>
      )}
      <div
        id="ai-policy-builder-panel-policy"
        role="tabpanel"
        aria-labelledby="ai-policy-builder-tab-policy"
        hidden={tab !== 'policy'}
        aria-busy={loading}
        className={styles.previewPanel}
        data-preview="policy"
      >
        {draft ? (
          <RenderedPolicy draft={draft} />
        ) : (
          <p>{translate({id: 'theme.aiPolicy.builder.preview.loading', message: 'Loading the preview…'})}</p>
        )}
      </div>
      <div
        id="ai-policy-builder-panel-markdown"
        role="tabpanel"
        aria-labelledby="ai-policy-builder-tab-markdown"
        hidden={tab !== 'markdown'}
        className={styles.previewPanel}
      >
        {markdown !== null && (
          <>
            <CopyButton
              text={markdown}
              label={translate({id: 'theme.aiPolicy.builder.preview.copyMarkdown', message: 'Copy Markdown'})}
            />
            <pre className={styles.code} data-preview="markdown">
              {markdown}
            </pre>
          </>
        )}
      </div>
    </section>
  );
});
