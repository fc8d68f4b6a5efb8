import type {DraftBlock} from '../anchors.js';
import type {PolicyContext} from '../context.js';
import {citation, type InlineInput, note, paragraph} from '../inline.js';
import {type MessageId, say, sayText} from '../messages.js';
import {clauseMessage, type Regime, type RegimeClause} from '../regimes/regime.js';
import {LEGAL_DUTY} from '../wording.js';
import type {SectionContent} from './section.js';

/** Law and audit criteria bind whatever the posture; only a voluntary framework takes the policy's voice. */
function regimeVoice(regime: Regime, context: PolicyContext): PolicyContext {
  return regime.nature === 'framework' ? context : {...context, wording: LEGAL_DUTY};
}

/** One obligation's sentence, in its regime's voice, with its slots filled. */
export function clauseSentence(
  regime: Regime,
  clause: RegimeClause,
  policyContext: PolicyContext,
): InlineInput[] {
  const context = regimeVoice(regime, policyContext);
  return say(context, clauseMessage(regime, clause, context), clause.slots?.(context) ?? {});
}

/** One obligation's sentence as plain text: the crosswalk's and the OSCAL statement's description. */
export function clauseText(regime: Regime, clause: RegimeClause, policyContext: PolicyContext): string {
  const context = regimeVoice(regime, policyContext);
  return sayText(context, clauseMessage(regime, clause, context), clause.slots?.(context) ?? {});
}

/** A regime's section: what it is, its source, then each applicable obligation with its citation. */
export function buildRegimeSection(regime: Regime, policyContext: PolicyContext): SectionContent {
  const context = regimeVoice(regime, policyContext);
  const clauses = regime.clauses.filter((clause) => clause.appliesTo?.(context) ?? true);
  const blocks: DraftBlock[] = [
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
          ...clauseSentence(regime, clause, context),
          ' ',
          citation(`${sayText(context, `${regime.id}.label` as MessageId)} ${clause.citation}`),
        ),
      ]),
    },
  ];
  if (regime.caveat) {
    blocks.push(
      note(
        'warning',
        sayText(context, 'common.note.warning'),
        ...say(context, `${regime.id}.caveat` as MessageId),
      ),
    );
  }
  return {
    title: sayText(context, `${regime.id}.title` as MessageId),
    summary: sayText(context, `${regime.id}.summary` as MessageId),
    blocks,
  };
}
