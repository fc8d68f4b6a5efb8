import {FAILSAFE_SCHEMA, load, Type} from 'js-yaml';
import {CORE_SCALARS} from '../vocabulary/yaml-core-scalars.js';

/**
 * The YAML 1.2 core schema exactly as `yaml` (the parser that gives every problem its line and column)
 * resolves plain scalars. js-yaml's own core schema reads more than YAML 1.2 does (`0b101`, `-0` as 0),
 * and a file must mean one thing whichever parser read it. One js-yaml type per tag, since js-yaml keeps
 * only the last of several implicit types with the same tag.
 */
const YAML_CORE_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: CORE_SCALARS.map(
    ([tag, rules]) =>
      new Type(`tag:yaml.org,2002:${tag}`, {
        kind: 'scalar',
        resolve: (text: string | null) => rules.some(([pattern]) => pattern.test(text ?? '')),
        construct: (text: string | null) =>
          rules.find(([pattern]) => pattern.test(text ?? ''))![1](text ?? ''),
      }),
  ),
});

/**
 * What the fast reader leaves to `yaml`, because the two would not read it alike or only `yaml` guards
 * it. Erring towards `yaml` only costs time, so the patterns are broad (a `*` after a space in prose
 * matches too).
 */
const NEEDS_YAML: readonly RegExp[] = [
  // An alias, which `yaml` expands under a limit against "billion laughs" documents.
  /(?:^|[\s[{,])\*/m,
  // A complex key (`? key`) or a collection as a key: the parsers spell its text differently.
  /(?:^|\s)\?(?:\s|$)/m,
  /[\]}]\s*:/,
  // A null key (`~:`, `null:`, a bare `:`): `yaml` names it "", js-yaml "null".
  /(?:^|[[{,]|^\s*-)\s*(?:~|null|Null|NULL)?\s*:(?:[\s,\]}]|$)/m,
  // A directive: `%YAML 1.1` switches `yaml` to YAML 1.1's schema.
  /^%/m,
];

/**
 * A valid policy file as plain data, read by js-yaml, an order of magnitude faster than `yaml` on a large
 * file. `undefined` when the file needs `yaml` (see `NEEDS_YAML`) or js-yaml rejects it: `yaml` then reads
 * it and reports what is wrong, with positions, as it always has. Only a value comes from here, never a
 * problem, and only a value that then validates is used: the fast path changes how long a check takes,
 * not what it says.
 */
export function readPlainYaml(source: string): unknown {
  if (NEEDS_YAML.some((pattern) => pattern.test(source))) return undefined;
  try {
    return load(source, {schema: YAML_CORE_SCHEMA, json: false});
  } catch {
    return undefined;
  }
}
