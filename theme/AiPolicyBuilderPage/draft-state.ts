/**
 * The builder's form state is the policy file as data (what `ai-policy.yml` would hold), edited by path.
 * Paths are the config's own (`['tools', 1, 'agreement']`), so a problem the validation reports at
 * `tools[1].agreement` finds its field by the same name.
 */
export type Draft = Record<string, unknown>;
export type FieldPath = ReadonlyArray<string | number>;

/** `['tools', 1, 'agreement']` → `tools[1].agreement`: how `ai-policy check` names a field. */
export function pathName(path: FieldPath): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  );
}

/** A DOM id for the field at `path`, stable across renders. */
export function fieldId(path: FieldPath, suffix = ''): string {
  const name = pathName(path).replace(/[^A-Za-z0-9]+/g, '-');
  return `ai-policy-builder-${name}${suffix ? `-${suffix}` : ''}`;
}

export function valueAt(root: unknown, path: FieldPath): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    // Own keys only: a field named `constructor` must not reach the prototype.
    if (!Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/**
 * A copy of `root` with the value at `path` replaced; `undefined` removes the key, and a mapping left
 * empty by that is removed too, so clearing an optional field leaves no `training: {}` behind.
 */
export function withValue(root: Draft, path: FieldPath, value: unknown): Draft {
  return (setIn(root, path, value) ?? {}) as Draft;
}

function setIn(node: unknown, path: FieldPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path as [string | number, ...Array<string | number>];
  if (typeof key === 'number') {
    const list = Array.isArray(node) ? [...node] : [];
    const child = setIn(list[key], rest, value);
    if (child === undefined) list.splice(key, 1);
    else list[key] = child;
    return list;
  }
  const record: Record<string, unknown> =
    node !== null && typeof node === 'object' && !Array.isArray(node) ? {...(node as object)} : {};
  const child = setIn(Object.hasOwn(record, key) ? record[key] : undefined, rest, value);
  if (child === undefined || isEmptyMapping(child)) delete record[key];
  else record[key] = child;
  return Object.keys(record).length === 0 && path.length > 1 ? undefined : record;
}

function isEmptyMapping(value: unknown): boolean {
  return (
    value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0
  );
}

/** A list at `path` (an absent one is empty). */
export function listAt(root: unknown, path: FieldPath): unknown[] {
  const value = valueAt(root, path);
  return Array.isArray(value) ? value : [];
}

/**
 * The field a problem belongs to: the problem's own path when a field has it, else its nearest ancestor
 * that has one (`tools[0].models[2]` goes to the tool's group when the form has no models field), else
 * none, and the problem is listed above the form.
 */
export function owningField(problemPath: string, fields: ReadonlySet<string>): string | null {
  for (let path = problemPath; path !== ''; ) {
    if (fields.has(path)) return path;
    const parent = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
    if (parent === path) return null;
    path = parent;
  }
  return null;
}
