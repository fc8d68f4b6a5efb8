import path from 'node:path';
import {PolicyConfigError} from '../config/problems.js';
import type {Diagnostic} from '../diagnostics/diagnostic.js';
import {locateFindings} from '../diagnostics/findings.js';
import {formatGithubAnnotationIn} from '../diagnostics/github.js';
import {formatDiagnosticsJson} from '../diagnostics/json.js';
import {ENGLISH_REPORT_WORDS, formatTaggedDiagnostic, type ReportWords} from '../diagnostics/text.js';
import {ENGLISH_LANGUAGE, type PolicyLanguage} from '../engine/context.js';
import {lintPolicy} from '../engine/lint.js';
import {messageText} from '../engine/messages.js';
import {configReportWords} from '../i18n/config-report.js';
import {localizePolicy} from '../i18n/localized-policy.js';
import {loadPolicy} from '../store/policy-store.js';

/** How `ai-policy check` prints: lines for people, a JSON array for tools, annotations for GitHub Actions. */
export const CHECK_FORMATS = ['text', 'json', 'github'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface CheckResult {
  /** What to print on stdout, one entry per line. */
  lines: string[];
  /** Config problems and error findings (a link that names a file); non-zero means the file is refused. */
  errors: number;
  /** Lint findings of a valid file. */
  findings: number;
}

/**
 * What `ai-policy check` does to a file: load and validate it, locate each lint finding in the file, and
 * print them. As text, an invalid file throws `PolicyConfigError` (the report goes to stderr) and a valid
 * one ends with a one-line verdict; as `json` or `github`, config problems and findings alike are printed
 * as diagnostics. `init` runs it on the file it has just written, so the two can never disagree.
 */
export async function checkPolicyFile(
  file: string,
  cwd: string,
  today: string,
  format: CheckFormat = 'text',
  language: PolicyLanguage = ENGLISH_LANGUAGE,
): Promise<CheckResult> {
  const displayFile = path.relative(cwd, file) || file;
  let loaded: Awaited<ReturnType<typeof loadPolicy>>;
  try {
    loaded = await loadPolicy(file);
  } catch (error) {
    if (format === 'text' || !(error instanceof PolicyConfigError)) throw error;
    // Every problem is in the one file checked; name it as the findings do.
    const problems = error.problems.map((problem) => ({...problem, file: displayFile}));
    return {
      lines: formatted(problems, format, configReportWords(language)),
      errors: problems.length,
      findings: 0,
    };
  }
  // Findings are worded in the language the document is built in: `--locale` gives the check's language.
  const {document} = localizePolicy(loaded, language);
  const findings = locateFindings(loaded.locate, displayFile, lintPolicy(document, {today, language}));
  // A finding of severity error (an exception that would waive a hard rule) fails `check` like a config error.
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  if (format !== 'text') return {lines: formatted(findings, format), errors, findings: findings.length};
  const lines = findings.map(formatTaggedDiagnostic);
  const sections = document.sections.length;
  lines.push(
    errors > 0
      ? messageText(language, 'cli.check.refused', {file: displayFile, errors, findings: findings.length})
      : messageText(language, 'cli.check.valid', {file: displayFile, sections, findings: findings.length}),
  );
  return {lines, errors, findings: findings.length};
}

/** Config problems are said in `words`' language; lint findings already are in the document's. */
function formatted(
  diagnostics: readonly Diagnostic[],
  format: 'json' | 'github',
  words: ReportWords = ENGLISH_REPORT_WORDS,
): string[] {
  if (format === 'json')
    return [formatDiagnosticsJson(diagnostics.map((d) => ({...d, message: words.message(d)})))];
  return diagnostics.map((diagnostic) => formatGithubAnnotationIn(diagnostic, words));
}
