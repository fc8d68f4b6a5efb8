import {ENGLISH_LANGUAGE, type PolicyLanguage} from '../engine/context.js';
import {type MessageId, messageText, type Slots} from '../engine/messages.js';
import type {PolicyDocument} from '../engine/model.js';
import {formatDate, punctuate} from '../vocabulary/locale-format.js';

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
export function summaryLines(
  document: PolicyDocument,
  language: PolicyLanguage = ENGLISH_LANGUAGE,
): string[] {
  const t = (id: MessageId, slots?: Slots) => messageText(language, id, slots);
  const {header, facts} = document;
  const regimes = header.compliance.map((regime) => regime.label).join(', ');
  const cadence = t(`diff.cadence.${header.review.cadence}`);
  // Dates in words, as the policy's header writes them: an ISO date is the file's form, not the reader's.
  const date = (iso: string) => formatDate(iso, language.locale, 'long');
  const nextDue = header.review.nextDue && date(header.review.nextDue);
  const effectiveDate = date(header.effectiveDate);
  // Labels in a column, as wide as the longest one in this language, and the values after them.
  const fields: [MessageId, string][] = [
    ['cli.summary.organization', `${printable(header.organization)} (${header.industry.label})`],
    ['cli.summary.regimes', regimes || t('cli.summary.none')],
    [
      'cli.summary.posture',
      `${header.posture.label}${punctuate(':', language.locale)} ${header.posture.statement}`,
    ],
    [
      'cli.summary.effective',
      nextDue
        ? t('cli.summary.effective-value-next', {date: effectiveDate, cadence, next: nextDue})
        : t('cli.summary.effective-value', {date: effectiveDate, cadence}),
    ],
    ['cli.summary.owner', header.owner === null ? t('cli.summary.owner-unset') : printable(header.owner)],
  ];
  const width = Math.max(...fields.map(([id]) => t(id).length)) + 2;
  const lines = [
    ...fields.map(([id, value]) => `${t(id).padEnd(width)}${value}`),
    '',
    t('cli.summary.tools'),
  ];
  const [receives, refuses] = [t('cli.summary.receives'), t('cli.summary.refused')];
  const column = Math.max(receives.length, refuses.length) + 1;
  const className = new Map(facts.dataClasses.map((dataClass) => [dataClass.id, printable(dataClass.name)]));
  const separator = `${punctuate(';', language.locale)} `;
  for (const tool of facts.tools) {
    const decisions = facts.decisions.filter((decision) => decision.tool === tool.name);
    const allowed = decisions.filter((decision) => decision.allowed).map((d) => className.get(d.dataClass));
    const refused = decisions.filter((decision) => !decision.allowed).map((d) => className.get(d.dataClass));
    const names = tool.agreements.map((agreement) => t(`common.agreement.${agreement}`));
    const agreements =
      names.length > 1
        ? t('common.list-and', {head: names.slice(0, -1).join(', '), last: names.at(-1)!})
        : names[0];
    const slots = {tool: printable(tool.name), agreements: agreements ?? ''};
    lines.push(
      `  ${
        tool.maxDataClass === null
          ? t('cli.summary.tool', slots)
          : t('cli.summary.tool-ceiling', {
              ...slots,
              ceiling: className.get(tool.maxDataClass) ?? tool.maxDataClass,
            })
      }`,
    );
    lines.push(`    ${receives.padEnd(column)}${allowed.join(separator) || t('cli.summary.nothing')}`);
    if (refused.length > 0) lines.push(`    ${refuses.padEnd(column)}${refused.join(separator)}`);
  }
  return lines;
}
