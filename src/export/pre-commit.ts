import {Document} from 'yaml';
import {type EnforcementPlan, EXPORT_TARGET_INFO, targetText} from '../engine/enforcement.js';
import {type ExportOptions, HOOK_COMMAND, headerLines, shellWord, wrap} from './options.js';

/** Gitleaks' own hook (`id: gitleaks`, in the gitleaks repository), pinned to a release. */
export const GITLEAKS_REPO = 'https://github.com/gitleaks/gitleaks';
export const GITLEAKS_REV = 'v8.30.1';

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `.pre-commit-config.yaml`: gitleaks for secrets in staged changes, and local hooks that call this
 * package's CLI: `ai-policy check` and `ai-policy export --check` when the policy or an exported file
 * changes, and, when the policy sets a commit trailer, `ai-policy check-commit-msg` at the commit-msg
 * stage. Hooks name no stage other than `commit-msg`, whose name every pre-commit release accepts.
 */
export function renderPreCommit(
  plan: EnforcementPlan,
  options: ExportOptions,
  exportedFiles: string[],
): string {
  const policy = shellWord(options.policyFile);
  const policyRegex = `^${escapeRegex(options.policyFile)}$`;
  const watched = [options.policyFile, ...exportedFiles].map(escapeRegex);
  const local: Array<Record<string, unknown>> = [
    {
      id: 'ai-policy-check',
      name: 'AI policy is valid',
      entry: `${HOOK_COMMAND} check ${policy}`,
      language: 'system',
      files: policyRegex,
      pass_filenames: false,
    },
    {
      id: 'ai-policy-export-check',
      name: 'AI policy exports are up to date',
      entry: `${HOOK_COMMAND} export ${policy} --target all --check`,
      language: 'system',
      files: `^(${watched.join('|')})$`,
      pass_filenames: false,
    },
  ];
  const trailer = plan.commitTrailer?.key ? plan.commitTrailer : null;
  if (trailer)
    local.push({
      id: 'ai-policy-commit-trailer',
      name: `${trailer.key} trailer names an approved AI tool`,
      entry: `${HOOK_COMMAND} check-commit-msg --policy ${policy}`,
      language: 'system',
      stages: ['commit-msg'],
    });

  const document = new Document({
    ...(trailer && {default_install_hook_types: ['pre-commit', 'commit-msg']}),
    repos: [
      {repo: GITLEAKS_REPO, rev: GITLEAKS_REV, hooks: [{id: 'gitleaks'}]},
      {repo: 'local', hooks: local},
    ],
  });
  const info = EXPORT_TARGET_INFO['pre-commit'];
  document.commentBefore = [
    ...headerLines(
      'pre-commit',
      options,
      `Secret scanning (gitleaks) and the AI policy's own checks. Install with: pre-commit install${trailer ? ' (installs the pre-commit and commit-msg hooks)' : ''}`,
    ),
    `The local hooks run ${HOOK_COMMAND}, so the package must be installed where npx finds it from the repository root.`,
    `Limits: ${targetText('pre-commit', 'caveat')}`,
    `Source: ${info.source}`,
  ]
    .flatMap((line) => wrap(line))
    .map((line) => ` ${line}`)
    .join('\n');
  return document.toString({lineWidth: 0});
}
