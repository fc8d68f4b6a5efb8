import type {OverlaySource} from '../config/merge-layers.js';
import type {PolicyConfig} from '../config/schema.js';
import type {AiPolicyMetadata} from './page-data.js';

/** What the builder page starts from: the site's current policy, as written and as validated. */
export interface AiPolicyBuilderContent {
  /** The file the draft replaces, as the site names it (`ai-policy.yml`); also the download's name. */
  fileName: string;
  /** The policy file as its author wrote it (no defaults filled in): the form's starting values. */
  input: Record<string, unknown>;
  /** The current policy, validated: what the draft's semantic difference is measured against. */
  config: PolicyConfig;
  /** The current policy's version. */
  version: string;
  /**
   * For a policy that extends baselines: its `extends` as written and the baselines' texts, so the page
   * offers only the overlay and reads it back over them; null otherwise.
   */
  overlay: OverlaySource | null;
  /**
   * The words for the form's closed values, in the page's language, from the same messages the policy
   * uses: an industry, a regime, a rule reads the same in the form as on the policy page.
   */
  labels: AiPolicyBuilderLabels;
  /**
   * The page's language for the preview and the changes: its locale and messages (shipped and the site's
   * own); null in English, which the engine has built in.
   */
  language: {locale: string; catalog: Readonly<Record<string, string>>} | null;
}

/** Each closed value's label, by value. */
export interface AiPolicyBuilderLabels {
  industry: Readonly<Record<string, string>>;
  regime: Readonly<Record<string, string>>;
  rule: Readonly<Record<string, string>>;
  category: Readonly<Record<string, string>>;
  /** Review cadences and budget periods: monthly, quarterly, semiannual, annual. */
  cadence: Readonly<Record<string, string>>;
}

/** Props of `@theme/AiPolicyBuilderPage`: the route's `modules`, by name. */
export interface AiPolicyBuilderPageProps {
  readonly metadata: AiPolicyMetadata;
  readonly content: AiPolicyBuilderContent;
}
