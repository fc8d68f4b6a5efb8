import type {DraftBlock} from '../anchors.js';
import {article, labelledCitation} from '../citations.js';
import type {PolicyContext} from '../context.js';
import {citedBy, dutyAnchor, dutySaidIn, dutySentence, isRegimeDuty, type RegimeDutyId} from '../duties.js';
import {citation, type InlineInput, inlineText, paragraph, toInlines} from '../inline.js';
import {type MessageId, say, sayOnce, sayText} from '../messages.js';
import {joinInlines} from '../phrases.js';
import {publishedTextSaidInDisclosure} from '../regimes/eu-ai-act.js';
import {clauseMessage, type Regime, type RegimeClause, sayingClause} from '../regimes/regime.js';
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
  // A clause that imposes a shared duty is said by that duty, in the voice of all its sources.
  if (clause.duty) return dutySentence(policyContext, clause.duty);
  const context = regimeVoice(regime, policyContext);
  const saying = sayingClause(regime, clause);
  return sayOnce(context, `clause ${clause.id} ${context.wording.posture}`, () =>
    say(context, clauseMessage(regime, clause, context), saying.slots?.(context) ?? {}),
  );
}

/** One obligation's sentence as plain text: the crosswalk's and the OSCAL statement's description. */
export function clauseText(regime: Regime, clause: RegimeClause, policyContext: PolicyContext): string {
  return inlineText(toInlines(clauseSentence(regime, clause, policyContext)));
}

/** A regime's section: what it is, its source, then each applicable obligation with its citation. */
export function buildRegimeSection(regime: Regime, policyContext: PolicyContext): SectionContent {
  const context = regimeVoice(regime, policyContext);
  // A clause that imposes a shared duty is said once, in the duty's section; here it is named in one line.
  const applies = (clause: RegimeClause) => clause.appliesTo?.(context) ?? true;
  // A clause said with another is cited in that clause's sentence.
  const clauses = regime.clauses.filter((clause) => !clause.duty && !clause.saidWith && applies(clause));
  const citations = (clause: RegimeClause) =>
    [clause, ...regime.clauses.filter((other) => other.saidWith === clause.id && applies(other))].flatMap(
      (cited) => cited.citation,
    );
  const shared = [...policyContext.duties.values()].filter(
    (duty) =>
      isRegimeDuty(duty.id) &&
      duty.sources.some((source) => source.kind === 'regime' && source.regime === regime.id),
  );
  const saidHere = shared.filter((duty) => duty.section === regime.id);
  const saidElsewhere = shared.filter((duty) => duty.section !== null && duty.section !== regime.id);
  const blocks: DraftBlock[] = [
    paragraph(...say(context, `${regime.id}.intro` as MessageId), ' ', {
      type: 'citation',
      // The instrument's official title in the policy's language (`<regime>.instrument`).
      value: sayText(context, `${regime.id}.instrument` as MessageId),
      url: regime.canonicalUrl,
    }),
    {
      type: 'list',
      ordered: false,
      items: [
        ...clauses.map((clause) => [
          paragraph(
            ...clauseSentence(regime, clause, context),
            ' ',
            citation(
              labelledCitation(
                sayText(context, `${regime.id}.label` as MessageId),
                citations(clause),
                context.locale,
              ),
            ),
          ),
        ]),
        // A duty whose own section is switched off is said in full here.
        ...saidHere.map((duty) => [paragraph(...dutySaidIn(policyContext, duty.id, regime.id))]),
      ],
    },
  ];
  if (saidElsewhere.length > 0) {
    // Each name links to where the duty is said; a renderer showing this section alone points the link at
    // the full policy page (`render/fragment-links.ts`).
    const links = saidElsewhere.map((duty): InlineInput[] => {
      // Training is "AI literacy" only where the EU AI Act (Art. 4) is among its sources.
      const name = sayText(context, `common.duty.${duty.id as RegimeDutyId}`, {
        literacy: citedBy(duty, 'euaiact.literacy'),
      });
      const anchor = dutyAnchor(policyContext, duty);
      return anchor === null
        ? [name]
        : [{type: 'link', url: `#${anchor}`, children: [{type: 'text', value: name}]}];
    });
    blocks.push(paragraph(...say(context, 'common.shared-duties', {duties: joinInlines(context, links)})));
  }
  return {
    title: sayText(context, `${regime.id}.title` as MessageId),
    summary: sayText(context, `${regime.id}.summary` as MessageId),
    blocks,
  };
}

/**
 * The published-content line of "Disclosing AI use". With the EU AI Act selected it is the Act's Art. 50(4)
 * duty, bound in both postures and cited, and the Act's own section leaves it out: one duty, one voice.
 * Without the Act it is the organization's own rule, in the posture's voice.
 */
export function publishedContentDisclosure(context: PolicyContext): InlineInput[] {
  if (!publishedTextSaidInDisclosure(context)) return say(context, 'code-review.published', {aiAct: 'no'});
  return [
    ...say({...context, wording: LEGAL_DUTY}, 'code-review.published', {aiAct: 'yes'}),
    ' ',
    citation(
      labelledCitation(sayText(context, 'eu-ai-act.label'), [article(50, {paragraph: [4]})], context.locale),
    ),
  ];
}
