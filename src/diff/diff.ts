import {canonicalJson} from '../config/canonical-json.js';
import type {PolicyConfig} from '../config/schema.js';
import {editDistance} from '../config/suggest.js';
import {buildPolicyDocument} from '../engine/build.js';
import {exceptionApprover} from '../engine/localized-defaults.js';
import type {PolicyDocument} from '../engine/model.js';
import {normalizeToolName} from '../vocabulary/tool-name.js';
import type {ClassRef, PolicyChange, PolicyChangeCode} from './model.js';

/** One version of a policy: its validated config and the engine's document for it. */
export interface PolicySnapshot {
  config: PolicyConfig;
  document: PolicyDocument;
}

export interface DiffOptions {
  /**
   * The date of the change (YYYY-MM-DD), to say whether an exception removed from the register had expired
   * by then. Without it the diff does not judge.
   */
  asOf?: string;
}

/** Runs the engine once for a config, for callers that diff one version against several others. */
export function snapshotOf(config: PolicyConfig): PolicySnapshot {
  return {config, document: buildPolicyDocument(config)};
}

/**
 * What changed in meaning between two validated configs, ordered by what matters most (which data may reach
 * which tool first). `null` stands for "no policy": the first version, or a deleted file. Pure and
 * deterministic: the same two configs always give the same list.
 */
export function diffPolicies(
  base: PolicyConfig | null,
  head: PolicyConfig | null,
  options: DiffOptions = {},
): PolicyChange[] {
  return diffSnapshots(base && snapshotOf(base), head && snapshotOf(head), options);
}

export function diffSnapshots(
  base: PolicySnapshot | null,
  head: PolicySnapshot | null,
  options: DiffOptions = {},
): PolicyChange[] {
  if (!base && !head) return [];
  if (!base) return [created(head!)];
  if (!head) return [{code: 'policy-deleted', organization: base.document.header.organization}];
  const changes: PolicyChange[] = [];
  const tools = matchTools(base, head);
  diffDecisions(base, head, tools, changes);
  diffTools(base, head, tools, changes);
  diffClasses(base, head, changes);
  diffRegimesAndHeader(base, head, changes);
  diffExceptions(base, head, options, changes);
  diffSections(base, head, changes);
  diffUseCases(base, head, changes);
  diffOtherSettings(base, head, changes);
  // A stable sort: within one priority, changes keep the order they were found in (the config's order).
  return changes
    .map((change, index) => ({change, index}))
    .sort((a, b) => PRIORITY[a.change.code] - PRIORITY[b.change.code] || a.index - b.index)
    .map(({change}) => change);
}

/** Lower comes first. Decision flips lead: they are what a reviewer most needs to see. */
const PRIORITY: Record<PolicyChangeCode, number> = {
  'policy-created': 0,
  'policy-deleted': 0,
  'decision-flipped': 1,
  'tool-prohibited': 2,
  'tool-unprohibited': 2,
  'tool-added': 2,
  'tool-removed': 2,
  'tool-renamed': 3,
  'tool-agreement-changed': 3,
  'tool-ceiling-changed': 3,
  'unlisted-ceiling-changed': 3,
  'class-added': 4,
  'class-removed': 4,
  'class-rule-changed': 4,
  'class-renamed': 5,
  'class-categories-changed': 5,
  'classes-reordered': 5,
  'regime-added': 6,
  'regime-removed': 6,
  'posture-changed': 7,
  'industry-changed': 7,
  'exception-granted': 8,
  'exception-removed': 8,
  'exception-expiry-changed': 8,
  'effective-date-changed': 9,
  reviewed: 9,
  'review-cadence-changed': 9,
  'section-added': 10,
  'section-removed': 10,
  'section-enabled': 10,
  'section-disabled': 10,
  'section-renamed': 10,
  'section-text-changed': 10,
  'sections-reordered': 10,
  'use-case-added': 11,
  'use-case-removed': 11,
  'setting-changed': 12,
};

function created(head: PolicySnapshot): PolicyChange {
  const {header, facts} = head.document;
  return {
    code: 'policy-created',
    organization: header.organization,
    tools: facts.tools.map((tool) => tool.name),
    dataClasses: facts.dataClasses.map(({id, name}) => ({id, name})),
    regimes: header.compliance.map((regime) => regime.label),
    posture: header.posture.label,
  };
}

/** Tool names compare case- and space-insensitively, as the engine compares them. */
const toolKey = normalizeToolName;

/** A tool's agreement as a sorted list: one value today, possibly several later. */
export function agreementList(value: unknown): string[] {
  const values = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return values.map(String).sort();
}

type ToolFacts = PolicyDocument['facts']['tools'][number];

interface ToolMatch {
  /** Head tool key -> base tool, for tools in both versions (renamed ones included). */
  baseOf: Map<string, ToolFacts>;
  renamed: Array<{from: ToolFacts; to: ToolFacts}>;
  added: ToolFacts[];
  removed: ToolFacts[];
}

/**
 * Pairs the tools of both versions: same name first, then a removed and an added tool whose names are
 * close enough to be one tool renamed ("Claude" → "Claude Code", "Github Copilot" → "GitHub Copilot
 * Business"). Anything else is a removal and an addition.
 */
function matchTools(base: PolicySnapshot, head: PolicySnapshot): ToolMatch {
  const baseTools = base.document.facts.tools;
  const headTools = head.document.facts.tools;
  const baseByKey = new Map(baseTools.map((tool) => [toolKey(tool.name), tool]));
  const headKeys = new Set(headTools.map((tool) => toolKey(tool.name)));
  const baseOf = new Map<string, ToolFacts>();
  const unmatchedHead: ToolFacts[] = [];
  for (const tool of headTools) {
    const previous = baseByKey.get(toolKey(tool.name));
    if (previous) baseOf.set(toolKey(tool.name), previous);
    else unmatchedHead.push(tool);
  }
  let unmatchedBase = baseTools.filter((tool) => !headKeys.has(toolKey(tool.name)));
  const renamed: ToolMatch['renamed'] = [];
  const added: ToolFacts[] = [];
  for (const tool of unmatchedHead) {
    const candidates = unmatchedBase
      .map((candidate) => ({candidate, distance: renameDistance(candidate.name, tool.name)}))
      .filter(({distance}) => distance !== null)
      .sort((a, b) => a.distance! - b.distance!);
    const best = candidates[0]?.candidate;
    if (!best) {
      added.push(tool);
      continue;
    }
    unmatchedBase = unmatchedBase.filter((candidate) => candidate !== best);
    baseOf.set(toolKey(tool.name), best);
    renamed.push({from: best, to: tool});
  }
  return {baseOf, renamed, added, removed: unmatchedBase};
}

/** How far apart two names are, or null when they are not plausibly one tool. */
function renameDistance(from: string, to: string): number | null {
  const a = toolKey(from);
  const b = toolKey(to);
  const words = (name: string) => name.split(/[^a-z0-9]+/).filter(Boolean);
  const [shorter, longer] = a.length <= b.length ? [words(a), words(b)] : [words(b), words(a)];
  // One name is the other with words added: "claude" / "claude code", "copilot" / "github copilot".
  if (shorter.length > 0 && shorter.every((word) => longer.includes(word)))
    return longer.length - shorter.length;
  const distance = editDistance(a, b);
  return distance <= Math.max(2, Math.floor(Math.max(a.length, b.length) / 4)) ? distance : null;
}

function classRefs(snapshot: PolicySnapshot): Map<string, ClassRef> {
  return new Map(snapshot.document.facts.dataClasses.map(({id, name}) => [id, {id, name}]));
}

/** A class by id, named as the head names it, else as the base did, else by its id. */
function classRef(id: string | null, base: PolicySnapshot, head: PolicySnapshot): ClassRef | null {
  if (id === null) return null;
  return classRefs(head).get(id) ?? classRefs(base).get(id) ?? {id, name: id};
}

function diffDecisions(
  base: PolicySnapshot,
  head: PolicySnapshot,
  tools: ToolMatch,
  changes: PolicyChange[],
): void {
  const before = new Map(
    base.document.facts.decisions.map((decision) => [
      `${toolKey(decision.tool)}\u0000${decision.dataClass}`,
      decision,
    ]),
  );
  const headClasses = head.document.facts.dataClasses;
  const rank = new Map(headClasses.map((dataClass, index) => [dataClass.id, index]));
  const toolOrder = new Map(head.document.facts.tools.map((tool, index) => [toolKey(tool.name), index]));
  const flips: Array<Extract<PolicyChange, {code: 'decision-flipped'}>> = [];
  for (const decision of head.document.facts.decisions) {
    const previousTool = tools.baseOf.get(toolKey(decision.tool));
    if (!previousTool) continue;
    const previous = before.get(`${toolKey(previousTool.name)}\u0000${decision.dataClass}`);
    if (!previous || previous.allowed === decision.allowed) continue;
    flips.push({
      code: 'decision-flipped',
      tool: decision.tool,
      dataClass: classRef(decision.dataClass, base, head)!,
      allowed: decision.allowed,
      reason: String(decision.reason),
      previousReason: String(previous.reason),
    });
  }
  // Newly allowed first (more data leaves the company), the most sensitive class first, then tool order.
  flips.sort(
    (a, b) =>
      Number(b.allowed) - Number(a.allowed) ||
      (rank.get(b.dataClass.id) ?? 0) - (rank.get(a.dataClass.id) ?? 0) ||
      (toolOrder.get(toolKey(a.tool)) ?? 0) - (toolOrder.get(toolKey(b.tool)) ?? 0),
  );
  changes.push(...flips);
}

function diffTools(
  base: PolicySnapshot,
  head: PolicySnapshot,
  tools: ToolMatch,
  changes: PolicyChange[],
): void {
  const {facts} = head.document;
  const baseProhibited = new Map(
    base.document.facts.prohibitedTools.map((entry) => [toolKey(entry.name), entry]),
  );
  const headProhibited = new Map(facts.prohibitedTools.map((entry) => [toolKey(entry.name), entry]));
  for (const [key, entry] of headProhibited) {
    const previous = baseProhibited.get(key);
    if (!previous) changes.push({code: 'tool-prohibited', tool: entry.name, reason: entry.reason});
    else if (previous.reason !== entry.reason)
      changes.push(
        setting(`prohibitedTools[${entry.name}].reason`, entry.name, 'reason', previous.reason, entry.reason),
      );
  }
  for (const [key, entry] of baseProhibited) {
    if (!headProhibited.has(key)) changes.push({code: 'tool-unprohibited', tool: entry.name});
  }

  for (const tool of tools.added) {
    changes.push({
      code: 'tool-added',
      tool: tool.name,
      agreement: agreementList(tool.agreements),
      maxDataClass: classRef(tool.maxDataClass, base, head),
      receives: facts.decisions
        .filter((decision) => decision.allowed && toolKey(decision.tool) === toolKey(tool.name))
        .map((decision) => classRef(decision.dataClass, base, head)!),
    });
  }
  for (const tool of tools.removed) changes.push({code: 'tool-removed', tool: tool.name});
  for (const {from, to} of tools.renamed) changes.push({code: 'tool-renamed', from: from.name, to: to.name});

  const rank = new Map(facts.dataClasses.map((dataClass, index) => [dataClass.id, index]));
  const ceilingRank = (id: string | null) => (id === null ? Number.POSITIVE_INFINITY : rank.get(id));
  const baseConfigTools = new Map(base.config.tools.map((tool) => [toolKey(tool.name), tool]));
  for (const tool of facts.tools) {
    const previous = tools.baseOf.get(toolKey(tool.name));
    if (!previous) continue;
    const from = agreementList(previous.agreements);
    const to = agreementList(tool.agreements);
    if (from.join() !== to.join()) changes.push({code: 'tool-agreement-changed', tool: tool.name, from, to});
    if (previous.maxDataClass !== tool.maxDataClass) {
      const before = ceilingRank(previous.maxDataClass);
      const after = ceilingRank(tool.maxDataClass);
      changes.push({
        code: 'tool-ceiling-changed',
        tool: tool.name,
        from: classRef(previous.maxDataClass, base, head),
        to: classRef(tool.maxDataClass, base, head),
        direction:
          before === undefined || after === undefined ? 'changed' : after > before ? 'raised' : 'lowered',
      });
    }
    // Every other key of the tool (vendor, conditions, url, and keys later versions add).
    const headConfig = head.config.tools.find((candidate) => toolKey(candidate.name) === toolKey(tool.name));
    const baseConfig = baseConfigTools.get(toolKey(previous.name));
    if (headConfig && baseConfig)
      diffRecord(
        baseConfig,
        headConfig,
        `tools[${tool.name}]`,
        tool.name,
        ['name', 'agreement', 'maxDataClass'],
        changes,
      );
  }

  const {maxDataClass: unlistedBefore} = base.document.facts.unlistedTools;
  const {maxDataClass: unlistedAfter} = facts.unlistedTools;
  if (unlistedBefore !== unlistedAfter)
    changes.push({
      code: 'unlisted-ceiling-changed',
      from: classRef(unlistedBefore, base, head),
      to: classRef(unlistedAfter, base, head),
    });
}

function diffClasses(base: PolicySnapshot, head: PolicySnapshot, changes: PolicyChange[]): void {
  const before = new Map(base.document.facts.dataClasses.map((dataClass) => [dataClass.id, dataClass]));
  const after = head.document.facts.dataClasses;
  const afterIds = new Set(after.map((dataClass) => dataClass.id));
  const baseConfig = new Map(base.config.dataClasses.map((dataClass) => [dataClass.id, dataClass]));
  for (const dataClass of after) {
    const ref = {id: dataClass.id, name: dataClass.name};
    const previous = before.get(dataClass.id);
    if (!previous) {
      changes.push({
        code: 'class-added',
        dataClass: ref,
        rule: String(dataClass.rule),
        receivers: head.document.facts.decisions
          .filter((decision) => decision.allowed && decision.dataClass === dataClass.id)
          .map((decision) => decision.tool),
      });
      continue;
    }
    if (previous.rule !== dataClass.rule)
      changes.push({
        code: 'class-rule-changed',
        dataClass: ref,
        from: String(previous.rule),
        to: String(dataClass.rule),
      });
    if (previous.name !== dataClass.name)
      changes.push({code: 'class-renamed', id: dataClass.id, from: previous.name, to: dataClass.name});
    const added = dataClass.categories.filter((category) => !previous.categories.includes(category)).sort();
    const removed = previous.categories.filter((category) => !dataClass.categories.includes(category)).sort();
    if (added.length > 0 || removed.length > 0)
      changes.push({code: 'class-categories-changed', dataClass: ref, added, removed});
    const headConfig = head.config.dataClasses.find((candidate) => candidate.id === dataClass.id);
    const previousConfig = baseConfig.get(dataClass.id);
    if (headConfig && previousConfig)
      diffRecord(
        previousConfig,
        headConfig,
        `dataClasses[${dataClass.id}]`,
        dataClass.name,
        ['id', 'name', 'rule', 'categories'],
        changes,
      );
  }
  for (const [id, dataClass] of before) {
    if (!afterIds.has(id)) changes.push({code: 'class-removed', dataClass: {id, name: dataClass.name}});
  }
  const commonBefore = [...before.keys()].filter((id) => afterIds.has(id));
  const commonAfter = after.map((dataClass) => dataClass.id).filter((id) => before.has(id));
  if (commonBefore.join('\u0000') !== commonAfter.join('\u0000'))
    changes.push({code: 'classes-reordered', from: commonBefore, to: commonAfter});
}

function diffRegimesAndHeader(base: PolicySnapshot, head: PolicySnapshot, changes: PolicyChange[]): void {
  const before = base.document.header;
  const after = head.document.header;
  const beforeIds = new Set(before.compliance.map((regime) => regime.id));
  const afterIds = new Set(after.compliance.map((regime) => regime.id));
  for (const regime of after.compliance)
    if (!beforeIds.has(regime.id)) changes.push({code: 'regime-added', id: regime.id, label: regime.label});
  for (const regime of before.compliance)
    if (!afterIds.has(regime.id)) changes.push({code: 'regime-removed', id: regime.id, label: regime.label});
  if (before.posture.id !== after.posture.id)
    changes.push({code: 'posture-changed', from: before.posture.label, to: after.posture.label});
  if (before.industry.id !== after.industry.id)
    changes.push({code: 'industry-changed', from: before.industry.label, to: after.industry.label});
  if (before.effectiveDate !== after.effectiveDate)
    changes.push({code: 'effective-date-changed', from: before.effectiveDate, to: after.effectiveDate});
  if (before.review.lastReviewed !== after.review.lastReviewed)
    changes.push({code: 'reviewed', from: before.review.lastReviewed, to: after.review.lastReviewed});
  if (before.review.cadence !== after.review.cadence)
    changes.push({code: 'review-cadence-changed', from: before.review.cadence, to: after.review.cadence});
}

function diffExceptions(
  base: PolicySnapshot,
  head: PolicySnapshot,
  {asOf}: DiffOptions,
  changes: PolicyChange[],
): void {
  type Granted = PolicyDocument['facts']['exceptions']['granted'][number];
  const key = (exception: Granted) => `${toolKey(exception.who)}\u0000${toolKey(exception.what)}`;
  const before = new Map(
    base.document.facts.exceptions.granted.map((exception) => [key(exception), exception]),
  );
  const after = head.document.facts.exceptions.granted;
  const afterKeys = new Set(after.map(key));
  for (const exception of after) {
    const previous = before.get(key(exception));
    const {who, what, expires, approvedBy} = exception;
    if (!previous) {
      changes.push({code: 'exception-granted', who, what, expires, approvedBy});
      continue;
    }
    if (previous.expires !== expires)
      changes.push({code: 'exception-expiry-changed', who, what, from: previous.expires, to: expires});
    if (previous.approvedBy !== approvedBy)
      changes.push(
        setting(`exceptions.granted[${who}].approvedBy`, who, 'approvedBy', previous.approvedBy, approvedBy),
      );
  }
  for (const [exceptionKey, {who, what, expires}] of before) {
    if (afterKeys.has(exceptionKey)) continue;
    changes.push({
      code: 'exception-removed',
      who,
      what,
      expires,
      expired: asOf === undefined ? null : expires < asOf,
    });
  }
}

function diffSections(base: PolicySnapshot, head: PolicySnapshot, changes: PolicyChange[]): void {
  const before = new Map(base.document.sections.map((section) => [section.id, section]));
  const after = new Map(head.document.sections.map((section) => [section.id, section]));
  const customBefore = new Map(base.config.sections.custom.map((custom) => [custom.id, custom]));
  const customAfter = new Map(head.config.sections.custom.map((custom) => [custom.id, custom]));
  const regimesBefore = new Set<string>(base.document.header.compliance.map((regime) => regime.id));
  const regimesAfter = new Set<string>(head.document.header.compliance.map((regime) => regime.id));

  for (const section of head.document.sections) {
    const {id, title, kind} = section;
    const previous = before.get(id);
    if (!previous) {
      // A new regime brings its section; `regime-added` already says so.
      if (kind === 'regime' && !regimesBefore.has(id)) continue;
      if (kind === 'custom' && !customBefore.has(id)) changes.push({code: 'section-added', id, title});
      else changes.push({code: 'section-enabled', id, title});
      continue;
    }
    if (previous.title !== title)
      changes.push({code: 'section-renamed', id, from: previous.title, to: title});
    const bodyBefore = customBefore.get(id)?.body;
    const bodyAfter = customAfter.get(id)?.body;
    if (bodyBefore !== undefined && bodyAfter !== undefined && bodyBefore !== bodyAfter)
      changes.push({code: 'section-text-changed', id, title});
  }
  for (const section of base.document.sections) {
    const {id, title, kind} = section;
    if (after.has(id)) continue;
    if (kind === 'regime' && !regimesAfter.has(id)) continue;
    if (kind === 'custom' && !customAfter.has(id)) changes.push({code: 'section-removed', id, title});
    else changes.push({code: 'section-disabled', id, title});
  }
  const orderBefore = base.document.sections.map((section) => section.id).filter((id) => after.has(id));
  const orderAfter = head.document.sections.map((section) => section.id).filter((id) => before.has(id));
  if (orderBefore.join('\u0000') !== orderAfter.join('\u0000'))
    changes.push({code: 'sections-reordered', from: orderBefore, to: orderAfter});
}

function diffUseCases(base: PolicySnapshot, head: PolicySnapshot, changes: PolicyChange[]): void {
  for (const kind of ['encouraged', 'prohibited', 'humanDecisions'] as const) {
    const before = base.config.useCases[kind];
    const after = head.config.useCases[kind];
    for (const text of after) if (!before.includes(text)) changes.push({code: 'use-case-added', kind, text});
    for (const text of before)
      if (!after.includes(text)) changes.push({code: 'use-case-removed', kind, text});
  }
}

/** Config keys compared above by meaning; every other key is compared as a setting, so none slips by. */
const COMPARED_BY_MEANING = new Set([
  'industry',
  'effectiveDate',
  'posture',
  'compliance',
  'tools',
  'prohibitedTools',
  'unlistedTools',
  'useCases',
  'dataClasses',
  'review',
  'sections',
]);

function diffOtherSettings(base: PolicySnapshot, head: PolicySnapshot, changes: PolicyChange[]): void {
  const before = leaves(base.config as Record<string, unknown>, '');
  const after = leaves(head.config as Record<string, unknown>, '');
  const paths = [...after.keys(), ...[...before.keys()].filter((path) => !after.has(path))];
  for (const path of paths) {
    if (COMPARED_BY_MEANING.has(path.split('.')[0]!) || path === 'exceptions.granted') continue;
    // The approver each side's page names: a kept default is the owner there, when the policy has one.
    const [from, to] =
      path === 'exceptions.approver'
        ? [exceptionApprover(base.config), exceptionApprover(head.config)]
        : [before.get(path), after.get(path)];
    if (canonicalJson(from ?? null) === canonicalJson(to ?? null)) continue;
    const change = setting(path, null, path, from ?? null, to ?? null);
    changes.push(
      INDUSTRY_WORDED_DEFAULTS.has(path)
        ? {...change, industries: {from: base.config.industry, to: head.config.industry}}
        : change,
    );
  }
}

/** Settings whose default the policy words by industry: a change names the default as each side's page does. */
const INDUSTRY_WORDED_DEFAULTS = new Set(['budgets.owner']);

/** The keys of two versions of one tool or class, other than those compared by meaning. */
function diffRecord(
  before: object,
  after: object,
  prefix: string,
  subject: string,
  skip: string[],
  changes: PolicyChange[],
): void {
  const from = before as Record<string, unknown>;
  const to = after as Record<string, unknown>;
  const keys = [...Object.keys(to), ...Object.keys(from).filter((key) => !(key in to))];
  for (const key of keys) {
    if (skip.includes(key)) continue;
    if (canonicalJson(from[key] ?? null) !== canonicalJson(to[key] ?? null))
      changes.push(setting(`${prefix}.${key}`, subject, key, from[key] ?? null, to[key] ?? null));
  }
}

function setting(
  path: string,
  subject: string | null,
  key: string,
  from: unknown,
  to: unknown,
): Extract<PolicyChange, {code: 'setting-changed'}> {
  return {code: 'setting-changed', path, subject, key, from, to};
}

/** Leaf values by dotted path; arrays are leaves (compared whole). */
function leaves(value: Record<string, unknown>, prefix: string, out = new Map<string, unknown>()) {
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (child !== null && typeof child === 'object' && !Array.isArray(child))
      leaves(child as Record<string, unknown>, path, out);
    else if (child !== undefined) out.set(path, child);
  }
  return out;
}
