import AiPolicyTable from '@theme/AiPolicyTable';
import type {Props} from '@theme/AiPolicyToolMatrix';
import type {Inline} from 'docusaurus-plugin-ai-policy';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

function cellText(cell: readonly Inline[]): string {
  return cell.map((inline) => ('value' in inline ? inline.value : cellText(inline.children))).join('');
}

/**
 * The tool by data class matrix (block role `tool-matrix`). Cells read "Allowed" or "No: <reason>"; the
 * colour only repeats what the words say, so the table stays readable in print and to screen readers.
 */
export default function AiPolicyToolMatrix({table}: Props): ReactNode {
  return (
    <AiPolicyTable
      table={table}
      className={`ai-policy-tool-matrix ${styles.matrix}`}
      cellClassName={(cell) => {
        const text = cellText(cell);
        if (/^allowed\b/i.test(text)) return styles.allowed;
        if (/^no\b/i.test(text)) return styles.denied;
        return undefined;
      }}
    />
  );
}
