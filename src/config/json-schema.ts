import * as z from 'zod';
import {policyConfigSchema} from './schema.js';

type JsonSchema = {[key: string]: unknown};

/**
 * The JSON Schema of `ai-policy.yml` (draft 2020-12), from the zod schema's input side: what a person may
 * write, defaults included, each key described by its `.describe()` text. Rules that relate fields to each
 * other (unique names, class references) are not expressible here; `ai-policy check` still reports them.
 */
export function policyJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(policyConfigSchema, {io: 'input', target: 'draft-2020-12'}) as JsonSchema;
  plainDescriptions(schema);
  // A file that extends a baseline states only what it changes, so what a whole policy requires is
  // required only of a file without `extends` (the merged policy is checked by `ai-policy check`).
  const {required, ...rest} = schema;
  const overlayAware: JsonSchema = {
    ...rest,
    if: {required: ['extends']},
    else: {required},
  };
  return {
    $schema: schema.$schema,
    $id: 'https://unpkg.com/docusaurus-plugin-ai-policy/lib/ai-policy.schema.json',
    title: 'ai-policy.yml',
    description:
      'The AI tool usage policy of a Docusaurus handbook, read by docusaurus-plugin-ai-policy. `ai-policy check` validates it fully.',
    ...Object.fromEntries(Object.entries(overlayAware).filter(([key]) => key !== '$schema')),
  };
}

/**
 * The descriptions are Markdown (they are also the docs' config reference). Editors that render Markdown read
 * `markdownDescription` (VS Code and the YAML language server); the others get `description` without the
 * code marks.
 */
function plainDescriptions(node: unknown): void {
  if (Array.isArray(node)) {
    for (const child of node) plainDescriptions(child);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const schema = node as JsonSchema;
  if (typeof schema.description === 'string' && schema.description.includes('`')) {
    schema.markdownDescription = schema.description;
    schema.description = schema.description.replace(/`/g, '');
  }
  for (const [key, child] of Object.entries(schema)) if (key !== 'default') plainDescriptions(child);
}
