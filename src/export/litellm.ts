import {Document, isMap, isSeq} from 'yaml';
import {type EnforcementPlan, EXPORT_TARGET_INFO, targetText} from '../engine/enforcement.js';
import {type ExportOptions, headerLines, oneLine, wrap} from './options.js';

/**
 * A LiteLLM proxy `config.yaml` whose `model_list` holds the models of the approved tools, and nothing
 * else: a prohibited tool, or a tool that may receive no class at all, contributes none. Each model is
 * served under its own id and routed to the same id (`provider/model`); provider keys come from the
 * proxy's environment, so the file holds no secret.
 */
export function renderLitellm(plan: EnforcementPlan, options: ExportOptions): string {
  const info = EXPORT_TARGET_INFO.litellm;
  const document = new Document({
    model_list: plan.gateway.models.map((model) => ({
      model_name: model.id,
      litellm_params: {model: model.id},
    })),
  });
  const header = [
    ...headerLines(
      'litellm',
      options,
      'A LiteLLM proxy config that serves the models of the approved tools only. Start it with: litellm --config config.yaml',
    ),
    `Limits: ${targetText('litellm', 'caveat')}`,
    `Source: ${info.source}`,
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
      if (isMap(item)) item.commentBefore = ` For ${model.tools.map(oneLine).join(', ')}`;
    });
  return document.toString({lineWidth: 0});
}
