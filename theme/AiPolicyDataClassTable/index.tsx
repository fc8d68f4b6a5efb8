import type {Props} from '@theme/AiPolicyDataClassTable';
import AiPolicyTable from '@theme/AiPolicyTable';
import type {ReactNode} from 'react';

/** The data classes table (block role `data-classes`): class, examples, and where the class may go. */
export default function AiPolicyDataClassTable({table}: Props): ReactNode {
  return <AiPolicyTable table={table} className="ai-policy-data-classes" />;
}
