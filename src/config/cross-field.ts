import type {ConfigProblemCode} from '../diagnostics/config-codes.js';
import type {DiagnosticMessage} from '../diagnostics/diagnostic.js';
import {REGIME_IDS} from '../vocabulary/config-values.js';
import {defaultSectionOrder} from '../vocabulary/section-order.js';
import {normalizeToolName} from '../vocabulary/tool-name.js';
import {DEFAULT_DATA_CLASSES} from './schema.js';
import {suggest} from './suggest.js';

export interface RawProblem {
  code: ConfigProblemCode;
  path: Array<string | number>;
  target?: 'key' | 'value';
  message: string;
  suggestion?: string;
  /** `message` as a message of `messages/<locale>/config.yml`. */
  say?: DiagnosticMessage;
}

type Raw = Record<string, unknown>;
const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const listAt = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const stringAt = (value: unknown, key: string): string | undefined => {
  const field = isRecord(value) ? value[key] : undefined;
  return typeof field === 'string' ? field : undefined;
};

/**
 * Rules that relate fields to each other. They read the raw parsed YAML defensively, so they run even when
 * zod rejected some other field: the user sees every problem in one pass.
 */
export function checkCrossFieldRules(raw: unknown): RawProblem[] {
  if (!isRecord(raw)) return [];
  const problems: RawProblem[] = [];

  const classIds = Array.isArray(raw.dataClasses)
    ? raw.dataClasses.map((entry) => stringAt(entry, 'id')).filter((id): id is string => id !== undefined)
    : DEFAULT_DATA_CLASSES.map((entry) => entry.id);

  const tools = listAt(raw.tools);
  checkUnique(problems, 'duplicate-tool-name', tools, 'tools', 'name', 'tool name', normalizeToolName);
  const classes = listAt(raw.dataClasses);
  checkUnique(problems, 'duplicate-class-id', classes, 'dataClasses', 'id', 'data class id', (id) => id);

  const checkClassReference = (path: Array<string | number>, value: unknown) => {
    if (typeof value !== 'string' || classIds.includes(value)) return;
    const suggestion = suggest(value, classIds);
    problems.push({
      code: 'unknown-data-class',
      path,
      message: `refers to data class "${value}", which is not defined; defined classes: ${classIds.join(', ')}`,
      say: {id: 'unknown-data-class', slots: {dataClass: value, classes: classIds.join(', ')}},
      ...(suggestion && {suggestion}),
    });
  };
  for (const [index, tool] of listAt(raw.tools).entries()) {
    if (!isRecord(tool)) continue;
    checkClassReference(['tools', index, 'maxDataClass'], tool.maxDataClass);
    checkAgreementList(problems, ['tools', index, 'agreement'], tool.agreement);
  }
  if (isRecord(raw.unlistedTools))
    checkClassReference(['unlistedTools', 'maxDataClass'], raw.unlistedTools.maxDataClass);
  if (isRecord(raw.exceptions)) {
    for (const [index, exception] of listAt(raw.exceptions.granted).entries()) {
      if (!isRecord(exception)) continue;
      for (const [at, classId] of listAt(exception.dataClasses).entries())
        checkClassReference(['exceptions', 'granted', index, 'dataClasses', at], classId);
    }
  }

  const approved = new Set(
    listAt(raw.tools)
      .map((tool) => stringAt(tool, 'name'))
      .filter((name): name is string => name !== undefined)
      .map(normalizeToolName),
  );
  for (const [index, entry] of listAt(raw.prohibitedTools).entries()) {
    const name = typeof entry === 'string' ? entry : stringAt(entry, 'name');
    if (name !== undefined && approved.has(normalizeToolName(name))) {
      problems.push({
        code: 'tool-approved-and-prohibited',
        path: typeof entry === 'string' ? ['prohibitedTools', index] : ['prohibitedTools', index, 'name'],
        message: `"${name}" is both approved (in tools) and prohibited; remove it from one of the lists`,
        say: {id: 'tool-approved-and-prohibited', slots: {tool: name}},
      });
    }
  }

  // A model or a path listed twice is a slip; the same model or path under two tools or classes is fine
  // (several tools may share a gateway model, several classes may share a folder). Two tools with the same
  // `client` are fine too: that client's export file excludes what any of them may not receive.
  for (const [index, tool] of listAt(raw.tools).entries())
    if (isRecord(tool)) checkListedOnce(problems, ['tools', index, 'models'], tool.models);
  for (const [index, dataClass] of listAt(raw.dataClasses).entries())
    if (isRecord(dataClass)) checkListedOnce(problems, ['dataClasses', index, 'paths'], dataClass.paths);

  const compliance = listAt(raw.compliance).filter((id): id is string => typeof id === 'string');
  for (const [index, id] of compliance.entries()) {
    if (compliance.indexOf(id) !== index)
      problems.push({
        code: 'listed-twice',
        path: ['compliance', index],
        message: `"${id}" is listed twice`,
        say: {id: 'listed-twice', slots: {value: id}},
      });
  }

  const requiredSections = isRecord(raw.overlays) ? listAt(raw.overlays.requiredSections) : [];
  if (isRecord(raw.sections) || requiredSections.length > 0)
    checkSectionReferences(
      problems,
      isRecord(raw.sections) ? raw.sections : {},
      compliance,
      requiredSections.map((id, index) => ({path: ['overlays', 'requiredSections', index], id})),
    );

  // `remove` steers how an overlay is merged; in a resolved policy it is gone, so here it has no baseline.
  if (raw.remove !== undefined && raw.extends === undefined)
    problems.push({
      code: 'overlay-without-baseline',
      path: ['remove'],
      target: 'key',
      message:
        '`remove` takes tools out of a baseline, but this file has no `extends`; delete the tools from `tools` instead',
      say: {id: 'overlay-without-baseline'},
    });
  if (isRecord(raw.overlays)) {
    if (isRecord(raw.overlays.mayAddTools))
      checkClassReference(['overlays', 'mayAddTools', 'maxDataClass'], raw.overlays.mayAddTools.maxDataClass);
  }
  return problems;
}

/** `none` means no contract at all, so it cannot stand beside one; a list names each agreement once. */
function checkAgreementList(problems: RawProblem[], path: Array<string | number>, value: unknown) {
  if (!Array.isArray(value)) return;
  checkListedOnce(problems, path, value);
  if (value.includes('none') && value.length > 1)
    problems.push({
      code: 'agreement-none-combined',
      path,
      message: '"none" means the tool has no agreement, so it cannot be combined with other agreements',
      say: {id: 'agreement-none-combined'},
    });
}

function checkListedOnce(problems: RawProblem[], path: Array<string | number>, list: unknown) {
  const values = listAt(list);
  for (const [index, value] of values.entries()) {
    if (typeof value === 'string' && values.indexOf(value) !== index)
      problems.push({
        code: 'listed-twice',
        path: [...path, index],
        message: `"${value}" is listed twice`,
        say: {id: 'listed-twice', slots: {value}},
      });
  }
}

function checkUnique(
  problems: RawProblem[],
  code: ConfigProblemCode,
  entries: unknown[],
  listKey: string,
  field: string,
  what: string,
  normalize: (value: string) => string,
) {
  const seen = new Map<string, number>();
  for (const [index, entry] of entries.entries()) {
    const value = stringAt(entry, field);
    if (value === undefined) continue;
    const key = normalize(value);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else
      problems.push({
        code,
        path: [listKey, index, field],
        message: `duplicate ${what} "${value}": already used by ${listKey}[${first}]`,
        say: {id: code, slots: {value, first: `${listKey}[${first}]`}},
      });
  }
}

function checkSectionReferences(
  problems: RawProblem[],
  sections: Raw,
  compliance: string[],
  /** References from outside `sections` (a baseline's `overlays.requiredSections`). */
  otherReferences: Array<{path: Array<string | number>; id: unknown}> = [],
) {
  const selectedRegimes = REGIME_IDS.filter((id) => compliance.includes(id));
  const generated: readonly string[] = defaultSectionOrder(selectedRegimes);
  const custom = listAt(sections.custom);
  const customIds = custom
    .map((entry) => stringAt(entry, 'id'))
    .filter((id): id is string => id !== undefined);
  // A set: a custom id that collides with a generated one (reported below) must not be listed twice.
  const known = [...new Set([...generated, ...customIds])];

  for (const [index, id] of customIds.entries()) {
    if (generated.includes(id) || (REGIME_IDS as readonly string[]).includes(id)) {
      problems.push({
        code: 'section-id-reserved',
        path: ['sections', 'custom', index, 'id'],
        message: `"${id}" is a generated section's id; pick another id for a custom section`,
        say: {id: 'section-id-reserved', slots: {section: id}},
      });
    } else if (customIds.indexOf(id) !== index) {
      problems.push({
        code: 'duplicate-section-id',
        path: ['sections', 'custom', index, 'id'],
        message: `duplicate custom section id "${id}"`,
        say: {id: 'duplicate-section-id', slots: {section: id}},
      });
    }
  }

  const checkReference = (path: Array<string | number>, id: unknown, target: 'key' | 'value' = 'value') => {
    if (typeof id !== 'string' || known.includes(id)) return;
    const unselectedRegime = (REGIME_IDS as readonly string[]).includes(id);
    const suggestion = suggest(id, known);
    problems.push({
      code: unselectedRegime ? 'section-regime-not-selected' : 'unknown-section',
      path,
      target,
      message: unselectedRegime
        ? `refers to the "${id}" section, which exists only when "${id}" is listed in compliance`
        : `refers to unknown section "${id}"; sections of this policy: ${known.join(', ')}`,
      say: unselectedRegime
        ? {id: 'section-regime-not-selected', slots: {section: id}}
        : {id: 'unknown-section', slots: {section: id, sections: known.join(', ')}},
      ...(suggestion && {suggestion}),
    });
  };
  for (const [index, id] of listAt(sections.disable).entries())
    checkReference(['sections', 'disable', index], id);
  for (const [index, id] of listAt(sections.order).entries())
    checkReference(['sections', 'order', index], id);
  if (isRecord(sections.rename)) {
    for (const id of Object.keys(sections.rename)) checkReference(['sections', 'rename', id], id, 'key');
  }
  for (const [index, entry] of custom.entries()) {
    if (isRecord(entry)) checkReference(['sections', 'custom', index, 'after'], entry.after);
  }
  for (const {path, id} of otherReferences) checkReference(path, id);
}
