import AiPolicyTable from '@theme/AiPolicyTable';
import type {Props} from '@theme/AiPolicyToolMatrix';
import type {Inline} from 'docusaurus-plugin-ai-policy';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

/** The decision a matrix cell holds; the engine puts exactly one in each cell after the row header. */
function cellDecision(cell: readonly Inline[]) {
  const [first] = cell;
  return first?.type === 'decision' ? first : undefined;
}

/**
 * The tool by data class matrix (block role `tool-matrix`). Cells read "Allowed" or "No: <reason>"; the
 * colour follows the decision's status and only repeats what the words say, so the table stays readable
 * in print and to screen readers.
 */
export default function AiPolicyToolMatrix({table}: Props): ReactNode {
  return (
    <AiPolicyTable
      table={table}
      className={`ai-policy-tool-matrix ${styles.matrix}`}
      cellClassName={(cell) => {
        const decision = cellDecision(cell);
        if (decision === undefined) return undefined;
        // Global class names (theme/decisions.css), shared with the matrix an embed renders from mdast.
        return decision.allowed ? 'ai-policy-decision--allowed' : 'ai-policy-decision--denied';
      }}
    />
  );
}
