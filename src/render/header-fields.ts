import {CADENCE_PHRASES} from '../engine/labels.js';
import type {PolicyDocument} from '../engine/model.js';

export interface HeaderField {
  /** Stable key, for themes that style fields differently. */
  key:
    | 'organization'
    | 'industry'
    | 'effectiveDate'
    | 'posture'
    | 'compliance'
    | 'owner'
    | 'lastReviewed'
    | 'nextReview';
  label: string;
  value: string;
}

/** The policy header as labelled fields, in reading order; fields the config leaves empty are omitted. */
export function headerFields(document: PolicyDocument): HeaderField[] {
  const {header} = document;
  const fields: Array<HeaderField | null> = [
    {key: 'organization', label: 'Organization', value: header.organization},
    {key: 'industry', label: 'Industry', value: header.industry.label},
    {key: 'effectiveDate', label: 'Effective date', value: header.effectiveDate},
    {key: 'posture', label: 'Posture', value: `${header.posture.label}. ${header.posture.statement}`},
    {
      key: 'compliance',
      label: 'Compliance context',
      value:
        header.compliance.length > 0
          ? header.compliance.map((regime) => regime.label).join(', ')
          : 'None selected',
    },
    header.owner ? {key: 'owner', label: 'Owner', value: header.owner} : null,
    {
      key: 'lastReviewed',
      label: 'Last review',
      value: header.review.lastReviewed
        ? `${header.review.lastReviewed} (reviewed ${CADENCE_PHRASES[header.review.cadence]})`
        : `Not yet reviewed (reviewed ${CADENCE_PHRASES[header.review.cadence]})`,
    },
    header.review.nextDue
      ? {key: 'nextReview', label: 'Next review due', value: header.review.nextDue}
      : null,
  ];
  return fields.filter((field): field is HeaderField => field !== null);
}
