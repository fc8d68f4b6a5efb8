import {type DataCategory, DEFAULT_DATA_CLASSES, type PolicyConfigInput} from '../config/schema.js';
import type {Agreement, AiClient, DataClassRule} from '../vocabulary/config-values.js';
import {normalizeToolName} from '../vocabulary/tool-name.js';

/** One approved tool as `init` collects it. Strings, not enums: flags carry anything, validation decides. */
export interface ToolAnswer {
  name: string;
  agreement?: string;
  maxDataClass?: string;
}

/** The default data classes as `init` asks about them: the rule each gets unless answered, and its flag. */
export const INIT_DATA_CLASSES = DEFAULT_DATA_CLASSES.map((dataClass) => ({
  id: dataClass.id,
  name: dataClass.name,
  defaultRule: dataClass.rule as DataClassRule,
  categories: 'categories' in dataClass ? (dataClass.categories as readonly DataCategory[]) : [],
  flag: `${dataClass.id}-data` as const,
}));

/**
 * The classes `init` proposes for one industry on top of the three, each placed before `restricted` (the
 * order the counsel fixtures use). A US defense contractor starts where counsel wants it: controlled
 * unclassified and export-controlled information in one class that no tool receives, which brings the DFARS
 * and ITAR/EAR clauses (`engine/sector-clauses.ts`). Not for `government`: DFARS 252.204-7012 binds a
 * contractor, and an agency's CUI duties come from elsewhere.
 */
export const INIT_INDUSTRY_CLASSES = [
  {
    id: 'cui' as const,
    name: 'Controlled unclassified and export-controlled information',
    defaultRule: 'never' as DataClassRule,
    categories: ['confidential', 'cui', 'export-controlled'] as readonly DataCategory[],
    flag: 'cui-data' as const,
    industries: ['defense'] as readonly string[],
  },
];

export type InitClassId =
  | (typeof INIT_DATA_CLASSES)[number]['id']
  | (typeof INIT_INDUSTRY_CLASSES)[number]['id'];

/** One class as `init` asks about it: the rule it gets unless answered, and the flag that answers it. */
export interface InitDataClass {
  id: InitClassId;
  name: string;
  defaultRule: DataClassRule;
  categories: readonly DataCategory[];
  flag: `${InitClassId}-data`;
}

/** Every class that has a flag, whatever the industry: what `init` accepts and reprints. */
export const ALL_INIT_DATA_CLASSES: readonly InitDataClass[] = [
  ...INIT_DATA_CLASSES,
  ...INIT_INDUSTRY_CLASSES,
];

/** The classes `init` writes and asks about for an industry, least sensitive first. */
export function initDataClasses(industry: string | undefined): InitDataClass[] {
  const extra = INIT_INDUSTRY_CLASSES.filter((dataClass) => dataClass.industries.includes(industry ?? ''));
  const restricted = INIT_DATA_CLASSES.findIndex((dataClass) => dataClass.id === 'restricted');
  return [...INIT_DATA_CLASSES.slice(0, restricted), ...extra, ...INIT_DATA_CLASSES.slice(restricted)];
}

/**
 * What `init` proposes where the user does not choose: the first choice its prompts show, and what
 * `--yes` writes for a flag left out. The reference generator's example: a SaaS company, mandatory.
 */
export const INIT_DEFAULTS = {industry: 'saas', posture: 'mandatory', compliance: [] as string[]} as const;

/**
 * The names under which people list the AI clients whose files `ai-policy export` writes: a tool `init`
 * is given under one of these names gets that `client`, so the first `export --target all` writes its file.
 */
export const KNOWN_CLIENT_NAMES: ReadonlyArray<{client: AiClient; names: readonly string[]}> = [
  {client: 'cursor', names: ['cursor', 'cursor business', 'cursor enterprise']},
  {
    client: 'github-copilot',
    names: ['github copilot', 'copilot', 'github copilot business', 'github copilot enterprise'],
  },
  {client: 'gemini-code-assist', names: ['gemini code assist', 'gemini cli']},
  {client: 'jetbrains-ai', names: ['jetbrains ai', 'jetbrains ai assistant', 'ai assistant']},
  {client: 'windsurf', names: ['windsurf', 'codeium']},
  {client: 'claude-code', names: ['claude code']},
  {client: 'cline', names: ['cline']},
  {client: 'aider', names: ['aider']},
];

/** The client a tool name stands for, when it is one of the known names. */
export function clientOfToolName(name: string): AiClient | undefined {
  const normalized = normalizeToolName(name);
  return KNOWN_CLIENT_NAMES.find((entry) => entry.names.includes(normalized))?.client;
}

/**
 * Where the default classes commonly live, which `init` writes so that export has paths to keep out. The
 * credentials class gets the usual secret files, never `.env.example` or `.env-samples/`, which hold none.
 */
export const INIT_CLASS_PATHS: Partial<Record<string, readonly string[]>> = {
  restricted: [
    '**/.env',
    '**/.env.local',
    '**/.env.*.local',
    '**/.env.production',
    'secrets/**',
    '*.pem',
    '*.key',
  ],
};

/** Everything `init` asks, answered or not yet. */
export interface InitAnswers {
  organization?: string;
  industry?: string;
  compliance?: string[];
  tools?: ToolAnswer[];
  rules?: Partial<Record<InitClassId, string>>;
  posture?: string;
  owner?: string;
  effectiveDate: string;
}

/**
 * The config that the answers stand for. Also used on partial answers: each answer is checked by validating
 * the draft it makes (see `checkAnswer`), so a question that is not answered yet is simply left out.
 */
export function configFromAnswers(answers: InitAnswers): PolicyConfigInput {
  const compliance = answers.compliance ?? [];
  const owner = answers.owner?.trim();
  return {
    // Left out until it is answered: the draft is then judged without it, like a file that lacks it.
    organization: answers.organization?.trim() as string,
    ...(answers.industry !== undefined && {industry: answers.industry as PolicyConfigInput['industry']}),
    effectiveDate: answers.effectiveDate,
    ...(owner ? {owner} : {}),
    ...(answers.posture !== undefined && {posture: answers.posture as PolicyConfigInput['posture']}),
    compliance: compliance as PolicyConfigInput['compliance'],
    tools: (answers.tools ?? []).map((tool) => {
      const client = clientOfToolName(tool.name);
      return {
        name: tool.name,
        // Written out even when it is the default, so a reviewer reading the file sees each tool's terms.
        agreement: (tool.agreement ?? 'standard') as Agreement,
        ...(tool.maxDataClass !== undefined && {maxDataClass: tool.maxDataClass}),
        ...(client !== undefined && {client}),
      };
    }),
    dataClasses: initDataClasses(answers.industry).map((dataClass) => {
      // The regimes decide what the restricted class is known to contain, so lint and the regime sections
      // can say where PHI or card data may go (nowhere, by default).
      const categories: DataCategory[] = [
        ...dataClass.categories,
        ...(dataClass.id === 'restricted' && compliance.includes('hipaa') ? (['phi'] as const) : []),
        ...(dataClass.id === 'restricted' && compliance.includes('pci-dss')
          ? (['cardholder-data'] as const)
          : []),
      ];
      return {
        id: dataClass.id,
        name: dataClass.name,
        rule: (answers.rules?.[dataClass.id] ?? dataClass.defaultRule) as DataClassRule,
        ...(categories.length > 0 && {categories}),
        ...(INIT_CLASS_PATHS[dataClass.id] && {paths: [...INIT_CLASS_PATHS[dataClass.id]!]}),
      };
    }),
    ...(compliance.includes('hipaa') || compliance.includes('eu-ai-act')
      ? {training: {required: true, before: 'access' as const}}
      : {}),
    review: {cadence: 'quarterly', lastReviewed: answers.effectiveDate},
    incidents: {contact: owner || 'the security team'},
  };
}

/**
 * `--tool` and the tool prompt's shorthand: `name[:agreement[:maxDataClass]]`. Only splits; whether the
 * parts are valid is the config validation's call.
 */
export function parseToolSpec(spec: string): ToolAnswer {
  const [name = '', agreement, maxDataClass] = spec.split(':').map((part) => part.trim());
  return {
    name,
    ...(agreement ? {agreement} : {}),
    ...(maxDataClass ? {maxDataClass} : {}),
  };
}
