import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import type {Props} from '@theme/AiPolicyBuilderPage';
import AiPolicySubpage from '@theme/AiPolicySubpage';
import type {DraftEvaluation, ValidDraft} from 'docusaurus-plugin-ai-policy/builder';
import {type ReactNode, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState} from 'react';
import {type Draft, type FieldPath, owningField, withValue} from './draft-state';
import {FormContext, type FormState} from './fields';
import Output from './output';
import Preview from './preview';
import {builderSteps, formFieldPaths} from './steps';
import styles from './styles.module.css';

type Engine = typeof import('docusaurus-plugin-ai-policy/builder');

/** Set when the engine has loaded and the first preview is on screen: the builder's time to interactive. */
export const READY_MARK = 'ai-policy-builder:ready';
/** One run of the engine over the draft (parse, validate, build, lint, diff). */
export const EVALUATE_MEASURE = 'ai-policy-builder:evaluate';

/**
 * Loads the engine in its own chunk, in the browser only: no other page downloads it, and the server
 * renders the form without it.
 */
function useEngine(): {engine: Engine | null; today: string | null; failed: boolean} {
  const [state, setState] = useState<{engine: Engine | null; today: string | null; failed: boolean}>({
    engine: null,
    today: null,
    failed: false,
  });
  useEffect(() => {
    let live = true;
    import(/* webpackChunkName: "ai-policy-builder-engine" */ 'docusaurus-plugin-ai-policy/builder').then(
      (engine) => live && setState({engine, today: new Date().toISOString().slice(0, 10), failed: false}),
      () => live && setState({engine: null, today: null, failed: true}),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

function topKey(path: string): string {
  return path.split(/[.[]/)[0] ?? '';
}

/**
 * The policy builder: the site's current policy as a form in steps, a live preview rendered by the same
 * engine and components as the policy pages, and the new `ai-policy.yml` with what it changes. Nothing is
 * sent anywhere: the engine runs in the page, and the file leaves by copy or download.
 */
export default function AiPolicyBuilderPage({metadata, content}: Props): ReactNode {
  const [draft, setDraft] = useState<Draft>(content.input);
  const [stepIndex, setStepIndex] = useState(0);
  const {engine, today, failed} = useEngine();
  const deferredDraft = useDeferredValue(draft);
  const draftContext = useMemo(
    () =>
      today
        ? {
            current: content.config,
            currentVersion: content.version,
            fileName: content.fileName,
            today,
            overlay: content.overlay,
            language: content.language,
          }
        : null,
    [today, content],
  );
  const evaluate = useMemo(
    () => (engine && draftContext ? engine.createDraftEvaluator(draftContext) : null),
    [engine, draftContext],
  );
  const toChangesMarkdown = useCallback(
    (valid: ValidDraft) => (engine && draftContext ? engine.draftChangesMarkdown(valid, draftContext) : ''),
    [engine, draftContext],
  );
  const evaluation: DraftEvaluation | null = useMemo(() => {
    if (!evaluate) return null;
    const started = performance.now();
    const result = evaluate(deferredDraft);
    // The engine's share of the preview's latency, for the builder's budget (docs/builder.md, "Budget").
    performance.measure(EVALUATE_MEASURE, {start: started});
    return result;
  }, [evaluate, deferredDraft]);
  const [lastValid, setLastValid] = useState<ValidDraft | null>(null);
  useEffect(() => {
    if (evaluation?.ok) setLastValid(evaluation);
  }, [evaluation]);
  const shown = evaluation?.ok ? evaluation : lastValid;

  const marked = useRef(false);
  useEffect(() => {
    if (!shown || marked.current || !evaluate) return;
    marked.current = true;
    performance.mark(READY_MARK);
    // The first evaluation read the policy unchanged, so the code that words a change has never run. One
    // throwaway run on a changed copy, while the page is idle, compiles it before the first real edit.
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    const posture = content.config.posture === 'advisory' ? 'mandatory' : 'advisory';
    idle(() => evaluate({...content.input, posture}));
  }, [shown, evaluate, content]);

  const baselineNames = useMemo(
    () => content.overlay?.baselines.map((baseline) => baseline.label) ?? [],
    [content.overlay],
  );
  const steps = useMemo(builderSteps, []);
  const fieldPaths = useMemo(() => formFieldPaths(draft), [draft]);
  const {messages, unplaced, perStep} = useMemo(() => {
    const byField = new Map<string, {errors: string[]; warnings: string[]}>();
    const rest: Array<{path: string; text: string; kind: 'error' | 'warning'}> = [];
    const counts = new Map<string, number>();
    const place = (path: string, text: string, kind: 'error' | 'warning') => {
      const field = owningField(path, fieldPaths);
      if (field === null) {
        rest.push({path, text, kind});
        return;
      }
      const entry = byField.get(field) ?? {errors: [], warnings: []};
      (kind === 'error' ? entry.errors : entry.warnings).push(text);
      byField.set(field, entry);
      if (kind === 'error') {
        const step = steps.find((candidate) => candidate.keys.includes(topKey(path)));
        if (step) counts.set(step.id, (counts.get(step.id) ?? 0) + 1);
      }
    };
    if (evaluation && !evaluation.ok)
      for (const problem of evaluation.problems) place(problem.path, problem.text, 'error');
    if (evaluation?.ok)
      for (const finding of evaluation.findings) place(finding.path, finding.text, 'warning');
    return {messages: byField, unplaced: rest, perStep: counts};
  }, [evaluation, fieldPaths, steps]);

  const update = useCallback((path: FieldPath, value: unknown) => {
    setDraft((current) => withValue(current, path, value));
  }, []);
  const form: FormState = useMemo(
    () => ({
      draft,
      labels: content.labels,
      effective: (shown?.config as Record<string, unknown> | undefined) ?? null,
      update,
      messages,
    }),
    [draft, content.labels, shown, update, messages],
  );

  const problems = evaluation && !evaluation.ok ? evaluation.problems : [];
  const step = steps[stepIndex]!;
  const title = translate({id: 'theme.aiPolicy.builder.title', message: 'Policy builder'});

  return (
    <AiPolicySubpage
      title={title}
      description={translate(
        {
          id: 'theme.aiPolicy.builder.description',
          message: 'Draft a change to the AI tool usage policy of {organization}, with a live preview.',
        },
        {organization: metadata.organization},
      )}
      wide
      className={styles.builder}
      intro={
        <>
          <p>
            {translate(
              {
                id: 'theme.aiPolicy.builder.intro',
                message:
                  'Start from the published policy of {organization}, change what you need, and take the new {fileName} to a pull request. Everything happens in this page: nothing you type is sent anywhere.',
              },
              {organization: metadata.organization, fileName: content.fileName},
            )}{' '}
            <Link to={metadata.permalink}>
              {translate({id: 'theme.aiPolicy.builder.published', message: 'The published policy'})}
            </Link>
          </p>
          {failed && (
            <p className={styles.error} role="alert">
              {translate({
                id: 'theme.aiPolicy.builder.loadFailed',
                message: 'The preview could not be loaded. Reload the page to try again.',
              })}
            </p>
          )}
        </>
      }
    >
      <div className="row">
        <div className="col col--6">
          <FormContext.Provider value={form}>
            <form
              className={styles.form}
              aria-labelledby="ai-policy-builder-step-heading"
              onSubmit={(event) => event.preventDefault()}
            >
              <nav aria-label={translate({id: 'theme.aiPolicy.builder.steps', message: 'Steps'})}>
                <ol className={styles.steps}>
                  {steps.map((candidate, index) => {
                    const count = perStep.get(candidate.id) ?? 0;
                    return (
                      <li key={candidate.id}>
                        <button
                          type="button"
                          className={`${styles.stepButton} ${index === stepIndex ? styles.currentStep : ''}`}
                          aria-current={index === stepIndex ? 'step' : undefined}
                          onClick={() => setStepIndex(index)}
                        >
                          <span className={styles.stepNumber}>{index + 1}</span> {candidate.title}
                          {count > 0 && (
                            <span className={styles.stepProblems}>
                              {translate(
                                {id: 'theme.aiPolicy.builder.stepProblems', message: '({count} to fix)'},
                                {count},
                              )}
                            </span>
                          )}
                        </button>
                      </li>
                    );
                  })}
                </ol>
              </nav>
              <p role="status" aria-live="polite" className={styles.summary}>
                {problems.length > 0 &&
                  translate(
                    {
                      id: 'theme.aiPolicy.builder.problemSummary',
                      message: '{count} to fix, first {path}: {text}',
                    },
                    {count: problems.length, path: problems[0]!.path || '(file)', text: problems[0]!.text},
                  )}
              </p>
              {unplaced.length > 0 && (
                <ul className={styles.unplaced}>
                  {unplaced.map((entry) => (
                    <li
                      key={`${entry.path}-${entry.text}`}
                      className={entry.kind === 'error' ? styles.error : styles.warning}
                    >
                      <code>{entry.path || '(file)'}</code> {entry.text}
                    </li>
                  ))}
                </ul>
              )}
              {/* Only the current step is rendered: a keystroke re-renders its fields, not all six steps'. */}
              <fieldset className={styles.stepFields} aria-labelledby="ai-policy-builder-step-heading">
                <h2 id="ai-policy-builder-step-heading" className={styles.stepHeading}>
                  {translate(
                    {
                      id: 'theme.aiPolicy.builder.stepHeading',
                      message: 'Step {number} of {total}: {title}',
                    },
                    {number: stepIndex + 1, total: steps.length, title: step.title},
                  )}
                </h2>
                <step.Fields />
              </fieldset>
              <div className={styles.stepNav}>
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={stepIndex === 0}
                  onClick={() => setStepIndex(stepIndex - 1)}
                >
                  {translate({id: 'theme.aiPolicy.builder.previous', message: 'Previous step'})}
                </button>
                <button
                  type="button"
                  className="button button--primary"
                  disabled={stepIndex === steps.length - 1}
                  onClick={() => setStepIndex(stepIndex + 1)}
                >
                  {translate({id: 'theme.aiPolicy.builder.next', message: 'Next step'})}
                </button>
              </div>
            </form>
          </FormContext.Provider>
        </div>
        <div className="col col--6">
          <Preview
            draft={shown}
            toMarkdown={engine?.draftMarkdown ?? null}
            stale={evaluation !== null && !evaluation.ok}
            loading={!shown && !failed}
          />
        </div>
      </div>
      <Output
        evaluation={evaluation}
        lastValid={lastValid}
        fileName={content.fileName}
        baselines={baselineNames}
        toChangesMarkdown={toChangesMarkdown}
      />
    </AiPolicySubpage>
  );
}
