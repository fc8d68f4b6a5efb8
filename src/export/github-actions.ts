import {stringify} from 'yaml';
import {EXPORT_TARGET_INFO} from '../engine/enforcement.js';
import {
  commentLines,
  type ExportOptions,
  HOOK_COMMAND,
  headerLines,
  outArgument,
  shellWord,
} from './options.js';

/**
 * `.github/workflows/ai-policy.yml`: on every pull request, `ai-policy check --format github` (problems as
 * annotations on the changed lines) and `ai-policy export --check` (a generated file that is missing or
 * differs fails the run), the same checks as the pre-commit hooks, where `--no-verify` cannot skip them.
 */
export function renderGithubActions(options: ExportOptions): string {
  const policy = shellWord(options.policyFile);
  const workflow = {
    name: 'AI policy',
    on: {pull_request: {}},
    permissions: {contents: 'read'},
    jobs: {
      'ai-policy': {
        'runs-on': 'ubuntu-latest',
        steps: [
          {uses: 'actions/checkout@v4'},
          {uses: 'actions/setup-node@v4', with: {'node-version': 20, cache: 'npm'}},
          {run: 'npm ci'},
          {name: 'The policy is valid', run: `${HOOK_COMMAND} check ${policy} --format github`},
          {
            name: 'The generated files match the policy',
            run: `${HOOK_COMMAND} export ${policy} --target ${options.targets ?? 'all'} --check${outArgument(options)}`,
          },
        ],
      },
    },
  };
  const header = commentLines([
    ...headerLines(
      'github-actions',
      options,
      'Checks the AI policy and its generated files on every pull request.',
    ),
    'Assumes the package is a dependency in package.json (npm ci installs it).',
    `Source: ${EXPORT_TARGET_INFO['github-actions'].source}`,
  ]);
  return `${header}\n\n${stringify(workflow, {lineWidth: 0})}`;
}
