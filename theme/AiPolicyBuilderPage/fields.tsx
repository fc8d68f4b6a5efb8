import type {AiPolicyBuilderContent} from 'docusaurus-plugin-ai-policy';
import {createContext, type ReactNode, useContext, useEffect, useState} from 'react';
import {type Draft, type FieldPath, fieldId, pathName, valueAt} from './draft-state';
import styles from './styles.module.css';

/** What the form's fields read and write: the draft, and the messages each field is to show. */
export interface FormState {
  draft: Draft;
  /** The closed values' words in the page's language, from the policy's own messages. */
  labels: AiPolicyBuilderContent['labels'];
  /** The last valid config (defaults applied), for showing the value a field left out stands for. */
  effective: Record<string, unknown> | null;
  update: (path: FieldPath, value: unknown) => void;
  /** Problems (errors) and findings (warnings) by the field they belong to. */
  messages: ReadonlyMap<string, {errors: string[]; warnings: string[]}>;
}

export const FormContext = createContext<FormState | null>(null);

export function useForm(): FormState {
  const form = useContext(FormContext);
  if (!form) throw new Error('builder fields must be rendered inside the builder form');
  return form;
}

const NO_MESSAGES = {errors: [] as string[], warnings: [] as string[]};

/**
 * The messages of one field, and the ARIA that ties them to it: `aria-invalid` while it has an error and
 * `aria-describedby` naming its hint and its messages, so a screen reader reads them with the field.
 */
function useFieldMessages(path: FieldPath, hint: string | undefined) {
  const {messages} = useForm();
  const {errors, warnings} = messages.get(pathName(path)) ?? NO_MESSAGES;
  const hintId = hint ? fieldId(path, 'hint') : undefined;
  const messagesId = errors.length + warnings.length > 0 ? fieldId(path, 'messages') : undefined;
  const describedBy = [hintId, messagesId].filter(Boolean).join(' ') || undefined;
  const node = (
    <>
      {hint && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
      {messagesId && (
        <div id={messagesId} className={styles.messages} data-field={pathName(path)}>
          {errors.map((text) => (
            <p key={`e-${text}`} className={styles.error}>
              {text}
            </p>
          ))}
          {warnings.map((text) => (
            <p key={`w-${text}`} className={styles.warning}>
              {text}
            </p>
          ))}
        </div>
      )}
    </>
  );
  return {
    invalid: errors.length > 0,
    aria: {'aria-invalid': errors.length > 0 || undefined, 'aria-describedby': describedBy},
    node,
  };
}

/** Messages for a group of fields (a tool, a class): problems under it that no single field shows. */
export function GroupMessages({path}: {path: FieldPath}): ReactNode {
  return useFieldMessages(path, undefined).node;
}

export function TextField({
  path,
  label,
  hint,
  required = false,
  multiline = false,
  type = 'text',
  placeholder,
  autoComplete = 'off',
}: {
  path: FieldPath;
  label: string;
  hint?: string;
  /** A required field keeps an empty string, so the validation says it is missing; others drop the key. */
  required?: boolean;
  multiline?: boolean;
  type?: 'text' | 'date' | 'email';
  placeholder?: string;
  autoComplete?: string;
}): ReactNode {
  const {draft, update} = useForm();
  const raw = valueAt(draft, path);
  const value = typeof raw === 'string' ? raw : raw === undefined || raw === null ? '' : String(raw);
  const {aria, node, invalid} = useFieldMessages(path, hint);
  const id = fieldId(path);
  const onChange = (next: string) => update(path, next === '' && !required ? undefined : next);
  const common = {
    id,
    name: pathName(path),
    value,
    placeholder,
    className: `${styles.input} ${invalid ? styles.invalid : ''}`,
    ...aria,
  };
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
        {/* `required` on the input says it to assistive technology; the star is for the eye. */}
        {required && (
          <span className={styles.required} aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          required={required}
          autoComplete={autoComplete}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {node}
    </div>
  );
}

export interface Choice {
  value: string;
  label: string;
}

export function SelectField({
  path,
  label,
  hint,
  choices,
  fallback,
  emptyLabel,
}: {
  path: FieldPath;
  label: string;
  hint?: string;
  choices: readonly Choice[];
  /** What the config means when the key is left out (the schema's default). */
  fallback?: string;
  /** Offer "none" as the first choice; picking it removes the key. */
  emptyLabel?: string;
}): ReactNode {
  const {draft, update} = useForm();
  const raw = valueAt(draft, path);
  const value = typeof raw === 'string' ? raw : (fallback ?? '');
  const {aria, node, invalid} = useFieldMessages(path, hint);
  const id = fieldId(path);
  // A value the form does not offer (a class id removed elsewhere) stays visible, so it can be corrected.
  const offered = choices.some((choice) => choice.value === value) || value === '';
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <select
        id={id}
        name={pathName(path)}
        value={value}
        className={`${styles.input} ${invalid ? styles.invalid : ''}`}
        onChange={(event) => update(path, event.target.value === '' ? undefined : event.target.value)}
        {...aria}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {!offered && <option value={value}>{value}</option>}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      {node}
    </div>
  );
}

/** Radio buttons for a closed field with few values, each with a line that says what it means. */
export function RadioField({
  path,
  legend,
  choices,
  fallback,
}: {
  path: FieldPath;
  legend: string;
  choices: ReadonlyArray<Choice & {description?: string}>;
  fallback: string;
}): ReactNode {
  const {draft, update} = useForm();
  const raw = valueAt(draft, path);
  const value = typeof raw === 'string' ? raw : fallback;
  const {aria, node} = useFieldMessages(path, undefined);
  const name = pathName(path);
  return (
    <fieldset className={styles.choiceGroup} {...aria}>
      <legend className={styles.label}>{legend}</legend>
      {choices.map((choice) => {
        const id = fieldId(path, choice.value);
        return (
          <div key={choice.value} className={styles.choice}>
            <input
              type="radio"
              id={id}
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => update(path, choice.value)}
            />
            <label htmlFor={id}>
              <strong>{choice.label}</strong>
              {choice.description && <span className={styles.choiceDescription}> {choice.description}</span>}
            </label>
          </div>
        );
      })}
      {node}
    </fieldset>
  );
}

/**
 * Checkboxes for a list of closed values (`compliance`, `categories`). `single` writes one value as a
 * plain string, the way `agreement: enterprise` is written, and several as a list.
 */
export function CheckboxesField({
  path,
  legend,
  hint,
  choices,
  single = false,
  fallback = [],
}: {
  path: FieldPath;
  legend: string;
  hint?: string;
  choices: ReadonlyArray<Choice & {description?: string}>;
  single?: boolean;
  fallback?: readonly string[];
}): ReactNode {
  const {draft, update} = useForm();
  const raw = valueAt(draft, path);
  const selected = new Set(
    Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? [raw] : [...fallback],
  );
  const {aria, node} = useFieldMessages(path, hint);
  const toggle = (value: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(value);
    else next.delete(value);
    // The config's order, whatever order the boxes were ticked in.
    const list = choices.map((choice) => choice.value).filter((choice) => next.has(choice));
    if (!single) update(path, list);
    else update(path, list.length === 0 ? undefined : list.length === 1 ? list[0] : list);
  };
  return (
    <fieldset className={styles.choiceGroup} {...aria}>
      <legend className={styles.label}>{legend}</legend>
      <div className={styles.choiceGrid}>
        {choices.map((choice) => {
          const id = fieldId(path, choice.value);
          return (
            <div key={choice.value} className={styles.choice}>
              <input
                type="checkbox"
                id={id}
                value={choice.value}
                checked={selected.has(choice.value)}
                onChange={(event) => toggle(choice.value, event.target.checked)}
              />
              <label htmlFor={id}>
                {choice.label}
                {choice.description && (
                  <span className={styles.choiceDescription}> {choice.description}</span>
                )}
              </label>
            </div>
          );
        })}
      </div>
      {node}
    </fieldset>
  );
}

export function CheckboxField({
  path,
  label,
  hint,
  fallback,
}: {
  path: FieldPath;
  label: string;
  hint?: string;
  fallback: boolean;
}): ReactNode {
  const {draft, effective, update} = useForm();
  const raw = valueAt(draft, path);
  const shown = valueAt(effective, path);
  const checked = typeof raw === 'boolean' ? raw : typeof shown === 'boolean' ? shown : fallback;
  const {aria, node} = useFieldMessages(path, hint);
  const id = fieldId(path);
  return (
    <div className={styles.field}>
      <div className={styles.choice}>
        <input
          type="checkbox"
          id={id}
          checked={checked}
          onChange={(event) => update(path, event.target.checked)}
          {...aria}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {node}
    </div>
  );
}

/**
 * A list of strings, one per line. The text is kept as typed (an empty line while typing a new item)
 * and written to the draft without empty lines; it is reset only when the draft changes from elsewhere.
 */
export function LinesField({path, label, hint}: {path: FieldPath; label: string; hint?: string}): ReactNode {
  const {draft, update} = useForm();
  const raw = valueAt(draft, path);
  const list = Array.isArray(raw) ? raw.map(String) : [];
  const [text, setText] = useState(list.join('\n'));
  const joined = list.join('\n');
  useEffect(() => {
    setText((current) => (linesOf(current).join('\n') === joined ? current : joined));
  }, [joined]);
  const {aria, node, invalid} = useFieldMessages(path, hint);
  const id = fieldId(path);
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <textarea
        id={id}
        name={pathName(path)}
        rows={Math.min(8, Math.max(2, list.length + 1))}
        value={text}
        className={`${styles.input} ${invalid ? styles.invalid : ''}`}
        onChange={(event) => {
          setText(event.target.value);
          const lines = linesOf(event.target.value);
          update(path, lines.length > 0 ? lines : undefined);
        }}
        {...aria}
      />
      {node}
    </div>
  );
}

function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
