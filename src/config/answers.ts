import {formatPath} from '../diagnostics/diagnostic.js';
import {describeDiagnostic, ENGLISH_REPORT_WORDS, type ReportWords} from '../diagnostics/text.js';
import {validatePolicyValue} from './parse.js';

/** A problem with one answer: where under the answer it is, and what is wrong in the file's own words. */
export interface AnswerProblem {
  /** Path below the answer (`agreement` for a tool), empty when it is the answer itself. */
  within: string;
  /** The message and "did you mean" hint, as `ai-policy check` prints them. */
  text: string;
}

/**
 * Checks one answer of a config that is built piece by piece (`ai-policy init`'s prompts and flags): the
 * draft, with the answer in place, goes through the whole validation, and the problems at or under the
 * answer's path are the answer's. Problems elsewhere belong to questions not answered yet. So an answer is
 * judged exactly as the same value in `ai-policy.yml` would be, cross-field rules (duplicate tool names,
 * unknown class ids) included.
 */
export function checkAnswer(
  draft: unknown,
  path: ReadonlyArray<string | number>,
  /** The words of the prompts' language (`configReportWords`); English by default. */
  words: ReportWords = ENGLISH_REPORT_WORDS,
): AnswerProblem[] {
  const validation = validatePolicyValue(draft);
  if (validation.ok) return [];
  return validation.problems
    .filter((problem) => path.every((segment, index) => problem.path[index] === segment))
    .map((problem) => ({
      within: formatPath(problem.path.slice(path.length)),
      text: describeDiagnostic(problem, words),
    }));
}
