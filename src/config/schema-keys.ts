import type {z} from 'zod';

type AnySchema = z.core.$ZodType;

/**
 * The keys the schema accepts at a path, for "did you mean" on unknown keys. Walks through optional,
 * default, nullable, pipe and union wrappers, and array elements.
 */
export function schemaKeysAt(schema: AnySchema, path: ReadonlyArray<PropertyKey>): string[] {
  const node = resolve(schema, path);
  return node ? objectKeys(node) : [];
}

function unwrap(schema: AnySchema): AnySchema[] {
  const def = schema._zod.def as unknown as {
    type: string;
    innerType?: AnySchema;
    in?: AnySchema;
    options?: AnySchema[];
  };
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
    case 'prefault':
    case 'readonly':
      return def.innerType ? unwrap(def.innerType) : [];
    case 'pipe':
      return def.in ? unwrap(def.in) : [];
    case 'union':
      return (def.options ?? []).flatMap(unwrap);
    default:
      return [schema];
  }
}

function resolve(schema: AnySchema, path: ReadonlyArray<PropertyKey>): AnySchema | undefined {
  let candidates = unwrap(schema);
  for (const segment of path) {
    candidates = candidates.flatMap((candidate) => {
      const def = candidate._zod.def as unknown as {
        type: string;
        shape?: Record<string, AnySchema>;
        element?: AnySchema;
      };
      // Own keys only: the segment comes from the user's file, and `shape.constructor` is Object itself.
      if (
        def.type === 'object' &&
        typeof segment === 'string' &&
        def.shape &&
        Object.hasOwn(def.shape, segment)
      )
        return unwrap(def.shape[segment]!);
      if (def.type === 'array' && typeof segment === 'number' && def.element) return unwrap(def.element);
      return [];
    });
  }
  return candidates.find((candidate) => (candidate._zod.def as {type: string}).type === 'object');
}

function objectKeys(schema: AnySchema): string[] {
  const def = schema._zod.def as unknown as {shape?: Record<string, AnySchema>};
  return Object.keys(def.shape ?? {});
}
