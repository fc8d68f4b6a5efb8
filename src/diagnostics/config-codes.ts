/**
 * Every code a config problem can carry, with when it is reported. Tools match on these, so a code never
 * changes meaning; the table in docs/cli.md is checked against this list.
 */
export const CONFIG_PROBLEM_CODES = {
  'file-not-found': 'the policy file does not exist',
  'not-a-file': 'the policy file path names a directory or another thing that is not a regular file',
  'file-too-large': 'the policy file is over 4 MB (checked before it is read)',
  'not-utf8': 'the file is not UTF-8 text: a UTF-16 or UTF-32 byte-order mark, or bytes that are not UTF-8',
  'yaml-syntax': 'the file is not valid YAML (JSON is read as YAML); the message is the parser’s',
  'yaml-duplicate-key': 'a key appears twice in one mapping',
  'yaml-tag':
    'a value carries a YAML tag other than a plain type (`!!binary`, `!!timestamp`, `!!set`, `!custom`)',
  'yaml-alias-limit':
    'expanding an alias would take the document past 100 aliased values (a "billion laughs")',
  'not-a-mapping': 'the file is empty, or its top level is not a mapping of settings',
  required: 'a required key is missing (located at the mapping that needs it)',
  'invalid-type': 'a value has the wrong type: a list where a string belongs, a number for a boolean, ...',
  'invalid-enum-value': 'a value is not one of the allowed words (`industry`, `agreement`, `rule`, ...)',
  'unknown-key': 'a key the schema does not know at that place (located at the key)',
  'too-small': 'a list or text is empty where something is required',
  'invalid-format':
    'a string does not have the required form: a kebab-case id, a YYYY-MM-DD date, a model id',
  'invalid-value':
    'a value breaks a rule of its field: an unreal date, a glob with `..` or `!`, a host with a scheme',
  'duplicate-tool-name': 'two tools have the same name (compared as the page compares tool names)',
  'duplicate-class-id': 'two data classes have the same id',
  'unknown-data-class': '`maxDataClass` names a class that `dataClasses` does not define',
  'tool-approved-and-prohibited': 'a tool is in both `tools` and `prohibitedTools`',
  'listed-twice': 'a list names the same agreement, model, path or regime twice',
  'agreement-none-combined': '`agreement: none` is combined with another agreement',
  'section-id-reserved': 'a custom section takes the id of a generated section or a regime',
  'duplicate-section-id': 'two custom sections have the same id',
  'unknown-section':
    '`sections.order`, `disable`, `rename` or a custom `after` names a section this policy does not have',
  'section-regime-not-selected':
    'a section reference names a regime section whose regime is not in `compliance`',
  'extends-invalid':
    '`extends` is neither a relative path (`./`, `../`) nor a package name, or the package names no policy file',
  'extends-not-found': 'a baseline named in `extends` does not exist; the message names the chain of files',
  'extends-cycle': 'a baseline extends, directly or through others, the file that extends it',
  'overlay-loosens':
    'an overlay would loosen its baseline; located in the overlay, the message names the baseline line',
  'overlay-without-baseline': '`remove` is written in a file that has no `extends`',
  'overlay-unknown-tool': '`remove.tools` names a tool the baseline does not approve',
  'overlay-cannot-remove':
    'in the policy builder: the form removes something a baseline states (a field, a list entry), which an overlay cannot',
} as const satisfies Record<string, string>;

export type ConfigProblemCode = keyof typeof CONFIG_PROBLEM_CODES;
