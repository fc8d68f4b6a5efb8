/**
 * How the plugin's own words are set in the policy's language: dates, and the typography of French and
 * German. Every localized string the plugin writes (messages, separators, labels) goes through
 * `localizeTypography` once; the config's own strings never do, since they are the organization's words.
 * Pure and deterministic: dates are read from their ISO form and formatted in UTC, never from a clock.
 */

/** U+202F NARROW NO-BREAK SPACE: French sets it before `: ; ? !` and inside `« »`. */
export const NARROW_NBSP = '\u202F';
/** U+00A0 NO-BREAK SPACE: French sets it before `%`, and after `§` in every language that spaces it. */
export const NBSP = '\u00A0';

/** The language part of a BCP 47 tag, lower-cased: `fr-CA` → `fr`. */
function languageOf(locale: string): string {
  return locale.split('-')[0]!.toLowerCase();
}

export function isFrench(locale: string): boolean {
  return languageOf(locale) === 'fr';
}

export function isGerman(locale: string): boolean {
  return languageOf(locale) === 'de';
}

/**
 * `long` for prose and header fields ("15 June 2026", « 1er juin 2026 », „15. Juni 2026“); `numeric` for
 * table cells, where a column of dates is scanned (2026-06-15, 15/06/2026, 15.06.2026).
 */
export type DateStyle = 'long' | 'numeric';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** One formatter per locale and style: building an `Intl.DateTimeFormat` costs far more than using it. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, style: DateStyle): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(
      locale,
      style === 'long'
        ? {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'}
        : {day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC'},
    );
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * A `YYYY-MM-DD` date as a reader of `locale` writes it. Plain `en` is written day first, as the English
 * messages write their own dates ("From 2 August 2026"); a regional English (`en-US`) follows its region.
 * English tables keep the ISO form, which no English reader misreads; French and German tables use their
 * numeric form. French writes the first day of a month as an ordinal, « 1er ». A string that is not an ISO
 * date is returned as it is.
 */
export function formatDate(iso: string, locale: string, style: DateStyle): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const language = languageOf(locale);
  if (style === 'numeric' && language === 'en') return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return iso;
  const tag = locale.toLowerCase() === 'en' ? 'en-GB' : locale;
  const format = dateFormat(tag, style);
  if (style === 'long' && language === 'fr' && date.getUTCDate() === 1) {
    return format
      .formatToParts(date)
      .map((part) => (part.type === 'day' ? '1er' : part.value))
      .join('');
  }
  return format.format(date);
}

/**
 * Runs a French or German typographer over text the plugin wrote; other languages are returned unchanged.
 * Code spans (`` `...` ``) and URLs are left as they are, and ICU placeholders pass through (the text may be
 * a message before formatting), so the config's values that later fill them are never touched.
 *
 * French: a narrow no-break space before `: ; ? !` (replacing a plain or no-break space, or added after a
 * word), after `«` and before `»`, and a no-break space before `%`. German: straight double quotes become
 * „…“.
 */
export function localizeTypography(text: string, locale: string): string {
  const language = languageOf(locale);
  if (language !== 'fr' && language !== 'de') return text;
  const fix = language === 'fr' ? frenchTypography : germanQuotes;
  let result = '';
  let last = 0;
  for (const match of text.matchAll(UNTOUCHED)) {
    result += fix(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return result + fix(text.slice(last));
}

/** Code spans and URLs (a scheme, `://`, then up to the next space): set as written. */
const UNTOUCHED = /`[^`]*`|[a-z][a-z0-9+.-]*:\/\/[^\s<>"]*/gi;

function frenchTypography(text: string): string {
  return (
    text
      // `mot : `, `mot: `, `mot :` at the end: the mark follows the word it ends, with a narrow space.
      .replace(/(\S?)[ \u00A0\u202F]?([:;?!])(?=$|[\s»)\]}'’"”])/g, (whole, before: string, mark: string) =>
        before === '' || /[:;?!«]/.test(before) ? whole : `${before}${NARROW_NBSP}${mark}`,
      )
      .replace(/«[ \u00A0\u202F]?/g, `«${NARROW_NBSP}`)
      .replace(/[ \u00A0\u202F]?»/g, `${NARROW_NBSP}»`)
      .replace(/([\d}])[ \u00A0\u202F]?%/g, `$1${NBSP}%`)
  );
}

function germanQuotes(text: string): string {
  return text.replace(/"([^"\n]+)"/g, '„$1“');
}

/**
 * A mark the plugin writes in code (after a label, between list items), as the locale sets it: `Owner:` /
 * `Responsable :`, `a; b` / `a ; b`. Callers add the space that follows.
 */
export function punctuate(mark: ':' | ';', locale: string): string {
  return isFrench(locale) ? `${NARROW_NBSP}${mark}` : mark;
}
