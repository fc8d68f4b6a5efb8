import {ENGLISH_LANGUAGE, type PolicyLanguage} from '../engine/context.js';
import {inlineText, toInlines} from '../engine/inline.js';
import {FIXED_DEFAULTS} from '../engine/localized-defaults.js';
import {
  ENGLISH,
  formatMessage,
  isMessageId,
  type MessageId,
  messageText,
  type Slots,
  selectKey,
} from '../engine/messages.js';
import {INDUSTRY_IDS, POSTURES, REGIME_IDS} from '../vocabulary/config-values.js';
import type {Inline} from '../vocabulary/document-nodes.js';
import {formatDate, punctuate} from '../vocabulary/locale-format.js';
import type {ClassRef, PolicyChange} from './model.js';

/**
 * The sentence for one change, as inline text (config strings are only ever `text` and `strong` values, so
 * every renderer escapes them), in the language given (English by default). Plain and posture-neutral:
 * "may now receive", never "must". The sentences are the `diff.*` messages of `messages/<locale>/diff.yml`;
 * codes from the engine (decision reasons, agreements, rules) are said in words through those messages,
 * and a code this package does not know yet is shown as it is.
 */
export function describeChange(change: PolicyChange, language?: PolicyLanguage): Inline[] {
  // `changes.map(describeChange)` passes an index as the second argument: that is no language.
  const words = new Words(isLanguage(language) ? language : ENGLISH_LANGUAGE);
  return joinText(toInlines(sentence(change, words)));
}

/** The sentence as plain English text, for logs and tests (one parameter, so it can be given to `map`). */
export function describeChangeText(change: PolicyChange): string {
  return inlineText(describeChange(change));
}

function isLanguage(value: unknown): value is PolicyLanguage {
  return typeof value === 'object' && value !== null && 'catalog' in value && 'locale' in value;
}

/** The messages of one language, as inlines (`say`) or as plain text (`text`). */
class Words {
  constructor(readonly language: PolicyLanguage) {}
  say(id: MessageId, slots: Slots = {}) {
    return formatMessage(this.language.catalog, this.language.locale, id, slots);
  }
  text(id: MessageId, slots: Slots = {}): string {
    return inlineText(toInlines(this.say(id, slots)));
  }
  /** A message chosen by a code (`diff.reason.<code>`); the code itself when no message has that id. */
  label(prefix: string, code: string): string {
    const id = `${prefix}.${code}`;
    return isMessageId(id) ? this.text(id) : code;
  }
  /** A `YYYY-MM-DD` date in running text, in the long form the policy's header uses (« 15 juin 2026 »). */
  date(iso: string): string {
    return formatDate(iso, this.language.locale, 'long');
  }
  /** Between the items of a list of names that may hold commas: `a; b`, in French `a ; b`. */
  separator(): string {
    return `${punctuate(';', this.language.locale)} `;
  }
  list(items: readonly string[]): string {
    if (items.length <= 1) return items[0] ?? '';
    return this.text('common.list-and', {
      head: items.slice(0, -1).join(this.text('common.list-separator')),
      last: items.at(-1)!,
    });
  }
  /**
   * A class's name: a default class (`public`, `internal`, `restricted`) named as the defaults name it in
   * English is named in this language; a name the config wrote stays as written.
   */
  className(ref: ClassRef): string {
    if (this.language === ENGLISH_LANGUAGE) return ref.name;
    const id = `common.default-class.${ref.id}.name`;
    if (!isMessageId(id)) return ref.name;
    const industry = INDUSTRY_IDS.map(selectKey).find(
      (value) => messageText(ENGLISH_LANGUAGE, id, {industry: value}) === ref.name,
    );
    return industry === undefined ? ref.name : this.text(id, {industry});
  }
  /**
   * A label the diff carries in English (a posture, an industry, a regime, a section title), in this
   * language: the message whose English text it is, among the ids given; unchanged when none is.
   */
  relabel(english: string, ids: readonly string[]): string {
    if (this.language === ENGLISH_LANGUAGE) return english;
    const id = ids.find((candidate) => isMessageId(candidate) && ENGLISH[candidate] === english);
    return id ? this.text(id as MessageId) : english;
  }
}

const b = (value: string): Inline => ({type: 'strong', children: [{type: 'text', value}]});

/** Adjacent texts as one, as a reader sees them. */
function joinText(inlines: Inline[]): Inline[] {
  const joined: Inline[] = [];
  for (const inline of inlines) {
    const last = joined.at(-1);
    if (inline.type === 'text' && last?.type === 'text')
      joined[joined.length - 1] = {...last, value: last.value + inline.value};
    else joined.push(inline);
  }
  return joined;
}

const postureIds = POSTURES.map((posture) => `common.posture.${posture}`);
const industryIds = INDUSTRY_IDS.map((industry) => `common.industry.${industry}`);
const regimeIds = REGIME_IDS.map((regime) => `${regime}.label`);

function sentence(change: PolicyChange, w: Words) {
  switch (change.code) {
    case 'policy-created':
      return w.say('diff.policy-created', {
        organization: b(change.organization),
        toolCount: change.tools.length,
        tools: change.tools.join(', '),
        classCount: change.dataClasses.length,
        regimeCount: change.regimes.length,
        regimes: change.regimes.map((label) => w.relabel(label, regimeIds)).join(', '),
        posture: w.relabel(change.posture, postureIds),
      });
    case 'policy-deleted':
      return w.say('diff.policy-deleted', {organization: b(change.organization)});
    case 'decision-flipped':
      return change.allowed
        ? w.say('diff.decision-allowed', {
            tool: b(change.tool),
            dataClass: b(w.className(change.dataClass)),
            reason: reasonLabel(change.previousReason, w.language),
          })
        : w.say('diff.decision-refused', {
            tool: b(change.tool),
            dataClass: b(w.className(change.dataClass)),
            reason: reasonLabel(change.reason, w.language),
          });
    case 'tool-added': {
      const agreement = agreementLabel(change.agreement, w.language);
      return [
        ...(change.maxDataClass
          ? w.say('diff.tool-added-with-ceiling', {
              tool: b(change.tool),
              agreement,
              ceiling: b(w.className(change.maxDataClass)),
            })
          : w.say('diff.tool-added', {tool: b(change.tool), agreement})),
        ' ',
        ...(change.receives.length > 0
          ? w.say('diff.tool-receives', {classes: classList(change.receives, w)})
          : w.say('diff.tool-receives-none')),
      ];
    }
    case 'tool-removed':
      return w.say('diff.tool-removed', {tool: b(change.tool)});
    case 'tool-renamed':
      return w.say('diff.tool-renamed', {from: b(change.from), to: b(change.to)});
    case 'tool-agreement-changed':
      return w.say('diff.tool-agreement-changed', {
        tool: b(change.tool),
        from: agreementLabel(change.from, w.language),
        to: agreementLabel(change.to, w.language),
      });
    case 'tool-ceiling-changed':
      return ceilingChange(change, w);
    case 'tool-prohibited':
      return change.reason
        ? w.say('diff.tool-prohibited-because', {tool: b(change.tool), reason: endSentence(change.reason)})
        : w.say('diff.tool-prohibited', {tool: b(change.tool)});
    case 'tool-unprohibited':
      return w.say('diff.tool-unprohibited', {tool: b(change.tool)});
    case 'unlisted-ceiling-changed': {
      const before = change.from
        ? w.text('diff.before-up-to', {name: w.className(change.from)})
        : w.text('diff.before-none');
      return change.to
        ? w.say('diff.unlisted-ceiling', {to: b(w.className(change.to)), before})
        : w.say('diff.unlisted-none', {before});
    }
    case 'class-added': {
      const slots = {dataClass: b(w.className(change.dataClass)), rule: ruleLabel(change.rule, w.language)};
      return change.receivers.length > 0
        ? w.say('diff.class-added', {...slots, receivers: change.receivers.join(', ')})
        : w.say('diff.class-added-no-receiver', slots);
    }
    case 'class-removed':
      return w.say('diff.class-removed', {dataClass: b(w.className(change.dataClass))});
    case 'class-rule-changed':
      return w.say('diff.class-rule-changed', {
        dataClass: b(w.className(change.dataClass)),
        from: ruleLabel(change.from, w.language),
        to: ruleLabel(change.to, w.language),
      });
    case 'class-renamed':
      return w.say('diff.class-renamed', {
        from: b(w.className({id: change.id, name: change.from})),
        to: b(w.className({id: change.id, name: change.to})),
      });
    case 'class-categories-changed': {
      // Each category quoted, as a label the class carries: no second colon after "Data class X:".
      const categories = (codes: readonly string[]) => ({
        count: codes.length,
        categories: w.list(
          codes.map((code) => w.text('diff.quoted', {text: w.label('diff.category', code)})),
        ),
      });
      const parts = [
        change.added.length > 0 ? w.text('diff.categories-added', categories(change.added)) : '',
        change.removed.length > 0 ? w.text('diff.categories-removed', categories(change.removed)) : '',
      ].filter(Boolean);
      return w.say('diff.class-categories-changed', {
        dataClass: b(w.className(change.dataClass)),
        changes: parts.join(w.separator()),
      });
    }
    case 'classes-reordered':
      return w.say('diff.classes-reordered', {classes: change.to.join(', ')});
    case 'regime-added':
      return w.say('diff.regime-added', {regime: b(w.relabel(change.label, [`${change.id}.label`]))});
    case 'regime-removed':
      return w.say('diff.regime-removed', {regime: b(w.relabel(change.label, [`${change.id}.label`]))});
    case 'posture-changed':
      return w.say('diff.posture-changed', {
        from: b(w.relabel(change.from, postureIds)),
        to: b(w.relabel(change.to, postureIds)),
      });
    case 'industry-changed':
      return w.say('diff.industry-changed', {
        from: b(w.relabel(change.from, industryIds)),
        to: b(w.relabel(change.to, industryIds)),
      });
    case 'effective-date-changed':
      return w.say('diff.effective-date-changed', {from: w.date(change.from), to: b(w.date(change.to))});
    case 'reviewed':
      if (change.to === null) return w.say('diff.review-removed', {from: w.date(change.from ?? '')});
      return change.from
        ? w.say('diff.reviewed', {to: b(w.date(change.to)), from: w.date(change.from)})
        : w.say('diff.reviewed-first', {to: b(w.date(change.to))});
    case 'review-cadence-changed':
      return w.say('diff.review-cadence-changed', {
        from: w.label('diff.cadence', change.from),
        to: b(w.label('diff.cadence', change.to)),
      });
    case 'exception-granted': {
      const slots = {who: b(change.who), what: change.what, expires: w.date(change.expires)};
      return change.approvedBy
        ? w.say('diff.exception-granted-approved', {...slots, approvedBy: change.approvedBy})
        : w.say('diff.exception-granted', slots);
    }
    case 'exception-removed':
      return w.say('diff.exception-removed', {
        who: b(change.who),
        what: change.what,
        expires: w.date(change.expires),
        state: change.expired === true ? 'expired' : change.expired === false ? 'withdrawn' : 'unknown',
      });
    case 'exception-expiry-changed':
      return w.say('diff.exception-expiry-changed', {
        who: b(change.who),
        what: change.what,
        to: w.date(change.to),
        from: w.date(change.from),
        // ISO dates compare as text.
        direction: change.to > change.from ? 'later' : 'earlier',
      });
    case 'section-added':
      return w.say('diff.section-added', {title: b(sectionTitle(change.id, change.title, w))});
    case 'section-removed':
      return w.say('diff.section-removed', {title: b(sectionTitle(change.id, change.title, w))});
    case 'section-enabled':
      return w.say('diff.section-enabled', {title: b(sectionTitle(change.id, change.title, w))});
    case 'section-disabled':
      return w.say('diff.section-disabled', {title: b(sectionTitle(change.id, change.title, w))});
    case 'section-renamed':
      return w.say('diff.section-renamed', {
        from: b(sectionTitle(change.id, change.from, w)),
        to: b(sectionTitle(change.id, change.to, w)),
      });
    case 'section-text-changed':
      return w.say('diff.section-text-changed', {title: b(sectionTitle(change.id, change.title, w))});
    case 'sections-reordered':
      return w.say('diff.sections-reordered');
    case 'use-case-added':
      return w.say('diff.use-case-added', {kind: change.kind, text: b(change.text)});
    case 'use-case-removed':
      return w.say('diff.use-case-removed', {kind: change.kind, text: b(change.text)});
    case 'setting-changed':
      return settingChange(change, w);
    default:
      return w.say('diff.unknown-change', {code: (change as {code: string}).code});
  }
}

/** A generated section's title in this language (`<id>.title`); a custom section's title as written. */
function sectionTitle(id: string, english: string, w: Words): string {
  return w.relabel(english, [`${id}.title`]);
}

function classList(classes: ClassRef[], w: Words): Inline[] {
  const separator: Inline = {type: 'text', value: w.separator()};
  return classes.flatMap((dataClass, index) => [
    ...(index > 0 ? [separator] : []),
    b(w.className(dataClass)),
  ]);
}

function ceilingChange(change: Extract<PolicyChange, {code: 'tool-ceiling-changed'}>, w: Words) {
  const {tool, from, to, direction} = change;
  if (to === null) return w.say('diff.ceiling-removed', {tool: b(tool), from: b(w.className(from!))});
  if (from === null) return w.say('diff.ceiling-set', {tool: b(tool), to: b(w.className(to))});
  return w.say('diff.ceiling-changed', {
    tool: b(tool),
    direction,
    from: b(w.className(from)),
    to: b(w.className(to)),
  });
}

/** An engine reason code in words; an unknown code is shown as it is. */
export function reasonLabel(code: string, language: PolicyLanguage = ENGLISH_LANGUAGE): string {
  return new Words(language).label('diff.reason', code);
}

/** An agreement (or several, joined as prose) in words. */
export function agreementLabel(
  codes: readonly string[],
  language: PolicyLanguage = ENGLISH_LANGUAGE,
): string {
  const w = new Words(language);
  if (codes.length === 0) return w.text('diff.agreement.none');
  return w.list(codes.map((code) => w.label('diff.agreement', code)));
}

export function ruleLabel(code: string, language: PolicyLanguage = ENGLISH_LANGUAGE): string {
  return new Words(language).label('diff.rule', code);
}

function settingChange(change: Extract<PolicyChange, {code: 'setting-changed'}>, w: Words) {
  const key = change.subject === null ? change.path : change.key;
  const id = `diff.setting.${key}`;
  const label = isMessageId(id) ? w.text(id) : change.key;
  const {from, to} = change.subject === null ? localizedDefaults(change, w) : change;
  const what = (): string => {
    if (isLongText(from) || isLongText(to)) return w.text('diff.setting-long-changed');
    if (from === null) return endSentence(w.text('diff.setting-set', {value: value(to, w)}));
    if (to === null) return w.text('diff.setting-removed', {value: value(from, w)});
    return endSentence(w.text('diff.setting-changed', {from: value(from, w), to: value(to, w)}));
  };
  return change.subject === null
    ? w.say('diff.setting', {label, change: what()})
    : w.say('diff.setting-of', {subject: b(change.subject), label, change: what()});
}

/**
 * A default the config kept (`security owner`, `engineering manager`), in the words the policy uses for it in
 * this language; the budget owner's default is worded by each side's industry, as that side's page words it.
 */
function localizedDefaults(change: Extract<PolicyChange, {code: 'setting-changed'}>, w: Words) {
  const fallback = FIXED_DEFAULTS[change.path];
  const say = (setting: unknown, side: 'from' | 'to') => {
    if (change.industries && setting === BUDGET_OWNER_DEFAULT)
      return w.text('common.default.budget-owner', {industry: selectKey(change.industries[side])});
    return fallback && setting === fallback.english ? w.text(fallback.id, {industry: 'other'}) : setting;
  };
  return {from: say(change.from, 'from'), to: say(change.to, 'to')};
}

/** The config's default budget owner, which the policy words by industry (`common.default.budget-owner`). */
const BUDGET_OWNER_DEFAULT = 'engineering manager';

/** Ends a sentence with a period unless it (or its last quoted value) already ends with one. */
function endSentence(text: string): string {
  return /[.!?…](\s*[”“»"])?$/.test(text) ? text : `${text}.`;
}

function isLongText(value: unknown): boolean {
  return typeof value === 'string' && (value.length > 160 || value.includes('\n'));
}

function value(setting: unknown, w: Words): string {
  if (setting === true) return w.text('diff.value.yes');
  if (setting === false) return w.text('diff.value.no');
  if (Array.isArray(setting))
    return setting.length === 0
      ? w.text('diff.value.none')
      : setting.map((item) => value(item, w)).join(', ');
  if (typeof setting === 'string') return w.text('diff.quoted', {text: setting});
  if (typeof setting === 'number') return String(setting);
  return JSON.stringify(setting);
}
