import type {LintFinding} from '../vocabulary/lint-finding.js';
import {formatDate} from '../vocabulary/locale-format.js';
import {ENGLISH_LANGUAGE, type PolicyLanguage} from './context.js';
import {isEnglishLocale, messageText} from './messages.js';
import type {PolicyDocument} from './model.js';

export interface LintOptions {
  /** The date to judge staleness against, YYYY-MM-DD. Passed in so the engine stays free of the clock. */
  today: string;
  /** The language of the findings' words (`messages/<locale>/lint.yml`); English by default. */
  language?: PolicyLanguage;
}

/**
 * A date inside a finding: as the file writes it (ISO) in English, which the reader searches the file for,
 * and in the long form of prose in other languages, as every other sentence of theirs writes a date.
 */
export function lintDate(iso: string, language: PolicyLanguage): string {
  return isEnglishLocale(language.locale) ? iso : formatDate(iso, language.locale, 'long');
}

/**
 * Every finding for a document on a given day: the contradictions found when it was built, plus the
 * date-based ones (review past due, expired exceptions), which are marked `stale` so `onStale` can act on
 * exactly those.
 */
export function lintPolicy(
  document: PolicyDocument,
  {today, language = ENGLISH_LANGUAGE}: LintOptions,
): LintFinding[] {
  const findings: LintFinding[] = [...document.findings];
  const {review} = document.header;
  const date = (iso: string) => lintDate(iso, language);
  if (review.nextDue !== null && review.nextDue < today) {
    findings.push({
      code: 'review-overdue',
      severity: 'warning',
      message: messageText(language, 'lint.review-overdue', {
        cadence: review.cadence,
        due: date(review.nextDue),
        reviewed: review.lastReviewed ? 'yes' : 'no',
        lastReviewed: review.lastReviewed ? date(review.lastReviewed) : '',
        effectiveDate: date(document.header.effectiveDate),
      }),
      path: 'review.lastReviewed',
      stale: true,
    });
  }
  if (review.lastReviewed !== null && review.lastReviewed > today) {
    findings.push({
      code: 'review-in-future',
      severity: 'warning',
      message: messageText(language, 'lint.review-in-future', {
        lastReviewed: date(review.lastReviewed),
        today: date(today),
      }),
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
        message: messageText(language, 'lint.exception-too-long', {
          who: exception.who,
          expires: date(exception.expires),
        }),
        path: `exceptions.granted[${index}].expires`,
        stale: false,
      });
    }
    if (exception.expires < today) {
      findings.push({
        code: 'exception-expired',
        severity: 'warning',
        message: messageText(language, 'lint.exception-expired', {
          who: exception.who,
          what: exception.what,
          expires: date(exception.expires),
        }),
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
