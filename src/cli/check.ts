import path from 'node:path';
import {findingLines} from '../config/locate-findings.js';
import {lintPolicy} from '../engine/lint.js';
import {loadPolicy} from '../store/policy-store.js';

/**
 * What `ai-policy check` does to a file: load and validate it (throwing `PolicyConfigError` when it is
 * invalid), each lint finding located in the file, then a one-line verdict, as lines to print. `init` runs it on the
 * file it has just written, so the two can never disagree.
 */
export async function checkPolicyFile(
  file: string,
  cwd: string,
  today: string,
): Promise<{lines: string[]; findings: number}> {
  const {document, source} = await loadPolicy(file);
  const findings = lintPolicy(document, {today});
  const displayFile = path.relative(cwd, file) || file;
  const lines = findingLines(source, displayFile, findings);
  const sections = document.sections.length;
  lines.push(
    `${displayFile}: valid, ${sections} sections, ${findings.length} finding${findings.length === 1 ? '' : 's'}`,
  );
  return {lines, findings: findings.length};
}
