import type {PolicyContext} from '../context.js';
import {citation, note, paragraph} from '../inline.js';
import {type MessageId, say, sayText} from '../messages.js';
import type {Block} from '../model.js';
import {clauseMessage, type Regime} from '../regimes/regime.js';
import {LEGAL_DUTY} from '../wording.js';
import type {SectionContent} from './section.js';

/** A regime's section: what it is, its source, then each applicable obligation with its citation. */
export function buildRegimeSection(regime: Regime, policyContext: PolicyContext): SectionContent {
  // Law and audit criteria bind whatever the posture; only a voluntary framework takes the policy's voice.
  const context: PolicyContext =
    regime.nature === 'framework' ? policyContext : {...policyContext, wording: LEGAL_DUTY};
  const clauses = regime.clauses.filter((clause) => clause.appliesTo?.(context) ?? true);
  const blocks: Block[] = [
    paragraph(...say(context, `${regime.id}.intro` as MessageId), ' ', {
      type: 'citation',
      value: regime.instrument,
      url: regime.canonicalUrl,
    }),
    {
      type: 'list',
      ordered: false,
      items: clauses.map((clause) => [
        paragraph(
          ...say(context, clauseMessage(regime, clause, context), clause.slots?.(context) ?? {}),
          ' ',
          citation(`${regime.label} ${clause.citation}`),
        ),
      ]),
    },
  ];
  if (regime.caveat) blocks.push(note('warning', ...say(context, `${regime.id}.caveat` as MessageId)));
  return {
    title: sayText(context, `${regime.id}.title` as MessageId),
    summary: sayText(context, `${regime.id}.summary` as MessageId),
    blocks,
  };
}
