import type {DiagnosticMessage} from '../diagnostics/diagnostic.js';
import {type AGREEMENTS, DATA_CLASS_RULES, REVIEW_CADENCES} from '../vocabulary/config-values.js';
import {normalizeToolName} from '../vocabulary/tool-name.js';
import type {PolicyConfig} from './schema.js';
import {suggest} from './suggest.js';

/**
 * What an overlay may not do to its baseline: everything that would let data reach a tool the baseline
 * keeps it from, or weaken a duty. Pure: it compares what the overlay wrote with the baseline's validated
 * config. Each problem names the place in the overlay (`path`) and the baseline value it would loosen
 * (`basePath`, in the baseline's merged config).
 */
export interface LooseningProblem {
  path: Array<string | number>;
  basePath: Array<string | number>;
  message: string;
  /** `message` as a message of `messages/<locale>/config.yml` (`loosens.<id>`). */
  say: DiagnosticMessage;
}

/**
 * A tool in `remove.tools` that the baseline does not approve: a typo there would leave the tool approved
 * while the overlay's author believes it gone, so it is an error too. Located in the overlay only.
 */
export interface UnknownRemovalProblem {
  path: Array<string | number>;
  message: string;
  suggestion?: string;
  say: DiagnosticMessage;
}

export function checkRemovals(base: PolicyConfig, overlay: Raw): UnknownRemovalProblem[] {
  const names = base.tools.map((tool) => tool.name);
  const approved = new Set(names.map(normalizeToolName));
  return listAt(recordAt(overlay, 'remove').tools).flatMap((name, index) => {
    if (typeof name !== 'string' || approved.has(normalizeToolName(name))) return [];
    const suggestion = suggest(name, names);
    return [
      {
        path: ['remove', 'tools', index],
        message: `removes "${name}", which the baseline does not approve; approved tools: ${names.join(', ')}`,
        ...(suggestion && {suggestion}),
        say: {id: 'overlay-unknown-tool', slots: {tool: name, tools: names.join(', ')}},
      },
    ];
  });
}

type Raw = Record<string, unknown>;
const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const listAt = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const recordAt = (value: unknown, key: string): Raw => {
  const child = isRecord(value) ? value[key] : undefined;
  return isRecord(child) ? child : {};
};

/** Agreement tiers: a lower tier covers less. A BAA is a contract of its own, beside the tiers. */
const AGREEMENT_TIER: Partial<Record<(typeof AGREEMENTS)[number], number>> = {
  none: 0,
  standard: 1,
  enterprise: 2,
};

/** Records one loosening: where, what in the baseline it loosens, its English words and its catalog id. */
type Loosens = (
  path: Array<string | number>,
  basePath: Array<string | number>,
  message: string,
  id: string,
  slots?: Readonly<Record<string, string>>,
) => void;

export function checkTightening(base: PolicyConfig, overlay: Raw): LooseningProblem[] {
  const problems: LooseningProblem[] = [];
  const loosens: Loosens = (path, basePath, message, id, slots) =>
    problems.push({path, basePath, message, say: {id: `loosens.${id}`, ...(slots && {slots})}});

  // Classes the overlay adds come after the baseline's, so they rank as the most sensitive.
  const classRank = (id: unknown): number => {
    const index = base.dataClasses.findIndex((dataClass) => dataClass.id === id);
    return index === -1 ? base.dataClasses.length : index;
  };

  if (overlay.posture === 'advisory' && base.posture === 'mandatory')
    loosens(
      ['posture'],
      ['posture'],
      'makes the policy advisory where the baseline makes it mandatory',
      'posture',
    );

  checkTools(base, overlay, classRank, loosens);

  const unlisted = recordAt(overlay, 'unlistedTools');
  if (typeof unlisted.maxDataClass === 'string' || unlisted.maxDataClass === null) {
    const baseCeiling = base.unlistedTools.maxDataClass;
    const raised =
      unlisted.maxDataClass !== null &&
      (baseCeiling === null || classRank(unlisted.maxDataClass) > classRank(baseCeiling));
    if (raised)
      loosens(
        ['unlistedTools', 'maxDataClass'],
        ['unlistedTools', 'maxDataClass'],
        `lets unlisted tools receive "${unlisted.maxDataClass}", above the baseline's ceiling (${baseCeiling ?? 'nothing'})`,
        baseCeiling === null ? 'unlisted-ceiling-none' : 'unlisted-ceiling',
        {dataClass: String(unlisted.maxDataClass), baseClass: baseCeiling ?? ''},
      );
  }

  for (const [index, entry] of listAt(overlay.dataClasses).entries()) {
    if (!isRecord(entry) || typeof entry.rule !== 'string') continue;
    const at = base.dataClasses.findIndex((dataClass) => dataClass.id === entry.id);
    if (at === -1) continue;
    const baseRule = base.dataClasses[at]!.rule;
    const ruleRank = (rule: string) => (DATA_CLASS_RULES as readonly string[]).indexOf(rule);
    if (ruleRank(entry.rule) !== -1 && ruleRank(entry.rule) < ruleRank(baseRule))
      loosens(
        ['dataClasses', index, 'rule'],
        ['dataClasses', at, 'rule'],
        `loosens the rule of class "${String(entry.id)}" from ${baseRule} to ${entry.rule}`,
        'class-rule',
        {dataClass: String(entry.id), baseRule, rule: entry.rule},
      );
  }

  for (const [index, regime] of listAt(recordAt(overlay, 'remove').compliance).entries()) {
    const at = base.compliance.indexOf(regime as never);
    loosens(
      ['remove', 'compliance', index],
      at === -1 ? ['compliance'] : ['compliance', at],
      at === -1
        ? `removes "${String(regime)}", which the baseline does not select; an overlay can only add regimes`
        : `removes the regime "${String(regime)}"; an overlay can only add regimes, never drop one the baseline selects`,
      at === -1 ? 'remove-unselected-regime' : 'remove-regime',
      {regime: String(regime)},
    );
  }

  const required = base.overlays?.requiredSections ?? [];
  for (const [index, id] of listAt(recordAt(overlay, 'sections').disable).entries()) {
    const at = required.indexOf(id as string);
    if (at !== -1)
      loosens(
        ['sections', 'disable', index],
        ['overlays', 'requiredSections', at],
        `disables the section "${String(id)}", which the baseline marks as required`,
        'disable-section',
        {section: String(id)},
      );
  }

  const review = recordAt(overlay, 'review');
  const cadenceRank = (cadence: unknown) => (REVIEW_CADENCES as readonly unknown[]).indexOf(cadence);
  if (cadenceRank(review.cadence) > cadenceRank(base.review.cadence))
    loosens(
      ['review', 'cadence'],
      ['review', 'cadence'],
      `reviews the policy ${String(review.cadence)}, less often than the baseline's ${base.review.cadence}`,
      'review-cadence',
      {cadence: String(review.cadence), baseCadence: base.review.cadence},
    );

  if (recordAt(overlay, 'training').required === false && base.training.required)
    loosens(
      ['training', 'required'],
      ['training', 'required'],
      'drops the training the baseline requires',
      'training',
    );

  const disclosure = recordAt(overlay, 'disclosure');
  for (const key of ['pullRequests', 'publishedContent', 'customerFacing'] as const) {
    if (disclosure[key] === false && base.disclosure[key])
      loosens(
        ['disclosure', key],
        ['disclosure', key],
        `drops the disclosure the baseline requires (${key})`,
        'disclosure',
        {key},
      );
  }

  const granted = base.exceptions.granted;
  for (const [index, entry] of listAt(recordAt(overlay, 'exceptions').granted).entries()) {
    if (!isRecord(entry) || typeof entry.expires !== 'string') continue;
    const at = granted.findIndex(
      (exception) =>
        exception.who.trim() === String(entry.who).trim() &&
        exception.what.trim() === String(entry.what).trim(),
    );
    if (at !== -1 && entry.expires > granted[at]!.expires)
      loosens(
        ['exceptions', 'granted', index, 'expires'],
        ['exceptions', 'granted', at, 'expires'],
        `extends an exception to ${entry.expires}, past the baseline's expiry (${granted[at]!.expires})`,
        'exception-expiry',
        {expires: String(entry.expires), baseExpires: granted[at]!.expires},
      );
  }

  const ownCeiling = recordAt(recordAt(overlay, 'overlays'), 'mayAddTools').maxDataClass;
  if (typeof ownCeiling === 'string') {
    const baseCeiling = base.overlays?.mayAddTools?.maxDataClass;
    if (baseCeiling === undefined || classRank(ownCeiling) > classRank(baseCeiling))
      loosens(
        ['overlays', 'mayAddTools', 'maxDataClass'],
        baseCeiling === undefined ? ['tools'] : ['overlays', 'mayAddTools', 'maxDataClass'],
        baseCeiling === undefined
          ? 'lets further overlays approve tools, which the baseline does not allow'
          : `lets further overlays approve tools up to "${ownCeiling}", above the baseline's "${baseCeiling}"`,
        baseCeiling === undefined ? 'may-add-tools' : 'may-add-tools-above',
        {dataClass: ownCeiling, baseClass: baseCeiling ?? ''},
      );
  }
  return problems;
}

function checkTools(base: PolicyConfig, overlay: Raw, classRank: (id: unknown) => number, loosens: Loosens) {
  const baseIndex = new Map(base.tools.map((tool, index) => [normalizeToolName(tool.name), index]));
  const prohibitedIndex = new Map(
    base.prohibitedTools.map((entry, index) => [
      normalizeToolName(typeof entry === 'string' ? entry : entry.name),
      index,
    ]),
  );
  const mayAdd = base.overlays?.mayAddTools?.maxDataClass;

  for (const [index, tool] of listAt(overlay.tools).entries()) {
    if (!isRecord(tool) || typeof tool.name !== 'string') continue;
    const key = normalizeToolName(tool.name);
    const at = baseIndex.get(key);
    if (at === undefined) {
      const prohibited = prohibitedIndex.get(key);
      if (prohibited !== undefined)
        loosens(
          ['tools', index, 'name'],
          ['prohibitedTools', prohibited],
          `approves "${tool.name}", which the baseline prohibits`,
          'tool-prohibited',
          {tool: tool.name},
        );
      else if (mayAdd === undefined)
        loosens(
          ['tools', index, 'name'],
          ['tools'],
          `approves "${tool.name}", which the baseline does not approve; only the baseline can approve tools unless it sets overlays.mayAddTools`,
          'tool-not-approved',
          {tool: tool.name},
        );
      else if (typeof tool.maxDataClass !== 'string' || classRank(tool.maxDataClass) > classRank(mayAdd))
        loosens(
          typeof tool.maxDataClass === 'string' ? ['tools', index, 'maxDataClass'] : ['tools', index],
          ['overlays', 'mayAddTools', 'maxDataClass'],
          `approves "${tool.name}" for ${typeof tool.maxDataClass === 'string' ? `"${tool.maxDataClass}"` : 'every class'}; the baseline lets overlays add tools only up to "${mayAdd}" (set maxDataClass)`,
          typeof tool.maxDataClass === 'string' ? 'tool-above-may-add' : 'tool-every-class-may-add',
          {
            tool: tool.name,
            dataClass: typeof tool.maxDataClass === 'string' ? tool.maxDataClass : '',
            mayAdd,
          },
        );
      continue;
    }
    const baseTool = base.tools[at]!;
    if (tool.agreement !== undefined) {
      const written = (Array.isArray(tool.agreement) ? tool.agreement : [tool.agreement]).filter(
        (agreement): agreement is string => typeof agreement === 'string',
      );
      const baseTier = Math.max(
        -1,
        ...baseTool.agreement.map((agreement) => AGREEMENT_TIER[agreement] ?? -1),
      );
      const added = written.filter((agreement) => {
        if ((baseTool.agreement as string[]).includes(agreement)) return false;
        const tier = AGREEMENT_TIER[agreement as keyof typeof AGREEMENT_TIER];
        return tier === undefined || tier > baseTier;
      });
      if (added.length > 0)
        loosens(
          ['tools', index, 'agreement'],
          ['tools', at, 'agreement'],
          `gives "${baseTool.name}" the agreement ${added.join(', ')}, beyond the baseline's ${baseTool.agreement.join(', ')}`,
          'agreement',
          {tool: baseTool.name, added: added.join(', '), baseAgreement: baseTool.agreement.join(', ')},
        );
    }
    if (typeof tool.maxDataClass === 'string' && baseTool.maxDataClass !== undefined) {
      if (classRank(tool.maxDataClass) > classRank(baseTool.maxDataClass))
        loosens(
          ['tools', index, 'maxDataClass'],
          ['tools', at, 'maxDataClass'],
          `raises the ceiling of "${baseTool.name}" to "${tool.maxDataClass}", above the baseline's "${baseTool.maxDataClass}"`,
          'tool-ceiling',
          {tool: baseTool.name, dataClass: tool.maxDataClass, baseClass: baseTool.maxDataClass},
        );
    }
  }
}
