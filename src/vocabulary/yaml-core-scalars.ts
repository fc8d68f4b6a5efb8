/**
 * The YAML 1.2 core schema's plain scalars as `yaml` resolves them (`yaml/dist/schema/core`), tag by tag,
 * its patterns in its order: what a plain `1`, `~`, `true` or `.inf` means. The fast reader resolves
 * scalars by this table and the source locator matches keys by it, so both read a file as `yaml` does.
 */
export type CoreScalarConstruct = (text: string) => unknown;

const integer =
  (offset: number, radix: number): CoreScalarConstruct =>
  (text) =>
    Number.parseInt(text.substring(offset), radix);

const infinityOrNaN: CoreScalarConstruct = (text) =>
  text.slice(-3).toLowerCase() === 'nan'
    ? Number.NaN
    : text.startsWith('-')
      ? Number.NEGATIVE_INFINITY
      : Number.POSITIVE_INFINITY;

export const CORE_SCALARS: ReadonlyArray<
  readonly [
    tag: 'null' | 'bool' | 'int' | 'float',
    rules: ReadonlyArray<readonly [RegExp, CoreScalarConstruct]>,
  ]
> = [
  ['null', [[/^(?:~|[Nn]ull|NULL)?$/, () => null]]],
  ['bool', [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => /^[Tt]/.test(text)]]],
  [
    'int',
    [
      [/^0o[0-7]+$/, integer(2, 8)],
      [/^[-+]?[0-9]+$/, integer(0, 10)],
      [/^0x[0-9a-fA-F]+$/, integer(2, 16)],
    ],
  ],
  [
    'float',
    [
      [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, infinityOrNaN],
      [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, Number.parseFloat],
      [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, Number.parseFloat],
    ],
  ],
];

/** Whether a plain scalar is a string in the core schema (not null, a boolean or a number). */
export function isPlainString(text: string): boolean {
  return !CORE_SCALARS.some(([, rules]) => rules.some(([pattern]) => pattern.test(text)));
}
