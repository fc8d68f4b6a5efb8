// A namespace import: Docusaurus loads plugins and the site config through jiti, whose interop loses the
// named `z` export (zod's default export is frozen), while `import * as z` works there and in Node.
import * as z from 'zod';
import {
  AGREEMENTS,
  type Agreement,
  AI_CLIENTS,
  BUDGET_PERIODS,
  DATA_CATEGORIES,
  DATA_CLASS_RULES,
  INDUSTRY_IDS,
  POSTURES,
  REGIME_IDS,
  REVIEW_CADENCES,
  TRAINING_MOMENTS,
} from '../vocabulary/config-values.js';

/**
 * The schema of `ai-policy.yml`: the single source of the config's types. Structural rules live here;
 * rules that relate fields to each other (unique names, references, expiries) live in `cross-field.ts`
 * so that they run even when some other field is malformed, and every problem is reported at once.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as YYYY-MM-DD (rejects 2026-02-30). */
export function isRealIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const isoDate = z
  .string({error: 'expected a date written as YYYY-MM-DD'})
  // The pattern reaches the JSON Schema, so editors flag "2026-6-1"; the refinement catches "2026-02-30".
  .regex(ISO_DATE, {error: 'expected a date written as YYYY-MM-DD', abort: true})
  .refine(isRealIsoDate, {error: 'expected a real calendar date written as YYYY-MM-DD'});

const text = (what: string) =>
  z
    .string({error: `expected ${what} (a string)`})
    .trim()
    .min(1, {error: `expected ${what}, got an empty string`});

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = (what: string) =>
  z
    .string({error: `expected ${what} (a kebab-case string)`})
    .regex(KEBAB_ID, {error: `expected ${what} in kebab-case: lowercase letters, digits and single hyphens`});

/**
 * One agreement or several (`[enterprise, baa]`): a BAA and a data-processing agreement are different
 * contracts, and a vendor may have signed both. The output is always a list, in the order of `AGREEMENTS`.
 */
const agreementsSchema = z
  .union([z.enum(AGREEMENTS), z.array(z.enum(AGREEMENTS)).min(1, {error: 'expected at least one agreement'})])
  .default('standard')
  .transform((value): Agreement[] => {
    const listed = new Set(Array.isArray(value) ? value : [value]);
    return AGREEMENTS.filter((agreement) => listed.has(agreement));
  });

/**
 * A repository glob in gitignore syntax, relative to the repository root (for example `secrets/` and everything below it). Exports
 * copy it line by line into ignore files and translate it for Copilot and Claude Code, so what could change
 * its meaning there is refused: negation (Gemini's `.aiexclude` has none), a leading `#` (a comment),
 * backslashes (escapes), `..` (outside the repository) and line breaks (a second line in the file).
 */
const repositoryGlob = text('a repository glob, e.g. secrets/**')
  .refine((value) => [...value].every((char) => char >= ' ' && char !== '\u007f'), {
    error: 'expected a glob on one line, without control characters',
  })
  .refine((value) => !value.startsWith('!'), {
    error: 'negation ("!") is not supported: list only the paths that hold the class',
  })
  .refine((value) => !value.startsWith('#'), {
    error: 'a glob cannot start with "#": ignore files read that line as a comment',
  })
  .refine((value) => !value.includes('\\'), {
    error: 'expected forward slashes only, without backslash escapes',
  })
  .refine((value) => !value.split('/').includes('..'), {
    error: 'expected a path inside the repository, without ".." segments',
  });

const modelId = text('a model id, e.g. anthropic/claude-sonnet-4').regex(/^\S+$/, {
  error: 'expected a model id without spaces, e.g. anthropic/claude-sonnet-4',
});

export const toolSchema = z.strictObject({
  name: text('the tool name'),
  vendor: text('the vendor name').optional(),
  agreement: agreementsSchema,
  maxDataClass: id('a data class id').optional(),
  conditions: text('the conditions of use').optional(),
  url: text('a link to the tool or its internal setup guide').optional(),
  /** Which AI client the tool is: selects the export files that apply to it. */
  client: z.enum(AI_CLIENTS).optional(),
  /** Model ids an LLM gateway serves for this tool. */
  models: z.array(modelId).default([]),
});

export const dataClassSchema = z.strictObject({
  id: id('the class id'),
  name: text('the class name'),
  rule: z.enum(DATA_CLASS_RULES),
  examples: z.array(text('an example')).default([]),
  categories: z.array(z.enum(DATA_CATEGORIES)).default([]),
  /** Repository globs that hold this class; exports exclude them from tools that may not receive it. */
  paths: z.array(repositoryGlob).default([]),
});

/** The reference generator's three classes: a config without `dataClasses` gets these, and `init` asks about them. */
export const DEFAULT_DATA_CLASSES = [
  {
    id: 'public',
    name: 'Public data and open-source code',
    rule: 'any-approved-tool',
    examples: ['published documentation', 'open-source dependencies'],
  },
  {
    id: 'internal',
    name: 'Internal code and documentation',
    rule: 'enterprise-agreement-only',
    examples: ['proprietary source code', 'internal tickets'],
    categories: ['source-code', 'confidential'],
  },
  {
    id: 'restricted',
    name: 'Customer data, PII, credentials and secrets',
    rule: 'never',
    examples: ['production data', 'API keys and tokens', 'personal data'],
    categories: ['customer-data', 'personal-data', 'credentials'],
  },
] as const satisfies ReadonlyArray<z.input<typeof dataClassSchema>>;

const prohibitedToolSchema = z.union([
  text('the prohibited tool name'),
  z.strictObject({name: text('the prohibited tool name'), reason: text('the reason').optional()}),
]);

/**
 * A host name as the URL parser writes it (lower case, internationalized names in punycode), so that it
 * compares equal to the host of a link. Anything else gets the form to write instead.
 */
const hostName = text('a host name').refine(
  (value) => canonicalHost(value) === value && !value.startsWith('*.'),
  {
    error: (issue) => {
      const value = String(issue.input);
      if (value.startsWith('*.'))
        return `expected one host name; wildcards are not supported, list each host`;
      const canonical = canonicalHost(value);
      return `expected a bare host name such as claude.ai (no scheme, path, port or capitals)${
        canonical ? `; write "${canonical}"` : ''
      }`;
    },
  },
);

/** `Claude.AI`, `https://claude.ai/x` and `claude.ai:443` all mean the host `claude.ai`. */
function canonicalHost(value: string): string | undefined {
  const written = value.trim();
  try {
    return (
      new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(written) ? written : `https://${written}`).hostname || undefined
    );
  } catch {
    return undefined;
  }
}

const customSectionSchema = z.strictObject({
  id: id('the section id'),
  title: text('the section title'),
  /** Id of the section this one follows; without it the section goes before the footer. */
  after: id('a section id').optional(),
  body: z.string({error: 'expected the section body as a markdown string'}),
});

export const policyConfigSchema = z.strictObject({
  organization: text('the organization name'),
  industry: z.enum(INDUSTRY_IDS).default('other'),
  effectiveDate: isoDate,
  owner: text('the policy owner').optional(),
  posture: z.enum(POSTURES).default('mandatory'),
  compliance: z.array(z.enum(REGIME_IDS)).default([]),
  tools: z.array(toolSchema).min(1, {error: 'expected at least one approved tool'}),
  prohibitedTools: z.array(prohibitedToolSchema).default([]),
  unlistedTools: z.strictObject({maxDataClass: id('a data class id').nullable().default(null)}).prefault({}),
  useCases: z
    .strictObject({
      encouraged: z.array(text('a use case')).default([]),
      prohibited: z.array(text('a use case')).default([]),
    })
    .prefault({}),
  training: z
    .strictObject({
      required: z.boolean().default(false),
      before: z.enum(TRAINING_MOMENTS).default('access'),
      course: text('the training course name or link').optional(),
      refresh: text('how often training is repeated, e.g. annually').optional(),
    })
    .prefault({}),
  disclosure: z
    .strictObject({
      commitTrailer: text('the commit trailer, e.g. "Assisted-by: <tool>"').optional(),
      pullRequests: z.boolean().default(false),
      publishedContent: z.boolean().default(true),
      customerFacing: z.boolean().default(true),
    })
    .prefault({}),
  toolReview: z
    .strictObject({
      turnaround: text('the review turnaround, e.g. one week').default('one week'),
      contact: text('where to request a review').optional(),
    })
    .prefault({}),
  dataClasses: z
    .array(dataClassSchema)
    .min(1, {error: 'expected at least one data class'})
    // A fresh copy each time: the defaults are shared, and a parsed config may be changed by its caller.
    .prefault(
      () => structuredClone(DEFAULT_DATA_CLASSES) as unknown as Array<z.input<typeof dataClassSchema>>,
    ),
  budgets: z
    .strictObject({
      owner: text('the budget owner').default('engineering manager'),
      period: z.enum(BUDGET_PERIODS).default('monthly'),
      anomalyResponse: text('how fast anomalies are investigated').default('one business day'),
      tooling: text('the tool that tracks spend and enforces caps').optional(),
    })
    .prefault({}),
  review: z
    .strictObject({
      cadence: z.enum(REVIEW_CADENCES).default('quarterly'),
      lastReviewed: isoDate.optional(),
    })
    .prefault({}),
  exceptions: z
    .strictObject({
      approver: text('who approves exceptions').default('security owner'),
      granted: z
        .array(
          z.strictObject({
            who: text('who the exception is for'),
            what: text('what the exception allows'),
            expires: isoDate,
            approvedBy: text('who approved it').optional(),
            /** The data classes (ids) it opens; `check` refuses one a hard rule keeps closed. */
            dataClasses: z.array(id('a data class id')).default([]),
            /** The tools it concerns, by name. */
            tools: z.array(text('a tool name')).default([]),
          }),
        )
        .default([]),
    })
    .prefault({}),
  incidents: z
    .strictObject({
      contact: text('the incident contact').optional(),
      channel: text('the incident channel').optional(),
    })
    .prefault({}),
  sections: z
    .strictObject({
      order: z.array(id('a section id')).optional(),
      disable: z.array(id('a section id')).default([]),
      rename: z.record(z.string(), text('the new section title')).default({}),
      custom: z.array(customSectionSchema).default([]),
    })
    .prefault({}),
  links: z
    .strictObject({
      /** Sites outside the handbook that config links may point to; other absolute URLs show as text. */
      externalHosts: z.array(hostName).default([]),
    })
    .prefault({}),
});

/** The validated config, with every default applied. */
export type PolicyConfig = z.output<typeof policyConfigSchema>;
/** The config as written in `ai-policy.yml`. */
export type PolicyConfigInput = z.input<typeof policyConfigSchema>;
export type ToolConfig = PolicyConfig['tools'][number];
export type DataClassConfig = PolicyConfig['dataClasses'][number];
export type DataCategory = (typeof DATA_CATEGORIES)[number];
