/**
 * A semantic change between two versions of a policy: a `code` and the fields that say what changed, as
 * plain JSON. Tools are named as the config names them, data classes by id and name, regimes by id and
 * label. The sentences are made from this data by `describeChange`, never stored in it, so the JSON output
 * of `ai-policy diff` is stable data and the wording can change without touching it.
 *
 * Decision reasons (`reason`, `previousReason`) are the engine's reason codes, kept opaque here: they are
 * shown through a lookup that falls back to the code itself.
 */

/** A data class as a change refers to it: its id, and its name in the version the change talks about. */
export interface ClassRef {
  id: string;
  name: string;
}

export type PolicyChange =
  /** The base side did not exist: the first version of the policy. */
  | {
      code: 'policy-created';
      organization: string;
      tools: string[];
      dataClasses: ClassRef[];
      regimes: string[];
      posture: string;
    }
  /** The head side does not exist any more: the policy file was deleted. */
  | {code: 'policy-deleted'; organization: string}
  /** One tool x class decision flipped between allowed and not allowed. */
  | {
      code: 'decision-flipped';
      tool: string;
      dataClass: ClassRef;
      allowed: boolean;
      /** The new decision's reason code. */
      reason: string;
      /** The old decision's reason code. */
      previousReason: string;
    }
  | {
      code: 'tool-added';
      tool: string;
      /** Sorted agreement codes (one value today; a list is compared the same way). */
      agreement: string[];
      maxDataClass: ClassRef | null;
      /** The classes the new tool may receive, least sensitive first. */
      receives: ClassRef[];
    }
  | {code: 'tool-removed'; tool: string}
  | {code: 'tool-renamed'; from: string; to: string}
  | {code: 'tool-agreement-changed'; tool: string; from: string[]; to: string[]}
  | {
      code: 'tool-ceiling-changed';
      tool: string;
      from: ClassRef | null;
      to: ClassRef | null;
      /** `raised`: more sensitive data may go in; `lowered`: less; `changed`: not comparable. */
      direction: 'raised' | 'lowered' | 'changed';
    }
  | {code: 'tool-prohibited'; tool: string; reason: string | null}
  | {code: 'tool-unprohibited'; tool: string}
  | {code: 'unlisted-ceiling-changed'; from: ClassRef | null; to: ClassRef | null}
  | {code: 'class-added'; dataClass: ClassRef; rule: string; receivers: string[]}
  | {code: 'class-removed'; dataClass: ClassRef}
  | {code: 'class-rule-changed'; dataClass: ClassRef; from: string; to: string}
  | {code: 'class-renamed'; id: string; from: string; to: string}
  | {code: 'class-categories-changed'; dataClass: ClassRef; added: string[]; removed: string[]}
  /** The sensitivity order (least sensitive first) of the classes both versions have. */
  | {code: 'classes-reordered'; from: string[]; to: string[]}
  | {code: 'regime-added'; id: string; label: string}
  | {code: 'regime-removed'; id: string; label: string}
  | {code: 'posture-changed'; from: string; to: string}
  | {code: 'industry-changed'; from: string; to: string}
  | {code: 'effective-date-changed'; from: string; to: string}
  | {code: 'reviewed'; from: string | null; to: string | null}
  | {code: 'review-cadence-changed'; from: string; to: string}
  | {code: 'exception-granted'; who: string; what: string; expires: string; approvedBy: string | null}
  | {
      code: 'exception-removed';
      who: string;
      what: string;
      expires: string;
      /** Whether it had expired by the date of the change; null when the diff has no date. */
      expired: boolean | null;
    }
  | {code: 'exception-expiry-changed'; who: string; what: string; from: string; to: string}
  | {code: 'section-added'; id: string; title: string}
  | {code: 'section-removed'; id: string; title: string}
  | {code: 'section-enabled'; id: string; title: string}
  | {code: 'section-disabled'; id: string; title: string}
  | {code: 'section-renamed'; id: string; from: string; to: string}
  | {code: 'section-text-changed'; id: string; title: string}
  | {code: 'sections-reordered'; from: string[]; to: string[]}
  | {code: 'use-case-added'; kind: 'encouraged' | 'prohibited' | 'humanDecisions'; text: string}
  | {code: 'use-case-removed'; kind: 'encouraged' | 'prohibited' | 'humanDecisions'; text: string}
  /**
   * Any other setting: `path` is the config path (`budgets.owner`, `tools[GitHub Copilot].conditions`),
   * `subject` the tool or class it belongs to, if any. Values are the config's own (null when unset).
   */
  | {
      code: 'setting-changed';
      path: string;
      subject: string | null;
      key: string;
      from: unknown;
      to: unknown;
      /**
       * The industry of each side, for a setting whose default the policy words by industry (`budgets.owner`:
       * a hospital's "budget holder", a software company's "engineering manager"); absent for the others.
       */
      industries?: {from: string; to: string};
    };

export type PolicyChangeCode = PolicyChange['code'];

/** What `ai-policy diff --format json` prints. */
export interface PolicyDiffJson {
  schemaVersion: 1;
  base: {label: string; version: string | null};
  head: {label: string; version: string | null};
  changes: PolicyChange[];
}
