import type {LintFinding, PolicyDocument} from './model.js';

export interface LintOptions {
  /** The date to judge staleness against, YYYY-MM-DD. Passed in so the engine stays free of the clock. */
  today: string;
}

/**
 * Every finding for a document on a given day: the contradictions found when it was built, plus the
 * date-based ones (review past due, expired exceptions), which are marked `stale` so `onStale` can act on
 * exactly those.
 */
export function lintPolicy(document: PolicyDocument, {today}: LintOptions): LintFinding[] {
  const findings: LintFinding[] = [...document.findings];
  const {review} = document.header;
  if (review.nextDue !== null && review.nextDue < today) {
    const since = review.lastReviewed
      ? `last reviewed ${review.lastReviewed}`
      : `effective ${document.header.effectiveDate}, never reviewed`;
    findings.push({
      code: 'review-overdue',
      severity: 'warning',
      message: `The policy's ${review.cadence} review was due on ${review.nextDue} (${since}).`,
      path: 'review.lastReviewed',
      stale: true,
    });
  }
  document.facts.exceptions.granted.forEach((exception, index) => {
    if (exception.expires < today) {
      findings.push({
        code: 'exception-expired',
        severity: 'warning',
        message: `The exception for ${exception.who} (${exception.what}) expired on ${exception.expires}; remove it or renew it.`,
        path: `exceptions.granted[${index}].expires`,
        stale: true,
      });
    }
  });
  return findings;
}
