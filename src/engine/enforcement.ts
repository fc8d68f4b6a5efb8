import type {AiClient} from '../vocabulary/config-values.js';
import {normalizeToolName} from '../vocabulary/tool-name.js';
import {englishText, type MessageId} from './messages.js';
import type {PolicyFacts} from './model.js';

/**
 * What can enforce the policy outside the page: the export targets, and the plan that says what each one
 * excludes or allows. The plan reads the document's facts only (the decision table, tools, classes,
 * prohibited tools); it never decides anew who may receive what, so the page, the JSON and every exported
 * file give one answer.
 */

export const EXPORT_TARGETS = [
  'cursor',
  'gemini-code-assist',
  'jetbrains-ai',
  'windsurf',
  'github-copilot',
  'claude-code',
  'cursor-hooks',
  'cline',
  'aider',
  'jetbrains-noai',
  'litellm',
  'pre-commit',
  'github-actions',
  'agents-md',
] as const;
export type ExportTargetName = (typeof EXPORT_TARGETS)[number];

/** The targets that are not about one AI client: the gateway, the hooks, the agents' instructions. */
const NOT_CLIENT_TARGETS = [
  'jetbrains-noai',
  'litellm',
  'pre-commit',
  'github-actions',
  'agents-md',
] as const satisfies readonly ExportTargetName[];
/** A target that excludes paths from one AI client: the ignore files, Copilot's settings, Claude Code's. */
export type ClientTargetName = Exclude<ExportTargetName, (typeof NOT_CLIENT_TARGETS)[number]>;

export interface ExportTargetInfo {
  name: ExportTargetName;
  /** The client whose tools the target binds; null for targets that are not about one client. */
  client: AiClient | null;
  /** The files the target writes, relative to the repository root. */
  files: readonly string[];
  /** How the enforcement table names them, when one name is shorter than the list. */
  label?: string;
  /**
   * The code the target's sentences quote (commands, file names), by slot name. The words themselves, who
   * reads the file, the table's few words of limits and the caveat, are `enforcement.reader.<name>`,
   * `enforcement.limit.<name>` (client targets) and `enforcement.caveat.<name>` in
   * `messages/en/enforcement.yml`.
   */
  terms: Readonly<Record<string, string>>;
  /**
   * How strongly the target's file holds a refused class away from its tool, by that tool's own
   * documentation: `blocked` (the tool refuses to open the path), `hidden` (kept out of the context and
   * index the tool builds, not a refusal). Client targets only.
   */
  strength?: 'blocked' | 'hidden';
  /** That documentation. */
  source: string;
  /** A file whose own documentation is another page, by file. */
  fileSources?: Readonly<Record<string, string>>;
}

export const COPILOT_REPOSITORY_FILE = 'github-copilot/content-exclusion.repository.yml';
export const COPILOT_ORGANIZATION_FILE = 'github-copilot/content-exclusion.organization.yml';
export const COPILOT_INSTRUCTIONS_FILE = '.github/copilot-instructions.md';
export const CURSOR_RULES_FILE = '.cursor/rules/ai-policy.mdc';
export const GITLEAKS_CONFIG_FILE = '.gitleaks.toml';

export const EXPORT_TARGET_INFO: Record<ExportTargetName, ExportTargetInfo> = {
  cursor: {
    name: 'cursor',
    strength: 'blocked',
    client: 'cursor',
    files: ['.cursorignore', CURSOR_RULES_FILE],
    label: '.cursorignore',
    terms: {},
    source: 'https://cursor.com/docs/context/ignore-files',
    fileSources: {[CURSOR_RULES_FILE]: 'https://cursor.com/docs/context/rules'},
  },
  'gemini-code-assist': {
    name: 'gemini-code-assist',
    strength: 'hidden',
    client: 'gemini-code-assist',
    files: ['.aiexclude', '.geminiignore'],
    terms: {geminiignore: '.geminiignore'},
    source: 'https://developers.google.com/gemini-code-assist/docs/create-aiexclude-file',
    fileSources: {
      '.geminiignore': 'https://github.com/google-gemini/gemini-cli/blob/main/docs/cli/gemini-ignore.md',
    },
  },
  'jetbrains-ai': {
    name: 'jetbrains-ai',
    strength: 'hidden',
    client: 'jetbrains-ai',
    files: ['.aiignore'],
    terms: {},
    source: 'https://www.jetbrains.com/help/ai-assistant/disable-ai-assistant.html',
  },
  windsurf: {
    name: 'windsurf',
    strength: 'hidden',
    client: 'windsurf',
    files: ['.codeiumignore'],
    terms: {},
    source: 'https://docs.windsurf.com/context-awareness/windsurf-ignore',
  },
  'github-copilot': {
    name: 'github-copilot',
    strength: 'hidden',
    client: 'github-copilot',
    files: [COPILOT_REPOSITORY_FILE, COPILOT_ORGANIZATION_FILE, COPILOT_INSTRUCTIONS_FILE],
    label: 'github-copilot/content-exclusion.*.yml',
    terms: {},
    source:
      'https://docs.github.com/en/copilot/how-tos/configure-content-exclusion/exclude-content-from-copilot',
    fileSources: {
      [COPILOT_INSTRUCTIONS_FILE]:
        'https://docs.github.com/en/copilot/how-tos/configure-custom-instructions/add-repository-instructions',
    },
  },
  'claude-code': {
    name: 'claude-code',
    strength: 'blocked',
    client: 'claude-code',
    files: ['.claude/settings.json'],
    terms: {
      readRule: 'Read(...)',
      editRule: 'Edit(...)',
      cat: 'cat',
      sandboxEnabled: 'sandbox.enabled',
      denyRead: 'sandbox.filesystem.denyRead',
      hook: 'ai-policy hook claude-code',
    },
    source: 'https://code.claude.com/docs/en/permissions',
  },
  cline: {
    name: 'cline',
    strength: 'blocked',
    client: 'cline',
    files: ['.clineignore'],
    terms: {},
    source: 'https://docs.cline.bot/customization/clineignore',
  },
  aider: {
    name: 'aider',
    strength: 'hidden',
    client: 'aider',
    files: ['.aiderignore'],
    terms: {},
    source: 'https://aider.chat/docs/config/options.html#--aiderignore-aiderignore',
  },
  'jetbrains-noai': {
    name: 'jetbrains-noai',
    client: null,
    files: ['.noai'],
    terms: {},
    source: 'https://www.jetbrains.com/help/ai-assistant/disable-ai-assistant.html',
  },
  'cursor-hooks': {
    name: 'cursor-hooks',
    strength: 'blocked',
    client: 'cursor',
    files: ['.cursor/hooks.json'],
    terms: {hook: 'ai-policy hook cursor', ignoreFile: '.cursorignore'},
    source: 'https://cursor.com/docs/agent/hooks',
  },
  litellm: {
    name: 'litellm',
    client: null,
    files: ['litellm/config.yaml'],
    terms: {},
    source: 'https://docs.litellm.ai/docs/proxy/configs',
  },
  'pre-commit': {
    name: 'pre-commit',
    client: null,
    files: ['.pre-commit-config.yaml', GITLEAKS_CONFIG_FILE],
    label: '.pre-commit-config.yaml',
    fileSources: {[GITLEAKS_CONFIG_FILE]: 'https://github.com/gitleaks/gitleaks#configuration'},
    terms: {
      install: 'pre-commit install',
      commitNoVerify: 'git commit --no-verify',
      gitleaks: 'gitleaks git',
      exportCheck: 'ai-policy export --check',
    },
    source: 'https://pre-commit.com/#repository-local-hooks',
  },
  'github-actions': {
    name: 'github-actions',
    client: null,
    files: ['.github/workflows/ai-policy.yml'],
    terms: {},
    source: 'https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax',
  },
  'agents-md': {
    name: 'agents-md',
    client: null,
    files: ['AGENTS.md'],
    terms: {},
    source: 'https://agents.md',
  },
};

/** The id of a target's reader, limit or caveat message; only client targets have a limit. */
export function targetMessage(target: ExportTargetName, part: 'reader' | 'limit' | 'caveat'): MessageId {
  return `enforcement.${part}.${target}` as MessageId;
}

/**
 * Who reads a target's file, or what it cannot do, in English plain text: for the exported files' header
 * comments and the CLI, which speak English whatever the policy's language.
 */
export function targetText(target: ExportTargetName, part: 'reader' | 'caveat'): string {
  return englishText(targetMessage(target, part), EXPORT_TARGET_INFO[target].terms);
}

/** What one client target excludes, and for whom. */
export interface ClientExclusion {
  target: ClientTargetName;
  client: AiClient;
  /** The approved tools that are this client, in config order. */
  tools: string[];
  /** Classes at least one of those tools may not receive, in config order. */
  classes: string[];
  /** The union of those classes' `paths`, in config order, each once. */
  paths: string[];
}

export interface GatewayModel {
  id: string;
  /** The tools that list it, in config order. */
  tools: string[];
  /** The classes at least one of those tools may receive, in config order: what the model is cleared for. */
  classes: string[];
}

export interface TargetStatus {
  name: ExportTargetName;
  /** Whether the policy gives the target anything to write. */
  generated: boolean;
  /** Why not, when it is not generated, in words and as a code. */
  reason: string | null;
  why: 'no-client' | 'nothing-to-exclude' | 'no-models' | 'not-prohibited' | null;
}

export interface EnforcementPlan {
  exclusions: ClientExclusion[];
  gateway: {
    models: GatewayModel[];
    /** Tools left out of the gateway, and why. */
    left: Array<{tool: string; reason: 'prohibited' | 'receives-nothing'}>;
  };
  /** The commit trailer the commit-message hook checks; null when the policy sets none. */
  commitTrailer: {template: string; key: string | null} | null;
  targets: TargetStatus[];
}

/** The client targets, in the order of `EXPORT_TARGETS`. */
const CLIENT_TARGETS = EXPORT_TARGETS.filter(
  (target): target is ClientTargetName => !(NOT_CLIENT_TARGETS as readonly string[]).includes(target),
);

/** The facts the plan reads: nothing else of the document. */
export type EnforcementFacts = Pick<
  PolicyFacts,
  'tools' | 'dataClasses' | 'decisions' | 'prohibitedTools' | 'disclosure'
>;

/** A tool may receive a class only when the decision table says so; a missing cell counts as refused. */
export function mayReceive(facts: EnforcementFacts, tool: string, classId: string): boolean {
  return allowedCells(facts.decisions).has(`${tool}\u0000${classId}`);
}

/** The allowed cells as a set, built once per table: a scan per question is quadratic in tools x classes. */
const allowedCellSets = new WeakMap<EnforcementFacts['decisions'], Set<string>>();
function allowedCells(decisions: EnforcementFacts['decisions']): Set<string> {
  let cells = allowedCellSets.get(decisions);
  if (!cells) {
    cells = new Set(decisions.filter((d) => d.allowed).map((d) => `${d.tool}\u0000${d.dataClass}`));
    allowedCellSets.set(decisions, cells);
  }
  return cells;
}

export function planEnforcement(facts: EnforcementFacts): EnforcementPlan {
  const prohibited = new Set(facts.prohibitedTools.map((entry) => normalizeToolName(entry.name)));
  const approved = facts.tools.filter((tool) => !prohibited.has(normalizeToolName(tool.name)));

  const exclusions = CLIENT_TARGETS.map((target): ClientExclusion => {
    const client = EXPORT_TARGET_INFO[target].client as AiClient;
    const tools = approved.filter((tool) => tool.client === client).map((tool) => tool.name);
    const classes = facts.dataClasses.filter((dataClass) =>
      tools.some((tool) => !mayReceive(facts, tool, dataClass.id)),
    );
    const paths = [...new Set(classes.flatMap((dataClass) => dataClass.paths))];
    return {target, client, tools, classes: classes.map((dataClass) => dataClass.id), paths};
  });

  const left: EnforcementPlan['gateway']['left'] = [];
  const models = new Map<string, string[]>();
  for (const tool of facts.tools) {
    if (tool.models.length === 0) continue;
    if (prohibited.has(normalizeToolName(tool.name))) {
      left.push({tool: tool.name, reason: 'prohibited'});
      continue;
    }
    if (!facts.dataClasses.some((dataClass) => mayReceive(facts, tool.name, dataClass.id))) {
      left.push({tool: tool.name, reason: 'receives-nothing'});
      continue;
    }
    for (const model of tool.models) models.set(model, [...(models.get(model) ?? []), tool.name]);
  }

  const template = facts.disclosure.commitTrailer;
  const commitTrailer = template === null ? null : {template, key: trailerKey(template)};

  const targets = EXPORT_TARGETS.map((name): TargetStatus => {
    const exclusion = exclusions.find((candidate) => candidate.target === name);
    if (exclusion) {
      if (exclusion.tools.length === 0)
        return {
          name,
          generated: false,
          reason: `no approved tool has client "${exclusion.client}"`,
          why: 'no-client',
        };
      if (exclusion.paths.length === 0)
        return {
          name,
          generated: false,
          reason: `nothing to exclude: no class that ${joinList(exclusion.tools)} may not receive lists paths`,
          why: 'nothing-to-exclude',
        };
      return {name, generated: true, reason: null, why: null};
    }
    if (name === 'jetbrains-noai' && !prohibitsJetBrainsAi(facts))
      return {
        name,
        generated: false,
        reason: 'no prohibited tool is JetBrains AI Assistant',
        why: 'not-prohibited',
      };
    if (name === 'litellm' && models.size === 0)
      return {name, generated: false, reason: 'no approved tool lists models', why: 'no-models'};
    return {name, generated: true, reason: null, why: null};
  });

  const cleared = (tools: string[]) =>
    facts.dataClasses
      .filter((dataClass) => tools.some((tool) => mayReceive(facts, tool, dataClass.id)))
      .map((dataClass) => dataClass.id);
  return {
    exclusions,
    gateway: {models: [...models].map(([id, tools]) => ({id, tools, classes: cleared(tools)})), left},
    commitTrailer,
    targets,
  };
}

/**
 * Whether the policy prohibits JetBrains' AI (AI Assistant or Junie): then a `.noai` file at the root
 * switches AI Assistant off for the project.
 */
export function prohibitsJetBrainsAi(facts: Pick<EnforcementFacts, 'prohibitedTools'>): boolean {
  return facts.prohibitedTools.some((tool) =>
    /\b(jetbrains ai|ai assistant|junie)\b/.test(normalizeToolName(tool.name)),
  );
}

/** `Assisted-by: <tool>` → `Assisted-by`; null when the template has no `Token:` a git trailer could use. */
export function trailerKey(template: string): string | null {
  const match = /^\s*([A-Za-z0-9][A-Za-z0-9-]*)\s*:/.exec(template);
  return match ? match[1]! : null;
}

function joinList(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
