import {existsSync} from 'node:fs';
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {createInterface} from 'node:readline';
import {stringify} from 'yaml';
import {parsePolicyConfig} from '../config/parse.js';
import {PolicyConfigError} from '../config/problems.js';
import type {DataCategory, PolicyConfigInput} from '../config/schema.js';
import {suggest} from '../config/suggest.js';
import {
  AGREEMENTS,
  type Agreement,
  DATA_CLASS_RULES,
  INDUSTRY_IDS,
  POSTURES,
  REGIME_IDS,
} from '../engine/model.js';
import type {CliIo} from './io.js';
import {parseCommandArgs, UsageError} from './run.js';

interface Ask {
  (question: string, fallback: string): Promise<string>;
  interactive: boolean;
  /** Prints a step heading; silent with --yes, where nobody is reading. */
  step: (text: string) => void;
}

/**
 * `ai-policy init`: the reference generator's five steps (industry, compliance, tools, data rules,
 * posture) as questions, or as flags with `--yes`. The answers are validated by the same parser as any
 * config before anything is written, so `init` cannot produce a file that `check` rejects.
 */
export async function runInit(args: string[], io: CliIo): Promise<number> {
  const {values} = parseCommandArgs(args, {
    file: {type: 'string', default: 'ai-policy.yml'},
    force: {type: 'boolean', default: false},
    yes: {type: 'boolean', default: false},
    organization: {type: 'string'},
    industry: {type: 'string'},
    compliance: {type: 'string'},
    posture: {type: 'string'},
    tool: {type: 'string', multiple: true},
    'effective-date': {type: 'string'},
    owner: {type: 'string'},
    'internal-data': {type: 'string'},
  });
  const target = path.resolve(io.cwd, values.file);
  if (existsSync(target) && !values.force) {
    io.stderr.write(`ai-policy: ${values.file} already exists; pass --force to overwrite it\n`);
    return 1;
  }

  const lines = values.yes
    ? undefined
    : createInterface({input: io.stdin, terminal: false})[Symbol.asyncIterator]();
  const ask: Ask = Object.assign(
    async (question: string, fallback: string) => {
      if (!lines) return fallback;
      io.stdout.write(`${question}${fallback ? ` [${fallback}]` : ''}: `);
      const answer = await lines.next();
      return answer.done ? fallback : answer.value.trim() || fallback;
    },
    {interactive: lines !== undefined, step: (text: string) => lines && io.stdout.write(`\n${text}\n`)},
  );

  try {
    const config = await collectAnswers(values, ask);
    const yaml = `# AI tool usage policy: reviewed like code. Reference: the docusaurus-plugin-ai-policy README.\n${stringify(config, {lineWidth: 100})}`;
    const parsed = parsePolicyConfig(yaml, values.file);
    if (!parsed.ok) throw new PolicyConfigError(parsed.problems);
    await writeFile(target, yaml);
    io.stdout.write(`\nWrote ${values.file}. Next: review it, then run \`ai-policy check\`.\n`);
    return 0;
  } finally {
    await lines?.return?.();
  }
}

async function collectAnswers(values: Record<string, unknown>, ask: Ask): Promise<PolicyConfigInput> {
  const flag = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const organization = flag('organization') ?? (await ask('Organization name', ''));
  if (!organization) throw new UsageError('an organization name is required (--organization)');

  ask.step(`Step 1 of 5: industry (${INDUSTRY_IDS.join(', ')})`);
  const industry = oneOf('industry', flag('industry') ?? (await ask('Industry', 'saas')), INDUSTRY_IDS);

  ask.step(`Step 2 of 5: compliance regimes, comma-separated (${REGIME_IDS.join(', ')}), or "none"`);
  const complianceAnswer = flag('compliance') ?? (await ask('Compliance', 'none'));
  const compliance = complianceAnswer === 'none' ? [] : listOf('compliance', complianceAnswer, REGIME_IDS);

  ask.step(
    `Step 3 of 5: approved tools, as name:agreement (agreement: ${AGREEMENTS.join(', ')}); empty line to finish`,
  );
  const toolSpecs = (values.tool as string[] | undefined) ?? [];
  if (toolSpecs.length === 0 && ask.interactive) {
    for (;;) {
      const answer = await ask(
        `Tool ${toolSpecs.length + 1}`,
        toolSpecs.length === 0 ? 'GitHub Copilot:enterprise' : '',
      );
      if (!answer) break;
      toolSpecs.push(answer);
    }
  }
  const tools = toolSpecs.map(parseToolSpec);
  if (tools.length === 0)
    throw new UsageError('at least one approved tool is required (--tool "Name:agreement")');

  ask.step(
    `Step 4 of 5: data classification. Public data may go into any approved tool; customer data, PII and secrets never.`,
  );
  const internalRule = oneOf(
    'internal-data',
    flag('internal-data') ??
      (await ask(
        `Internal code and documentation may go into (${DATA_CLASS_RULES.join(', ')})`,
        'enterprise-agreement-only',
      )),
    DATA_CLASS_RULES,
  );

  ask.step(
    `Step 5 of 5: enforcement posture (advisory: guidance, "should"; mandatory: "must", with consequences)`,
  );
  const posture = oneOf('posture', flag('posture') ?? (await ask('Posture', 'mandatory')), POSTURES);

  const effectiveDate = flag('effective-date') ?? new Date().toISOString().slice(0, 10);
  const owner = flag('owner') ?? (await ask('Policy owner (name <email>), optional', ''));
  // The regimes decide what the restricted class is known to contain, so lint and the regime sections
  // can say where PHI or card data may go (nowhere, by default).
  const restrictedCategories: DataCategory[] = [
    'customer-data',
    'personal-data',
    'credentials',
    ...(compliance.includes('hipaa') ? (['phi'] as const) : []),
    ...(compliance.includes('pci-dss') ? (['cardholder-data'] as const) : []),
  ];
  return {
    organization,
    industry,
    effectiveDate,
    ...(owner ? {owner} : {}),
    posture,
    compliance,
    tools,
    dataClasses: [
      {id: 'public', name: 'Public data and open-source code', rule: 'any-approved-tool'},
      {
        id: 'internal',
        name: 'Internal code and documentation',
        rule: internalRule,
        categories: ['source-code', 'confidential'],
      },
      {
        id: 'restricted',
        name: 'Customer data, PII, credentials and secrets',
        rule: 'never',
        categories: restrictedCategories,
      },
    ],
    ...(compliance.includes('hipaa') || compliance.includes('eu-ai-act')
      ? {training: {required: true, before: 'access'}}
      : {}),
    review: {cadence: 'quarterly', lastReviewed: effectiveDate},
    incidents: {contact: owner || 'the security team'},
  };
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const hint = suggest(value, allowed);
  throw new UsageError(
    `--${name}: "${value}" is not one of ${allowed.join(', ')}${hint ? ` (did you mean "${hint}"?)` : ''}`,
  );
}

function listOf<T extends string>(name: string, value: string, allowed: readonly T[]): T[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => oneOf(name, item, allowed));
}

function parseToolSpec(spec: string): {name: string; agreement: Agreement; maxDataClass?: string} {
  const [name, agreement = 'standard', maxDataClass] = spec.split(':').map((part) => part.trim());
  if (!name) throw new UsageError(`--tool: "${spec}" has no tool name`);
  return {
    name,
    agreement: oneOf('tool agreement', agreement, AGREEMENTS),
    ...(maxDataClass ? {maxDataClass} : {}),
  };
}
