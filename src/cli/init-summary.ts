import {englishText} from '../engine/messages.js';
import type {PolicyDocument} from '../engine/model.js';

/**
 * Config text shown in a terminal. It is the user's own input, but a control character in it (an escape
 * sequence pasted along with a name) would still move the cursor or recolour the screen.
 */
export function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

/**
 * The one-screen summary `init` shows before it writes: the header in words, then what each tool may and
 * may not receive. The second part reads the engine's decision table (`facts.decisions`), the same one
 * the policy text, matrix and downloads read; only `allowed` is used, since `reason` is the engine's code.
 */
export function summaryLines(document: PolicyDocument): string[] {
  const {header, facts} = document;
  const regimes = header.compliance.map((regime) => regime.label).join(', ');
  const lines = [
    `Organization  ${printable(header.organization)} (${header.industry.label})`,
    `Regimes       ${regimes || 'none'}`,
    `Posture       ${header.posture.label}: ${header.posture.statement}`,
    `Effective     ${header.effectiveDate}, reviewed ${header.review.cadence}${header.review.nextDue ? ` (next by ${header.review.nextDue})` : ''}`,
    `Owner         ${header.owner === null ? 'not set' : printable(header.owner)}`,
    '',
    'What each tool may receive:',
  ];
  const className = new Map(facts.dataClasses.map((dataClass) => [dataClass.id, printable(dataClass.name)]));
  for (const tool of facts.tools) {
    const decisions = facts.decisions.filter((decision) => decision.tool === tool.name);
    const allowed = decisions.filter((decision) => decision.allowed).map((d) => className.get(d.dataClass));
    const refused = decisions.filter((decision) => !decision.allowed).map((d) => className.get(d.dataClass));
    const ceiling = tool.maxDataClass === null ? '' : `, at most ${className.get(tool.maxDataClass)}`;
    lines.push(
      `  ${printable(tool.name)}: ${tool.agreements.map((agreement) => englishText(`common.agreement.${agreement}`)).join(' and ')}${ceiling}`,
    );
    lines.push(`    may receive:     ${allowed.join('; ') || 'nothing'}`);
    if (refused.length > 0) lines.push(`    may not receive: ${refused.join('; ')}`);
  }
  return lines;
}
