import type {MessageId} from '../messages.js';

/**
 * The policy's own rules that controls hang on, besides regime clauses: each with a stable id (the key the
 * mapping files use), the section that states it, and the sentence that says it in the crosswalk and OSCAL.
 * A rule whose section the config disables is not in the policy, so it addresses nothing.
 */
export interface OrganizationRule {
  id: string;
  section: string;
  message: MessageId;
}

export const ORGANIZATION_RULES: readonly OrganizationRule[] = [
  {id: 'org.approved-tools', section: 'approved-tools', message: 'controls.org.approved-tools'},
  {
    id: 'org.data-classification',
    section: 'data-classification',
    message: 'controls.org.data-classification',
  },
  {id: 'org.code-review', section: 'code-review', message: 'controls.org.code-review'},
  {id: 'org.budgets', section: 'budgets', message: 'controls.org.budgets'},
  {id: 'org.incidents', section: 'incidents-and-exceptions', message: 'controls.org.incidents'},
  {id: 'org.exceptions', section: 'incidents-and-exceptions', message: 'controls.org.exceptions'},
  {id: 'org.review', section: 'incidents-and-exceptions', message: 'controls.org.review'},
];
