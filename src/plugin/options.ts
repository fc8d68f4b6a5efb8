// A namespace import: Docusaurus loads plugins and the site config through jiti, whose interop loses the
// named `z` export (zod's default export is frozen), while `import * as z` works there and in Node.
import * as z from 'zod';
import {suggest} from '../config/suggest.js';
import {normalizeRepoUrl} from '../history/repo-url.js';

/** What `onStale` can do when the policy is past its review date or an exception has expired. */
export const ON_STALE_ACTIONS = ['warn', 'throw', 'ignore'] as const;
export type OnStaleAction = (typeof ON_STALE_ACTIONS)[number];

/** What a build does when a locale has policy messages without a translation (they show in English). */
export const ON_UNTRANSLATED_ACTIONS = ['warn', 'throw', 'ignore'] as const;
export type OnUntranslatedAction = (typeof ON_UNTRANSLATED_ACTIONS)[number];

const POLICY_FILE_EXTENSION = /\.(ya?ml|json)$/i;

/** A site-relative URL path; normalized to one leading slash and no trailing slash. */
const routeBasePathSchema = z
  .string({error: 'expected a URL path such as "/ai-policy"'})
  .trim()
  .transform((value) => `/${value.replace(/^\/+|\/+$/g, '')}`)
  .refine((value) => value !== '/', {
    // The policy's section pages and downloads are named after the base path, so it cannot be the site root.
    error: 'expected a URL path below the site root, such as "/ai-policy"',
  })
  .refine((value) => /^[A-Za-z0-9\-._~/]+$/.test(value) && !value.includes('//'), {
    error: 'expected a URL path made of letters, digits, "-", "_", "." and "/" only',
  });

export const pluginOptionsSchema = z.strictObject({
  /** Docusaurus's multi-instance id. Docusaurus may not pass its own default, so it is defaulted here. */
  id: z.string({error: 'expected the plugin instance id (a string)'}).min(1).default('default'),
  policyFile: z
    .string({error: 'expected the path of the policy file (a string)'})
    .trim()
    .min(1, {error: 'expected the path of the policy file, got an empty string'})
    .refine((value) => POLICY_FILE_EXTENSION.test(value), {
      error: 'expected a .yml, .yaml or .json file',
    })
    .default('ai-policy.yml'),
  routeBasePath: routeBasePathSchema.default('/ai-policy'),
  sectionPages: z.boolean({error: 'expected true or false'}).default(true),
  downloads: z.boolean({error: 'expected true or false'}).default(true),
  onStale: z.enum(ON_STALE_ACTIONS, {error: 'expected "warn", "throw" or "ignore"'}).default('warn'),
  onUntranslated: z
    .enum(ON_UNTRANSLATED_ACTIONS, {error: 'expected "warn", "throw" or "ignore"'})
    .default('warn'),
  /** A form at `<routeBasePath>/builder` that drafts a new `ai-policy.yml` with a live preview, in the browser. */
  builder: z.boolean({error: 'expected true or false'}).default(false),
  /**
   * The control crosswalk at `<routeBasePath>/controls` (framework → control id → what addresses it, and the
   * gaps) and the OSCAL download `<routeBasePath>.oscal.json`.
   */
  controls: z.boolean({error: 'expected true or false'}).default(true),
  /** The policy's history from git, at `<routeBasePath>/changes`, and the version in the page header. */
  history: z.boolean({error: 'expected true or false'}).default(true),
  /** The repository's web address, for links to commits on the history page. */
  repoUrl: z
    .string({error: 'expected the web address of the repository (a string)'})
    .refine((value) => normalizeRepoUrl(value) !== null, {
      error: 'expected an http(s) address of the repository, such as "https://github.com/acme/handbook"',
    })
    .transform((value) => normalizeRepoUrl(value)!)
    .optional(),
});

/** The options as written in `docusaurus.config`: every key is optional. */
export type PluginOptions = z.input<typeof pluginOptionsSchema>;
/** The options after validation, with every default applied. */
export type ResolvedPluginOptions = z.output<typeof pluginOptionsSchema>;

export const DEFAULT_OPTIONS: ResolvedPluginOptions = pluginOptionsSchema.parse({});

const OPTION_NAMES = Object.keys(pluginOptionsSchema.shape);

function describeIssue(issue: z.core.$ZodIssue): string[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const near = suggest(key, OPTION_NAMES);
      const hint = near === undefined ? '' : ` (did you mean "${near}"?)`;
      return `unknown option "${key}"${hint}; valid options: ${OPTION_NAMES.join(', ')}`;
    });
  }
  const where = issue.path.length > 0 ? issue.path.join('.') : '(options)';
  return [`${where}: ${issue.message}`];
}

/**
 * Validates and normalizes the plugin options. Docusaurus hands in its Joi-based `validate` helper; it is
 * not used because the options are described once, with zod, like the policy config itself.
 */
export function validateOptions({options}: {options?: unknown; validate?: unknown}): ResolvedPluginOptions {
  const result = pluginOptionsSchema.safeParse(options ?? {});
  if (result.success) return result.data;
  const id =
    typeof options === 'object' && options !== null && 'id' in options ? String(options.id) : 'default';
  const lines = result.error.issues.flatMap(describeIssue);
  const error = new Error(
    [
      `Invalid options for docusaurus-plugin-ai-policy (instance "${id}"):`,
      ...lines.map((line) => `  - ${line}`),
    ].join('\n'),
  );
  // The stack would point into zod and this package; the message already says what to fix.
  error.stack = error.message;
  throw error;
}
