import {type EnforcementFacts, EXPORT_TARGET_INFO} from '../engine/enforcement.js';
import {commentLines, type ExportOptions, headerLines, oneLine} from './options.js';

/**
 * `.noai`: JetBrains AI Assistant is switched off in a project whose root holds this file; its content is
 * not read, so it says why it is there. Written only when the policy prohibits JetBrains' AI.
 */
export function renderNoai(facts: Pick<EnforcementFacts, 'prohibitedTools'>, options: ExportOptions): string {
  const names = facts.prohibitedTools.map((tool) => oneLine(tool.name)).join(', ');
  return `${commentLines([
    ...headerLines(
      'jetbrains-noai',
      options,
      `The policy prohibits ${names}. JetBrains IDEs switch AI Assistant off in a project with this file at its root.`,
    ),
    `Source: ${EXPORT_TARGET_INFO['jetbrains-noai'].source}`,
  ])}\n`;
}
