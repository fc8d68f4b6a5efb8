import type {PluginContentLoadedActions, RouteConfig} from '@docusaurus/types';
import {ENGLISH_LANGUAGE, type PolicyLanguage} from '../engine/context.js';
import {type MessageId, messageText} from '../engine/messages.js';
import type {LoadedPolicy} from '../store/policy-store.js';
import {
  DATA_CATEGORIES,
  DATA_CLASS_RULES,
  INDUSTRY_IDS,
  REGIME_IDS,
  REVIEW_CADENCES,
} from '../vocabulary/config-values.js';
import type {AiPolicyBuilderContent, AiPolicyBuilderLabels} from './builder-data.js';
import {createDataPageRoute} from './data-page-route.js';

export const BUILDER_PAGE_COMPONENT = '@theme/AiPolicyBuilderPage';
/** The builder's slug under the policy's route. A section with this id would collide with it. */
export const BUILDER_SLUG = 'builder';

export function builderPermalink(policyPermalink: string): string {
  return `${policyPermalink}/${BUILDER_SLUG}`;
}

/** The builder writes YAML whatever the site's file is; a `.json` policy is offered as `ai-policy.yml`. */
export function builderFileName(policyFile: string): string {
  const base = policyFile.split('/').at(-1) ?? policyFile;
  return /\.ya?ml$/i.test(base) ? base : 'ai-policy.yml';
}

/** The form's labels in a language: one message per value, the one the policy itself says. */
export function builderLabels(language: PolicyLanguage): AiPolicyBuilderLabels {
  const labels = (ids: readonly string[], idOf: (id: string) => string) =>
    Object.fromEntries(ids.map((id) => [id, messageText(language, idOf(id) as MessageId)]));
  return {
    industry: labels(INDUSTRY_IDS, (id) => `common.industry.${id}`),
    regime: labels(REGIME_IDS, (id) => `${id}.label`),
    rule: labels(DATA_CLASS_RULES, (id) => `common.rule.${id}`),
    category: labels(DATA_CATEGORIES, (id) => `diff.category.${id}`),
    cadence: labels(REVIEW_CADENCES, (id) => `diff.cadence.${id}`),
  };
}

/** Adds `<routeBasePath>/builder`, sharing the instance's metadata module with the other policy pages. */
export async function createBuilderRoute({
  policy,
  permalink,
  metadataModule,
  sourceFilePath,
  actions,
}: {
  policy: LoadedPolicy;
  permalink: string;
  metadataModule: string;
  sourceFilePath: string;
  actions: PluginContentLoadedActions;
}): Promise<RouteConfig> {
  const content: AiPolicyBuilderContent = {
    fileName: builderFileName(sourceFilePath),
    // A file that extends baselines starts from the resolved policy, as one whole policy; the file the page
    // offers is only the overlay, written over the same baselines.
    input: policy.input,
    config: policy.config,
    version: policy.version,
    overlay: policy.overlay,
    labels: builderLabels(policy.language ?? ENGLISH_LANGUAGE),
    language:
      policy.language && policy.language !== ENGLISH_LANGUAGE
        ? {locale: policy.language.locale, catalog: policy.language.catalog as Record<string, string>}
        : null,
  };
  return createDataPageRoute({
    component: BUILDER_PAGE_COMPONENT,
    dataFile: 'builder.json',
    content,
    permalink,
    metadataModule,
    sourceFilePath,
    actions,
  });
}
