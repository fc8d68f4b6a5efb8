import {
  type ClientTargetName,
  COPILOT_INSTRUCTIONS_FILE,
  CURSOR_RULES_FILE,
  EXPORT_TARGET_INFO,
  EXPORT_TARGETS,
  type ExportTargetName,
  GITLEAKS_CONFIG_FILE,
  planEnforcement,
  type TargetStatus,
  targetText,
} from '../engine/enforcement.js';
import type {PolicyDocument} from '../engine/model.js';
import {renderCursorHooks} from './agent-hooks.js';
import {renderAgentsMd} from './agents-md.js';
import {claudeCodeOwnedEntries, renderClaudeCode} from './claude-code.js';
import {renderGithubActions} from './github-actions.js';
import {renderGithubCopilot} from './github-copilot.js';
import {renderGitleaksConfig} from './gitleaks.js';
import {renderIgnoreFile} from './ignore-file.js';
import {renderCopilotInstructions, renderCursorRule} from './instructions.js';
import {renderLitellm} from './litellm.js';
import {type Ownership, wrapBlock} from './merge.js';
import {renderNoai} from './noai.js';
import {DOCUMENT_TARGETS, type DocumentTargetName, type ExportedFile, type ExportOptions} from './options.js';
import {OSCAL_FILE, type OscalOptions, renderOscal} from './oscal.js';
import {renderPreCommit} from './pre-commit.js';

export type {DocumentTargetName, ExportedFile, ExportOptions};
export {DOCUMENT_TARGETS};

const HASH_BLOCK: Ownership = {kind: 'block', comment: 'hash'};
const HTML_BLOCK: Ownership = {kind: 'block', comment: 'html'};

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

  const render = (name: ExportTargetName): ExportedFile[] => {
    const exclusion = plan.exclusions.find((candidate) => candidate.target === name);
    const [first] = EXPORT_TARGET_INFO[name].files;
    const file = (
      content: string,
      ownership: Ownership = {kind: 'whole'},
      path: string = first!,
    ): ExportedFile => ({target: name, path, content, ownership});
    const ignoreFile = (path: string) =>
      file(
        wrapBlock(
          'hash',
          renderIgnoreFile(name as ClientTargetName, exclusion!, document.facts, options, path),
        ),
        HASH_BLOCK,
        path,
      );
    switch (name) {
      case 'cursor':
        return [
          ignoreFile('.cursorignore'),
          file(
            renderCursorRule(exclusion!, document.facts, options, CURSOR_RULES_FILE),
            {kind: 'whole'},
            CURSOR_RULES_FILE,
          ),
        ];
      case 'gemini-code-assist':
        return EXPORT_TARGET_INFO[name].files.map(ignoreFile);
      case 'jetbrains-ai':
      case 'windsurf':
      case 'cline':
      case 'aider':
        return [ignoreFile(first!)];
      case 'github-copilot':
        return [
          ...renderGithubCopilot(exclusion!, document.facts, options),
          file(
            wrapBlock(
              'html',
              renderCopilotInstructions(exclusion!, document.facts, options, COPILOT_INSTRUCTIONS_FILE),
            ),
            HTML_BLOCK,
            COPILOT_INSTRUCTIONS_FILE,
          ),
        ];
      case 'claude-code':
        return [
          file(renderClaudeCode(exclusion!, document.facts, options), {
            kind: 'json',
            owned: claudeCodeOwnedEntries(exclusion!, document.facts, options),
          }),
        ];
      case 'jetbrains-noai':
        return [file(renderNoai(document.facts, options))];
      case 'litellm':
        return [file(renderLitellm(plan, document.facts, options))];
      case 'pre-commit':
        return [
          file(renderPreCommit(plan, options), {kind: 'pre-commit'}),
          file(renderGitleaksConfig(document.facts, options), {kind: 'whole'}, GITLEAKS_CONFIG_FILE),
        ];
      case 'cursor-hooks':
        // Cursor's hooks file is the export's own; a merge into a user's would need its format's owners.
        return [file(renderCursorHooks(options))];
      case 'github-actions':
        return [file(renderGithubActions(options))];
      case 'agents-md':
        return [file(wrapBlock('html', renderAgentsMd(document, plan, options)), HTML_BLOCK)];
    }
  };

  const selected = EXPORT_TARGETS.filter((name) => targets.includes(name));
  return {
    files: selected.filter((name) => status.get(name)?.generated).flatMap(render),
    skipped: selected.map((name) => status.get(name)!).filter((target) => !target.generated),
  };
}

export interface DocumentTarget {
  /** The file written, relative to the output directory. */
  file: string;
  /** Who reads it, for the CLI's "wrote" line. */
  reader: string;
  render: (document: PolicyDocument, options: OscalOptions) => string;
}

export const DOCUMENT_TARGET_INFO: Readonly<Record<DocumentTargetName, DocumentTarget>> = {
  oscal: {
    file: OSCAL_FILE,
    reader: 'GRC tools that import an OSCAL component definition',
    render: renderOscal,
  },
};
