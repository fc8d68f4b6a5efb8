import {stringify} from 'yaml';
import type {ClientExclusion} from '../engine/enforcement.js';
import {COPILOT_ORGANIZATION_FILE, COPILOT_REPOSITORY_FILE} from '../engine/enforcement.js';
import type {PolicyFacts} from '../engine/model.js';
import {toCopilotPaths} from '../vocabulary/path-pattern.js';
import {clientHeader, excludedPathGroups} from './ignore-file.js';
import {commentLines, type ExportedFile, type ExportOptions} from './options.js';

const YAML_OPTIONS = {lineWidth: 0} as const;

/**
 * GitHub Copilot reads no file: content exclusion lives in the repository's or the organization's settings.
 * The export writes the two blocks to paste, each a YAML document of its own: the repository form (a list
 * of paths) and the organization form (`"*"`: the same paths in every repository).
 */
export function renderGithubCopilot(
  exclusion: ClientExclusion,
  facts: Pick<PolicyFacts, 'dataClasses'>,
  options: ExportOptions,
): ExportedFile[] {
  const patterns = [
    ...new Set(excludedPathGroups(exclusion, facts).flatMap((group) => group.paths.flatMap(toCopilotPaths))),
  ];
  const header = clientHeader('github-copilot', exclusion, options);
  const repository = [
    commentLines([
      ...header,
      '',
      'Paste the list below into the repository: Settings > Copilot > Content exclusion > "Paths to exclude in this repository".',
    ]),
    stringify(patterns, YAML_OPTIONS),
  ].join('\n');
  const organization = [
    commentLines([
      ...header,
      '',
      'Paste the mapping below into the organization: Settings > Copilot > Content exclusion > "Repositories and paths to exclude".',
      '"*" applies the paths in every repository; replace it with a repository reference (e.g. git@github.com:org/repo.git) to apply them to one.',
    ]),
    stringify({'*': patterns}, YAML_OPTIONS),
  ].join('\n');
  return [
    {
      target: 'github-copilot',
      path: COPILOT_REPOSITORY_FILE,
      content: repository,
      ownership: {kind: 'whole'},
    },
    {
      target: 'github-copilot',
      path: COPILOT_ORGANIZATION_FILE,
      content: organization,
      ownership: {kind: 'whole'},
    },
  ];
}
