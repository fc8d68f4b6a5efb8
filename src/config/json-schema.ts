import * as z from 'zod';
import {policyConfigSchema} from './schema.js';

type JsonSchema = {[key: string]: unknown};

/**
 * The JSON Schema of `ai-policy.yml` (draft 2020-12), from the zod schema's input side: what a person may
 * write, defaults included. `descriptions` maps config paths as the README writes them (`tools[].agreement`)
 * to their explanation. Rules that relate fields to each other (unique names, class references) are not
 * expressible here; `ai-policy check` still reports them.
 */
export function policyJsonSchema(descriptions: ReadonlyMap<string, string> = new Map()): JsonSchema {
  const schema = z.toJSONSchema(policyConfigSchema, {io: 'input', target: 'draft-2020-12'}) as JsonSchema;
  describe(schema, '', descriptions);
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

function describe(node: JsonSchema, path: string, descriptions: ReadonlyMap<string, string>): void {
  const description = descriptions.get(path);
  if (description && typeof node.description !== 'string') node.description = description;
  const properties = node.properties as Record<string, JsonSchema> | undefined;
  for (const [key, child] of Object.entries(properties ?? {})) {
    describe(child, path === '' ? key : `${path}.${key}`, descriptions);
  }
  const items = node.items as JsonSchema | undefined;
  if (items && typeof items === 'object') describe(items, `${path}[]`, descriptions);
  for (const branch of [...((node.anyOf as JsonSchema[]) ?? []), ...((node.oneOf as JsonSchema[]) ?? [])]) {
    const branchItems = branch.items as JsonSchema | undefined;
    if (branch.type === 'object') describe({...branch, description: 'x'}, path, descriptions);
    if (branchItems) describe(branchItems, `${path}[]`, descriptions);
  }
}
