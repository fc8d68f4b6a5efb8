import {
  EXPORT_TARGET_INFO,
  EXPORT_TARGETS,
  type ExportTargetName,
  planEnforcement,
  type TargetStatus,
  targetText,
} from '../engine/enforcement.js';
import type {PolicyDocument} from '../engine/model.js';
import {renderCursorHooks} from './agent-hooks.js';
import {renderAgentsMd} from './agents-md.js';
import {renderClaudeCode} from './claude-code.js';
import {renderGithubCopilot} from './github-copilot.js';
import {renderIgnoreFile} from './ignore-file.js';
import {renderLitellm} from './litellm.js';
import type {ExportedFile, ExportOptions} from './options.js';
import {renderPreCommit} from './pre-commit.js';

export type {ExportedFile, ExportOptions};
export {EXPORT_TARGET_INFO, EXPORT_TARGETS, type ExportTargetName, targetText};

export interface PolicyExport {
  /** The files of the selected targets that the policy gives something to write, in target order. */
  files: ExportedFile[];
  /** Selected targets the policy gives nothing to write, with the reason. */
  skipped: TargetStatus[];
}

/**
 * The export renderers: the document model in, the files that AI tools, gateways and hooks read out. Pure
 * and deterministic (no I/O, no clock), so the same policy always gives byte-identical files and
 * `ai-policy export --check` can compare them with what is committed. Every file comes from the one plan
 * (`planEnforcement`), which reads the document's decision table.
 */
export function exportPolicy(
  document: PolicyDocument,
  options: ExportOptions,
  targets: readonly ExportTargetName[] = EXPORT_TARGETS,
): PolicyExport {
  const plan = planEnforcement(document.facts);
  const status = new Map(plan.targets.map((target) => [target.name, target]));
  const generated = EXPORT_TARGETS.filter((name) => status.get(name)?.generated);
  const allFiles = generated.flatMap((name) => EXPORT_TARGET_INFO[name].files);

  const render = (name: ExportTargetName): ExportedFile[] => {
    const exclusion = plan.exclusions.find((candidate) => candidate.target === name);
    const file = (content: string): ExportedFile[] => [
      {target: name, path: EXPORT_TARGET_INFO[name].files[0]!, content},
    ];
    switch (name) {
      case 'cursor':
      case 'gemini-code-assist':
      case 'jetbrains-ai':
      case 'windsurf':
        return file(renderIgnoreFile(name, exclusion!, document.facts, options));
      case 'github-copilot':
        return renderGithubCopilot(exclusion!, document.facts, options);
      case 'claude-code':
        return file(renderClaudeCode(exclusion!, document.facts, options));
      case 'cursor-hooks':
        return file(renderCursorHooks(options));
      case 'litellm':
        return file(renderLitellm(plan, options));
      case 'pre-commit':
        return file(
          renderPreCommit(
            plan,
            options,
            allFiles.filter((path) => path !== '.pre-commit-config.yaml'),
          ),
        );
      case 'agents-md':
        return file(renderAgentsMd(document, plan, options));
    }
  };

  const selected = EXPORT_TARGETS.filter((name) => targets.includes(name));
  return {
    files: selected.filter((name) => status.get(name)?.generated).flatMap(render),
    skipped: selected.map((name) => status.get(name)!).filter((target) => !target.generated),
  };
}
