import * as z from 'zod';

type AnySchema = z.core.$ZodType;
type JsonSchema = {[key: string]: unknown};

const jsonSchemas = new WeakMap<AnySchema, JsonSchema>();

/**
 * The keys the schema accepts at a path, for "did you mean" on unknown keys. Read from the schema's JSON
 * Schema (zod's public `toJSONSchema`, the same one editors get), which spells out objects, lists, unions
 * and wrappers alike; built once per schema, and only when a file has an unknown key.
 */
export function schemaKeysAt(schema: AnySchema, path: ReadonlyArray<PropertyKey>): string[] {
  let json = jsonSchemas.get(schema);
  if (!json) {
    json = z.toJSONSchema(schema, {io: 'input', unrepresentable: 'any'}) as JsonSchema;
    jsonSchemas.set(schema, json);
  }
  let candidates = branches(json);
  for (const segment of path) {
    candidates = candidates.flatMap((node) => {
      const properties = node.properties as Record<string, JsonSchema> | undefined;
      // Own keys only: the segment comes from the user's file, and `properties.constructor` is Object itself.
      if (typeof segment === 'string' && properties && Object.hasOwn(properties, segment))
        return branches(properties[segment]!);
      if (typeof segment === 'number' && isSchema(node.items)) return branches(node.items);
      return [];
    });
  }
  const object = candidates.find((node) => isSchema(node.properties));
  return object ? Object.keys(object.properties as JsonSchema) : [];
}

const isSchema = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A node and the alternatives it stands for (`anyOf`, `oneOf`): one value or a list, a string or a mapping. */
function branches(node: JsonSchema): JsonSchema[] {
  const alternatives = [node.anyOf, node.oneOf].flatMap((list) => (Array.isArray(list) ? list : []));
  return [node, ...alternatives.filter(isSchema).flatMap(branches)];
}
