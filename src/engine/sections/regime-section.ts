import type {PolicyContext} from '../context.js';
import {citation, type InlineInput, note, paragraph, toInlines} from '../inline.js';
import type {Block} from '../model.js';
import type {Regime} from '../regimes/regime.js';
import {LEGAL_DUTY} from '../wording.js';
import type {SectionContent} from './section.js';

const NATURE_NOTES: Record<Regime['nature'], string> = {
  law: 'These obligations come from law.',
  certification:
    'These obligations come from the criteria our certification or assessment is measured against; they are not law.',
  framework: 'These practices come from a voluntary framework we follow; they are recommendations, not law.',
};

/** A regime's section: its intro, then each applicable obligation with the clause it comes from. */
export function buildRegimeSection(regime: Regime, policyContext: PolicyContext): SectionContent {
  // Law and audit criteria bind whatever the posture; only a voluntary framework takes the policy's voice.
  const context: PolicyContext =
    regime.nature === 'framework' ? policyContext : {...policyContext, wording: LEGAL_DUTY};
  const clauses = regime.clauses.filter((clause) => clause.appliesTo?.(context) ?? true);
  const blocks: Block[] = [
    ...regime.intro(context),
    paragraph(
      NATURE_NOTES[regime.nature],
      ' Source: ',
      {type: 'link', url: regime.canonicalUrl, children: toInlines([regime.instrument])},
      '.',
    ),
    {
      type: 'list',
      ordered: false,
      items: clauses.map((clause) => [
        paragraph(...clause.sentence(context), ' ', citation(`${regime.label} ${clause.citation}`)),
      ]),
    },
  ];
  const caveats = regime.caveats?.(context) ?? [];
  for (const caveat of caveats) blocks.push(note('warning', ...(caveat as InlineInput[])));
  return {
    title: regime.title,
    summary: `What ${regime.label} requires of AI tool use at ${context.config.organization}, with the clause behind each rule.`,
    blocks,
  };
}
