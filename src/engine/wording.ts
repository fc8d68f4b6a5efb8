import type {Posture} from './model.js';

/**
 * The posture's voice. Advisory policies guide ("should"); mandatory ones bind ("must") and name what
 * happens when a rule is broken. Every sentence that states a rule takes its modal verbs from here, so the
 * posture changes the whole document, not just its header.
 */
export interface Wording {
  posture: Posture;
  /** "must" | "should" */
  must: string;
  /** "must not" | "should not" */
  mustNot: string;
  /** "required" | "expected" */
  required: string;
  /** "is prohibited" | "is strongly discouraged" */
  isProhibited: string;
  /** The named consequence of breaking a rule (mandatory), or how deviations are handled (advisory). */
  consequence: string;
}

const mandatory: Wording = {
  posture: 'mandatory',
  must: 'must',
  mustNot: 'must not',
  required: 'required',
  isProhibited: 'is prohibited',
  consequence:
    'A breach of this policy suspends the person’s access to AI tools until the security owner restores it, and repeated or deliberate breaches go through the disciplinary process.',
};

const advisory: Wording = {
  posture: 'advisory',
  must: 'should',
  mustNot: 'should not',
  required: 'expected',
  isProhibited: 'is strongly discouraged',
  consequence:
    'Departures from this guidance are discussed with the team lead so the policy or the tooling can improve; they are not disciplinary matters on their own.',
};

export function wordingFor(posture: Posture): Wording {
  return posture === 'mandatory' ? mandatory : advisory;
}
