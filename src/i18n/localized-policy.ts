import {buildPolicyDocument} from '../engine/build.js';
import {ENGLISH_LANGUAGE, type PolicyLanguage} from '../engine/context.js';
import {renderPolicyJson} from '../render/json.js';
import {renderPolicyMarkdown} from '../render/markdown.js';
import type {LoadedPolicy} from '../store/policy-store.js';

/** Localized renderings per loaded policy: an edit of the policy drops them with the old policy. */
const localized = new WeakMap<LoadedPolicy, WeakMap<PolicyLanguage, LoadedPolicy>>();

/**
 * The loaded (English) policy in another language: the same config and version, its document, Markdown
 * and JSON built with that language's messages. The JSON's ids, reasons and decisions do not depend on it.
 */
export function localizePolicy(policy: LoadedPolicy, language: PolicyLanguage): LoadedPolicy {
  if (language === ENGLISH_LANGUAGE) return policy;
  let byLanguage = localized.get(policy);
  if (!byLanguage) {
    byLanguage = new WeakMap();
    localized.set(policy, byLanguage);
  }
  const cached = byLanguage.get(language);
  if (cached) return cached;
  const document = buildPolicyDocument(policy.config, language, policy.provenance);
  // Named field by field: spreading `policy` would render its English Markdown and JSON (lazy getters).
  const {filePath, source, config, locate, files, provenance, input, overlay, version} = policy;
  const result: LoadedPolicy = {
    filePath,
    source,
    config,
    locate,
    files,
    provenance,
    input,
    overlay,
    version,
    language,
    document,
    markdown: renderPolicyMarkdown(document),
    json: renderPolicyJson(document, {version: policy.version}),
  };
  byLanguage.set(language, result);
  return result;
}
