import {Document} from 'yaml';
import {
  type EnforcementPlan,
  EXPORT_TARGET_INFO,
  GITLEAKS_CONFIG_FILE,
  targetText,
} from '../engine/enforcement.js';
import {type ExportOptions, HOOK_COMMAND, headerLines, outArgument, shellWord, wrap} from './options.js';

/**
 * The secret scanner's command, as gitleaks' own pre-commit hook runs it on staged changes. The hook is a
 * `system` hook: pre-commit downloads no toolchain for it, so it works offline once gitleaks is installed.
 */
export const GITLEAKS_COMMAND = 'gitleaks git --pre-commit --redact --staged --verbose';
/** Where to get gitleaks, for the message a clone without it prints. */
export const GITLEAKS_INSTALL = 'https://github.com/gitleaks/gitleaks#installing';

/**
 * The stage names every pre-commit release reads: pre-commit 3.2 renamed `commit` to `pre-commit` and
 * still accepts the old name, which Debian's 3.0 requires.
 */
const COMMIT_STAGE = 'commit';
const COMMIT_MSG_STAGE = 'commit-msg';

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `.pre-commit-config.yaml`: one `repo: local` entry whose hooks all have ids starting with `ai-policy-`
 * (what a merge into an existing file replaces): the secret scan of staged changes, `ai-policy check` when
 * the policy changes, `ai-policy export --check` on every commit (so a generated file that was edited or
 * deleted fails it, which a `files` filter would miss: pre-commit passes no deleted file), and, when the
 * policy sets a commit trailer, `ai-policy check-commit-msg` at the commit-msg stage. Every hook names its
 * stage. Paths and commands are relative to the repository root, where pre-commit runs hooks.
 */
export function renderPreCommit(plan: EnforcementPlan, options: ExportOptions): string {
  const policy = shellWord(options.policyFile);
  const policyRegex = `^${escapeRegex(options.policyFile)}$`;
  const missingScanner = `gitleaks is not installed, so staged changes were not scanned for secrets. Install it: ${GITLEAKS_INSTALL}`;
  const gitleaksConfig = `${options.outDir ? `${options.outDir}/` : ''}${GITLEAKS_CONFIG_FILE}`;
  const scanScript = `if command -v gitleaks >/dev/null 2>&1; then exec ${GITLEAKS_COMMAND} --config ${shellWord(gitleaksConfig)}; else echo "${missingScanner}"; fi`;
  const local: Array<Record<string, unknown>> = [
    {
      id: 'ai-policy-gitleaks',
      name: 'No secrets in staged changes (gitleaks)',
      entry: `sh -c ${shellWord(scanScript)}`,
      language: 'system',
      pass_filenames: false,
      always_run: true,
      // Prints the install hint even when the hook passes.
      verbose: true,
      stages: [COMMIT_STAGE],
    },
    {
      id: 'ai-policy-check',
      name: 'AI policy is valid',
      entry: `${HOOK_COMMAND} check ${policy}`,
      language: 'system',
      files: policyRegex,
      pass_filenames: false,
      stages: [COMMIT_STAGE],
    },
    {
      id: 'ai-policy-export-check',
      name: 'AI policy exports are present and up to date',
      entry: `${HOOK_COMMAND} export ${policy} --target ${options.targets ?? 'all'} --check${outArgument(options)}`,
      language: 'system',
      pass_filenames: false,
      always_run: true,
      stages: [COMMIT_STAGE],
    },
  ];
  const trailer = plan.commitTrailer?.key ? plan.commitTrailer : null;
  if (trailer)
    local.push({
      id: 'ai-policy-commit-trailer',
      name: `${trailer.key} and AI co-author trailers name approved tools`,
      entry: `${HOOK_COMMAND} check-commit-msg --policy ${policy}`,
      language: 'system',
      stages: [COMMIT_MSG_STAGE],
    });

  const document = new Document({
    ...(trailer && {default_install_hook_types: ['pre-commit', 'commit-msg']}),
    repos: [{repo: 'local', hooks: local}],
  });
  const info = EXPORT_TARGET_INFO['pre-commit'];
  document.commentBefore = [
    ...headerLines(
      'pre-commit',
      options,
      `Secret scanning (gitleaks, installed separately) and the AI policy's own checks. Install with: pre-commit install${trailer ? ' (installs the pre-commit and commit-msg hooks)' : ''}`,
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
