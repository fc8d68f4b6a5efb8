import type {Posture} from '../vocabulary/config-values.js';

/**
 * The voice of a rule. The posture sets it for the company's own rules: advisory policies guide ("should"),
 * mandatory ones bind ("must"). Duties that come from law or from an audit framework always use
 * `LEGAL_DUTY`: a posture calibrates the company's rules and never softens what a law requires.
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
}

const mandatory: Wording = {
  posture: 'mandatory',
  must: 'must',
  mustNot: 'must not',
  required: 'required',
  isProhibited: 'is prohibited',
};

const advisory: Wording = {
  posture: 'advisory',
  must: 'should',
  mustNot: 'should not',
  required: 'expected',
  isProhibited: 'is strongly discouraged',
};

/** The voice of obligations imposed by law or audit criteria, whatever the posture. */
export const LEGAL_DUTY: Wording = mandatory;

export function wordingFor(posture: Posture): Wording {
  return posture === 'mandatory' ? mandatory : advisory;
}
