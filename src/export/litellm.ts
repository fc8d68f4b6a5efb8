import {Document, isMap, isSeq} from 'yaml';
import {type EnforcementPlan, EXPORT_TARGET_INFO, targetText} from '../engine/enforcement.js';
import type {PolicyFacts} from '../engine/model.js';
import {type ExportOptions, headerLines, oneLine, wrap} from './options.js';

/** LiteLLM's own spelling of "read this value from the environment". */
export const MASTER_KEY = 'os.environ/LITELLM_MASTER_KEY';
/** LiteLLM's documentation of model access groups, which the file uses. */
export const ACCESS_GROUPS_SOURCE = 'https://docs.litellm.ai/docs/proxy/model_access_groups';

/** The access group of the models cleared for a class: a key or team limited to it reaches only those. */
export const accessGroup = (classId: string) => `ai-policy-${classId}`;

/**
 * A LiteLLM proxy `config.yaml` whose `model_list` holds the models of the approved tools, and nothing
 * else: a prohibited tool, or a tool that may receive no class at all, contributes none. Each model is
 * served under its own id and routed to the same id (`provider/model`), and carries one model access group
 * per class it is cleared for (a class one of its tools may receive), so a key or team created with
 * `models: [ai-policy-<class>]` reaches only the models that class's data may go to. The master key comes
 * from the environment, so the proxy refuses requests without a key and the file holds no secret.
 */
export function renderLitellm(
  plan: EnforcementPlan,
  facts: Pick<PolicyFacts, 'dataClasses'>,
  options: ExportOptions,
): string {
  const info = EXPORT_TARGET_INFO.litellm;
  const className = (id: string) => oneLine(facts.dataClasses.find((entry) => entry.id === id)?.name ?? id);
  const document = new Document({
    model_list: plan.gateway.models.map((model) => ({
      model_name: model.id,
      litellm_params: {model: model.id},
      model_info: {access_groups: model.classes.map(accessGroup)},
    })),
    general_settings: {master_key: MASTER_KEY},
  });
  const header = [
    ...headerLines(
      'litellm',
      options,
      'A LiteLLM proxy config that serves the models of the approved tools only. Set LITELLM_MASTER_KEY, then start it with: litellm --config config.yaml',
    ),
    `Access groups: each model is in ai-policy-<class> for every data class it may receive. Give a key or team the group of the most sensitive class its work handles, e.g. POST /key/generate {"models": ["${accessGroup(facts.dataClasses.at(-1)?.id ?? 'internal')}"]}.`,
    `Limits: ${targetText('litellm', 'caveat')}`,
    `Source: ${info.source} and ${ACCESS_GROUPS_SOURCE}`,
    ...plan.gateway.left.map(
      ({tool, reason}) =>
        `Left out: ${oneLine(tool)} (${reason === 'prohibited' ? 'prohibited' : 'may receive no data class'}).`,
    ),
  ];
  document.commentBefore = header
    .flatMap((line) => wrap(line))
    .map((line) => ` ${line}`)
    .join('\n');
  const list = document.get('model_list', true);
  if (isSeq(list))
    list.items.forEach((item, index) => {
      const model = plan.gateway.models[index]!;
      if (isMap(item))
        item.commentBefore = ` For ${model.tools.map(oneLine).join(', ')}; cleared for: ${model.classes.map(className).join(', ')}`;
    });
  return document.toString({lineWidth: 0});
}
