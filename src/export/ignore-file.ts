import type {ClientExclusion, ClientTargetName} from '../engine/enforcement.js';
import {EXPORT_TARGET_INFO, targetText} from '../engine/enforcement.js';
import type {PolicyFacts} from '../engine/model.js';
import {toGitignore} from '../vocabulary/path-pattern.js';
import {commentLines, type ExportOptions, headerLines, oneLine} from './options.js';

/**
 * The paths one client target excludes, grouped under the class that holds them (a path two classes share
 * is listed once, under the first), in config order.
 */
export function excludedPathGroups(
  exclusion: ClientExclusion,
  facts: Pick<PolicyFacts, 'dataClasses'>,
): Array<{className: string; classId: string; paths: string[]}> {
  const seen = new Set<string>();
  return facts.dataClasses
    .filter((dataClass) => exclusion.classes.includes(dataClass.id))
    .map((dataClass) => {
      const paths = dataClass.paths.filter((path) => !seen.has(path));
      for (const path of paths) seen.add(path);
      return {className: oneLine(dataClass.name), classId: dataClass.id, paths};
    })
    .filter((group) => group.paths.length > 0);
}

/** The header comment of a file for one client: who it is for, and what it cannot do. */
export function clientHeader(
  target: ClientTargetName,
  exclusion: ClientExclusion,
  options: ExportOptions,
  prefix = '',
  file?: string,
): string[] {
  const info = EXPORT_TARGET_INFO[target];
  const source = (file && info.fileSources?.[file]) ?? info.source;
  return [
    ...headerLines(
      target,
      options,
      `For ${targetText(target, 'reader')}. Applies to ${exclusion.tools.map(oneLine).join(', ')} (client ${exclusion.client}) and excludes the paths of every class ${exclusion.tools.length === 1 ? 'it' : 'any of them'} may not receive.`,
    ),
    `${prefix}Limits: ${targetText(target, 'caveat')}`,
    `${prefix}Source: ${source}`,
  ];
}

/**
 * An ignore file in gitignore syntax (`.cursorignore`, `.aiexclude`, `.aiignore`, `.codeiumignore`): the
 * header as comments, then each class's paths under a comment naming the class, each path translated to
 * the one gitignore line that matches the same files (brackets escaped, anchored at the root). No line
 * starts with `!`: the path language has no negation, and Gemini's `.aiexclude` has none at all.
 */
export function renderIgnoreFile(
  target: ClientTargetName,
  exclusion: ClientExclusion,
  facts: Pick<PolicyFacts, 'dataClasses'>,
  options: ExportOptions,
  file?: string,
): string {
  const groups = excludedPathGroups(exclusion, facts).map(
    (group) => `# class ${group.classId}: ${group.className}\n${group.paths.map(toGitignore).join('\n')}`,
  );
  return `${commentLines(clientHeader(target, exclusion, options, '', file))}\n\n${groups.join('\n\n')}\n`;
}
