import type {LintFinding} from '../vocabulary/lint-finding.js';
import type {PolicyDocument} from './model.js';

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
  if (review.lastReviewed !== null && review.lastReviewed > today) {
    findings.push({
      code: 'review-in-future',
      severity: 'warning',
      message: `The last review is dated ${review.lastReviewed}, after today (${today}); a review cannot be recorded before it happens.`,
      path: 'review.lastReviewed',
      stale: false,
    });
  }
  const latestSensibleExpiry = addYears(today, 1);
  document.facts.exceptions.granted.forEach((exception, index) => {
    if (exception.expires > latestSensibleExpiry) {
      findings.push({
        code: 'exception-too-long',
        severity: 'warning',
        message: `The exception for ${exception.who} runs until ${exception.expires}, more than a year away; an exception is temporary, so renew it at a review instead.`,
        path: `exceptions.granted[${index}].expires`,
        stale: false,
      });
    }
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

/** YYYY-MM-DD plus whole years; 29 February lands on 1 March, the later of the two readings. */
function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year + years, month - 1, day)).toISOString().slice(0, 10);
}
