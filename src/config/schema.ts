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
import {pathPatternProblem} from '../vocabulary/path-pattern.js';
import {fieldSaid, schemaWords} from './schema-words.js';

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

const EXPECTED_DATE = schemaWords('expected a date written as YYYY-MM-DD', {id: 'expected-date'});
const isoDate = z
  .string({error: EXPECTED_DATE})
  // The pattern reaches the JSON Schema, so editors flag "2026-6-1"; the refinement catches "2026-02-30".
  .regex(ISO_DATE, {error: EXPECTED_DATE, abort: true})
  .refine(isRealIsoDate, {
    error: schemaWords('expected a real calendar date written as YYYY-MM-DD', {id: 'expected-real-date'}),
  });

const text = (what: string) =>
  z
    .string({
      error: schemaWords(`expected ${what} (a string)`, {
        id: 'expected-text',
        slots: {what: fieldSaid(what)},
      }),
    })
    .trim()
    .min(1, {
      error: schemaWords(`expected ${what}, got an empty string`, {
        id: 'expected-text-empty',
        slots: {what: fieldSaid(what)},
      }),
    });

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = (what: string) =>
  z
    .string({
      error: schemaWords(`expected ${what} (a kebab-case string)`, {
        id: 'expected-id',
        slots: {what: fieldSaid(what)},
      }),
    })
    .regex(KEBAB_ID, {
      error: schemaWords(`expected ${what} in kebab-case: lowercase letters, digits and single hyphens`, {
        id: 'expected-id-kebab',
        slots: {what: fieldSaid(what)},
      }),
    });

/**
 * One agreement or several (`[enterprise, baa]`): a BAA and a data-processing agreement are different
 * contracts, and a vendor may have signed both. The output is always a list, in the order of `AGREEMENTS`.
 */
const agreementsSchema = z
  .union([
    z.enum(AGREEMENTS),
    z
      .array(z.enum(AGREEMENTS))
      .min(1, {error: schemaWords('expected at least one agreement', {id: 'at-least-one.agreement'})}),
  ])
  .default('standard')
  .transform((value): Agreement[] => {
    const listed = new Set(Array.isArray(value) ? value : [value]);
    return AGREEMENTS.filter((agreement) => listed.has(agreement));
  });

/**
 * A repository path in the path language of `vocabulary/path-pattern.ts` (literal names, `*` and `**`,
 * relative to the repository root). Every export target spells it its own way; a form one of them cannot
 * express is refused here, with the form to write, never silently dropped or changed in meaning.
 */
const repositoryPath = z
  .string({
    error: schemaWords('expected a repository path, e.g. secrets/** (a string)', {id: 'expected-path'}),
  })
  // Not trimmed first, unlike other text: a space at either end would change which file the path names.
  .superRefine((value, context) => {
    const problem =
      value.trim() === ''
        ? {
            message: 'expected a repository path, e.g. secrets/**, got an empty string',
            say: {id: 'path.empty'},
          }
        : pathPatternProblem(value);
    if (problem)
      context.addIssue({
        code: 'custom',
        message: problem.message,
        params: {say: problem.say, ...(problem.suggestion !== undefined && {suggestion: problem.suggestion})},
      });
  });

const modelId = text('a model id, e.g. anthropic/claude-sonnet-4').regex(/^\S+$/, {
  error: schemaWords('expected a model id without spaces, e.g. anthropic/claude-sonnet-4', {
    id: 'expected-model-id',
  }),
});

// Each key's `.describe()` text is its documentation: the config reference (docs/config-reference.md) and the
// JSON Schema editors show are both generated from it, and a test fails when a key has none.
export const toolSchema = z.strictObject({
  name: text('the tool name').describe('The tool as readers know it. Unique, compared case-insensitively.'),
  vendor: text('the vendor name').optional().describe('Shown after the name.'),
  agreement: agreementsSchema.describe(
    'The contracts that cover data sent to the tool: `standard` (the vendor’s standard terms), `enterprise` (an enterprise data agreement with data-processing terms and no training on your data; the GDPR Art. 28 agreement in this policy), `baa` (a HIPAA business associate agreement) or `self-hosted` (the model runs on infrastructure the organization controls and no AI vendor receives the data). Each means only itself: a BAA is not a data-processing agreement, so a vendor that signed both is written `[enterprise, baa]`. `none` cannot be combined.',
  ),
  maxDataClass: id('a data class id')
    .optional()
    .describe(
      'A ceiling: the most sensitive class this tool may receive, even if its agreement would allow more.',
    ),
  conditions: text('the conditions of use')
    .optional()
    .describe('Shown with the tool, e.g. "Use through SSO only".'),
  url: text('a link to the tool or its internal setup guide')
    .optional()
    .describe(
      'A link for the tool name: a path on your site, a `#fragment` or `mailto:`. An absolute `http(s)` URL is linked only when its host is in `links.externalHosts`, and shown as text otherwise.',
    ),
  client: z
    .enum(AI_CLIENTS)
    .optional()
    .describe(
      'Which AI client the tool is: that client’s export file applies to it. Two tools may share a client (say Copilot Business and a Copilot pilot); the file then excludes what either may not receive.',
    ),
  models: z
    .array(modelId)
    .default([])
    .describe(
      'Models an LLM gateway serves for this tool: LiteLLM `provider/model` ids such as `anthropic/claude-sonnet-4`, no spaces, each once.',
    ),
});

export const dataClassSchema = z.strictObject({
  id: id('the class id').describe('What `maxDataClass` refers to; also the class’s anchor.'),
  name: text('the class name').describe('The class as the policy names it.'),
  rule: z.enum(DATA_CLASS_RULES).describe('Which agreements may receive the class.'),
  examples: z.array(text('an example')).default([]).describe('Shown in the class table.'),
  categories: z
    .array(z.enum(DATA_CATEGORIES))
    .default([])
    .describe(
      'What the class contains. The regime sections and lint read it: PHI needs a BAA, cardholder data never goes in, credentials never go in. `cui`, `export-controlled` and `classified` add a US defense contractor’s legal duties (DFARS 252.204-7012 incident reporting, ITAR and EAR export rules, the NISPOM) and lint that keeps them out of tools that are not self-hosted.',
    ),
  paths: z
    .array(repositoryPath)
    .default([])
    .describe(
      'Where the class lives in the repository: literal paths from the repository root with `*` (within one name) and `**` (any folders), e.g. `**/.env`, `secrets/**`, `apps/web/app/patients/[id]/**` (brackets are plain characters). Exports exclude these paths from every tool that may not receive the class; a file matched by two classes counts as both. Refused, with the form to write: `./`, `)`, `?`, `..`, backslashes, a leading `!` or `#`, spaces at either end, line breaks; each path once per class.',
    ),
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
  z.strictObject({
    name: text('the prohibited tool name').describe('The banned tool.'),
    reason: text('the reason').optional().describe('Why it is banned, shown with its name.'),
  }),
]);

/**
 * A host name as the URL parser writes it (lower case, internationalized names in punycode), so that it
 * compares equal to the host of a link. Anything else gets the form to write instead.
 */
const hostName = text('a host name').superRefine((value, context) => {
  if (canonicalHost(value) === value && !value.startsWith('*.')) return;
  const canonical = value.startsWith('*.') ? undefined : canonicalHost(value);
  context.addIssue({
    code: 'custom',
    input: value,
    message: value.startsWith('*.')
      ? 'expected one host name; wildcards are not supported, list each host'
      : `expected a bare host name such as claude.ai (no scheme, path, port or capitals)${
          canonical ? `; write "${canonical}"` : ''
        }`,
    params: {
      say: value.startsWith('*.')
        ? {id: 'host.wildcard'}
        : canonical
          ? {id: 'host.bare-write', slots: {canonical}}
          : {id: 'host.bare'},
    },
  });
});

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
  id: id('the section id').describe('The section’s id: its anchor, page slug and directive value.'),
  title: text('the section title').describe('Its heading.'),
  after: id('a section id')
    .optional()
    .describe('The id of the section it follows; without it, the section goes last, before the footer.'),
  body: z
    .string({
      error: schemaWords('expected the section body as a markdown string', {id: 'expected-section-body'}),
    })
    .describe(
      'Markdown. Raw HTML is shown as text, images as their alt text; links follow the rules of `tools[].url`.',
    ),
});

/** One `extends` entry: a relative path (`./`, `../`) or an npm package name. */
const baselineReference = text('a baseline: a relative path such as ./base.yml, or an npm package name');

export const policyConfigSchema = z.strictObject({
  organization: text('the organization name').describe('The name used throughout the policy.'),
  industry: z
    .enum(INDUSTRY_IDS)
    .default('other')
    .describe(
      'Frames the purpose section and the policy’s words: what is at stake (patients and PHI, cardholder data, student records, public trust, controlled unclassified information for `defense`, a government or defense contractor, customer data and IP), whom a disclosure speaks to (patients, students, members of the public, customers), the default restricted class’s name (no “customer data” for a university), the default budget owner (an engineering manager only for software and other businesses), and the EU AI Act’s high-risk example (creditworthiness for financial services, admissions for education, hiring otherwise).',
    ),
  effectiveDate: isoDate.describe('The date the policy takes effect: a real calendar date.'),
  owner: text('the policy owner')
    .optional()
    .describe('Who owns the policy, e.g. `Security team <security@acme.example>`.'),
  posture: z
    .enum(POSTURES)
    .default('mandatory')
    .describe(
      'The voice of the company’s own rules: `advisory` says "should" and explains; `mandatory` says "must" and names the consequences. Duties of law and audit criteria say "must" in both.',
    ),
  compliance: z
    .array(z.enum(REGIME_IDS))
    .default([])
    .describe('The regimes that apply. Each adds a section with its concrete, cited obligations.'),
  controlGaps: z
    .enum(['required', 'all', 'none'])
    .default('required')
    .describe(
      'Which control gaps `check` reports as `control-gap`: controls in a selected framework’s scope that nothing in the policy addresses. `required`: frameworks that bind (law, audit and certification criteria, PCI DSS); `all`: also voluntary ones (NIST AI RMF, OWASP Top 10 for LLM Applications); `none`: no finding. The crosswalk page lists the gaps either way.',
    ),
  tools: z
    .array(toolSchema)
    .min(1, {error: schemaWords('expected at least one approved tool', {id: 'at-least-one.approved-tool'})})
    .describe('The approved tools, at least one.'),
  prohibitedTools: z
    .array(prohibitedToolSchema)
    .default([])
    .describe('Named bans: a name, or `{name, reason}`. A tool cannot be approved and prohibited at once.'),
  unlistedTools: z
    .strictObject({
      maxDataClass: id('a data class id')
        .nullable()
        .default(null)
        .describe(
          'What tools that are not on the list may receive; `null` means nothing. Only classes open to any tool count.',
        ),
    })
    .prefault({})
    .describe('The rule for AI tools that are neither approved nor prohibited.'),
  useCases: z
    .strictObject({
      encouraged: z.array(text('a use case')).default([]).describe('Concrete examples of good use.'),
      prohibited: z.array(text('a use case')).default([]).describe('Concrete examples of what not to do.'),
      humanDecisions: z
        .array(text('a kind of decision, e.g. credit decisions'))
        .default([])
        .describe(
          'Decisions about people that only a person may take, AI at most assisting, e.g. `credit decisions`. Stricter than GDPR Art. 22, which allows some decisions by AI alone: the policy says the rule once, citing our own rule with GDPR Art. 22 (and EU AI Act Art. 26(2) human oversight when selected), then the general Art. 22 rule for other decisions. Use it instead of a `prohibited` entry such as "credit decisions without a human decision-maker", which would give a second answer.',
        ),
    })
    .prefault({})
    .describe('Do and don’t examples, shown under the approved tools.'),
  training: z
    .strictObject({
      required: z
        .boolean()
        .default(false)
        .describe(
          'Training as a prerequisite. Defaults to `true` when HIPAA, PCI DSS or the EU AI Act is selected, since they require workforce training; `false` then turns it off, and `ai-policy check` warns.',
        ),
      before: z.enum(TRAINING_MOMENTS).default('access').describe('When the training must be done.'),
      course: text('the training course name or link').optional().describe('The course’s name or link.'),
      refresh: text('how often training is repeated, e.g. annually')
        .optional()
        .describe('How often it is repeated, e.g. `annually`.'),
    })
    .prefault({})
    .describe('Training before people use AI tools.'),
  disclosure: z
    .strictObject({
      commitTrailer: text('the commit trailer, e.g. "Assisted-by: <tool>"')
        .optional()
        .describe(
          'The commit trailer that discloses AI help, e.g. `"Assisted-by: <tool>"`. `ai-policy check-commit-msg` checks it.',
        ),
      pullRequests: z
        .boolean()
        .default(false)
        .describe('Pull request descriptions say what was AI-generated.'),
      publishedContent: z
        .boolean()
        .default(true)
        .describe('Published content discloses substantial AI generation.'),
      customerFacing: z.boolean().default(true).describe('Customers are told when they talk to an AI.'),
    })
    .prefault({})
    .describe('When AI help must be disclosed.'),
  toolReview: z
    .strictObject({
      turnaround: text('the review turnaround, e.g. one week')
        .default('one week')
        .describe('Target time to review a new tool.'),
      contact: text('where to request a review').optional().describe('Where to request a review.'),
    })
    .prefault({})
    .describe('The security review a new tool passes before first use.'),
  dataClasses: z
    .array(dataClassSchema)
    .min(1, {error: schemaWords('expected at least one data class', {id: 'at-least-one.data-class'})})
    // A fresh copy each time: the defaults are shared, and a parsed config may be changed by its caller.
    .prefault(
      () => structuredClone(DEFAULT_DATA_CLASSES) as unknown as Array<z.input<typeof dataClassSchema>>,
    )
    .describe(
      'The data classes, least sensitive first; a lenient class after a stricter one is reported (`class-order`). Default: the reference generator’s three classes, public, internal and restricted.',
    ),
  budgets: z
    .strictObject({
      owner: text('the budget owner')
        .default('engineering manager')
        .describe(
          'Who owns the AI budget. The default is `budget holder` for healthcare, financial services, government, defense and education.',
        ),
      period: z.enum(BUDGET_PERIODS).default('monthly').describe('The budget period.'),
      anomalyResponse: text('how fast anomalies are investigated')
        .default('one business day')
        .describe('How fast a spending anomaly is investigated.'),
      tooling: text('the tool that tracks spend and enforces caps')
        .optional()
        .describe('The tool that tracks spend and enforces caps.'),
    })
    .prefault({})
    .describe('Who owns AI spend and how it is watched.'),
  review: z
    .strictObject({
      cadence: z.enum(REVIEW_CADENCES).default('quarterly').describe('How often the policy is reviewed.'),
      lastReviewed: isoDate
        .optional()
        .describe('The last review. The next is due one cadence after it, or after `effectiveDate`.'),
    })
    .prefault({})
    .describe('The policy’s own review.'),
  exceptions: z
    .strictObject({
      approver: text('who approves exceptions')
        .default('security owner')
        .describe('Who approves exceptions.'),
      granted: z
        .array(
          z.strictObject({
            who: text('who the exception is for').describe('Whom the exception is for.'),
            what: text('what the exception allows').describe('What it allows.'),
            expires: isoDate.describe('When it ends. Required: every exception expires.'),
            approvedBy: text('who approved it')
              .optional()
              .describe('Who approved it. A row without it is the `exception-no-approver` warning.'),
            dataClasses: z
              .array(id('a data class id'))
              .default([])
              .describe(
                'The data class ids the exception opens. `check` refuses (error `exception-waives-hard-rule`) a row that opens a closed class (one a hard rule governs, or whose rule is `never`) to a tool the matrix refuses.',
              ),
            tools: z
              .array(text('a tool name'))
              .default([])
              .describe('The tools the exception concerns, by name.'),
          }),
        )
        .default([])
        .describe('The register of granted exceptions.'),
    })
    .prefault({})
    .describe('Written, expiring exceptions to the policy.'),
  incidents: z
    .strictObject({
      contact: text('the incident contact').optional().describe('Whom to report an incident to.'),
      channel: text('the incident channel').optional().describe('Where to report it, e.g. a chat channel.'),
    })
    .prefault({})
    .describe('Where to report a leak or misuse.'),
  sections: z
    .strictObject({
      order: z
        .array(id('a section id'))
        .optional()
        .describe('Section ids to put first; the other sections keep their order.'),
      disable: z
        .array(id('a section id'))
        .default([])
        .describe('Section ids to leave out, e.g. `[budgets]`.'),
      rename: z
        .record(z.string(), text('the new section title'))
        .default({})
        .describe('New titles by section id. Ids and URLs stay stable when a title changes.'),
      custom: z.array(customSectionSchema).default([]).describe('Your own sections.'),
    })
    .prefault({})
    .describe('The order, titles and choice of sections, and your own.'),
  links: z
    .strictObject({
      externalHosts: z
        .array(hostName)
        .default([])
        .describe(
          'Sites outside your handbook the policy may link to, e.g. `[claude.ai, github.com]`: exact host names, lower case, internationalized names in punycode (`ai-policy check` says the form to write). Other absolute URLs show as text.',
        ),
    })
    .prefault({})
    .describe('Where links in the policy may lead.'),
  // Optional without a default, so that configs that do not use them keep their version.
  extends: z
    .union([
      baselineReference,
      z
        .array(baselineReference)
        .min(1, {error: schemaWords('expected at least one baseline', {id: 'at-least-one.baseline'})}),
    ])
    .optional()
    .describe(
      'The baselines this file builds on: a path relative to this file (`./base.yml`), an npm package name (its `package.json` names the policy file in `aiPolicy`), or a list applied in order. The file then states only what it changes, and may only tighten.',
    ),
  remove: z
    .strictObject({
      tools: z
        .array(text('a tool name of the baseline'))
        .default([])
        .describe('Baseline tools this overlay does not approve.'),
      // Accepted so that an attempt to drop a regime gets a message naming the baseline's line, never silence.
      compliance: z
        .array(z.enum(REGIME_IDS))
        .default([])
        .describe(
          'Always refused: an overlay cannot drop a regime of its baseline (the error names the baseline’s line).',
        ),
    })
    .optional()
    .describe('In an overlay: what it takes out of its baseline.'),
  overlays: z
    .strictObject({
      mayAddTools: z
        .strictObject({
          maxDataClass: id('a data class id').describe(
            'The most sensitive class a tool approved by an overlay may receive.',
          ),
        })
        .optional()
        .describe(
          'Overlays may approve tools of their own, each with a ceiling at most this class. Without it only the baseline approves tools.',
        ),
      requiredSections: z.array(id('a section id')).default([]).describe('Sections no overlay may disable.'),
    })
    .optional()
    .describe('In a baseline: what the overlays that extend it may do beyond tightening.'),
});

/** The validated config, with every default applied. */
export type PolicyConfig = z.output<typeof policyConfigSchema>;
/** The config as written in `ai-policy.yml`. */
export type PolicyConfigInput = z.input<typeof policyConfigSchema>;
export type ToolConfig = PolicyConfig['tools'][number];
export type DataClassConfig = PolicyConfig['dataClasses'][number];
export type DataCategory = (typeof DATA_CATEGORIES)[number];
