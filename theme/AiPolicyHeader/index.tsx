import type {Props} from '@theme/AiPolicyHeader';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

/** The policy's metadata (organization, industry, dates, posture, regimes, owner) as a description list. */
export default function AiPolicyHeader({fields}: Props): ReactNode {
  return (
    <dl className={styles.fields}>
      {fields.map((field) => (
        <div key={field.key} className={styles.field} data-field={field.key}>
          <dt>{field.label}</dt>
          <dd>{field.value}</dd>
        </div>
      ))}
    </dl>
  );
}
