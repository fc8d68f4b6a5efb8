import {punctuate} from '../../vocabulary/locale-format.js';
import type {DraftBlock} from '../anchors.js';
import {toolClassesClaim} from '../claims.js';
import {decideLink, linkInlines} from '../config-links.js';
import type {PolicyContext} from '../context.js';
import {effectiveRules} from '../decisions.js';
import {type DutyId, dutySaidIn} from '../duties.js';
import {bulletList, emphasis, heading, type InlineInput, paragraph, strong} from '../inline.js';
import {say, sayText} from '../messages.js';
import {agreementsPhrase, setByMarker} from '../phrases.js';
import type {SectionBuilder} from './section.js';

/**
 * What an unlisted tool must not receive even where the organization's own rule only advises against it, in
 * two voices: the data a selected regime guards (PHI, personal data, cardholder data), which the law keeps
 * from it, and the classes that go into no tool by the organization's own rule (or its credentials rule),
 * which take the posture's voice. Built from the policy, so a hospital's policy never forbids "cardholder
 * data" it has no rule on.
 */
function mustNotReachUnlistedTools(context: PolicyContext): {legal: InlineInput[][]; own: InlineInput[][]} {
  const selected = new Set(context.config.compliance);
  const guarded = (
    [
      ['hipaa', 'phi', 'approved-tools.protected.phi'],
      ['gdpr', 'personal-data', 'approved-tools.protected.personal-data'],
      ['pci-dss', 'cardholder-data', 'approved-tools.protected.cardholder-data'],
    ] as const
  ).filter(([regime]) => selected.has(regime));
  const legal = guarded.map(([, , id]) => [sayText(context, id)]);
  const guardedCategories = new Set<string>(guarded.map(([, category]) => category));
  const rules = effectiveRules(context.config);
  // A class holding data the law already keeps from the tool (cardholder data under PCI DSS) is named among
  // the legal data: listing it again in the posture's voice would say one rule twice, in two voices.
  const own = context.config.dataClasses
    .filter(
      (dataClass, index) =>
        rules[index]!.never &&
        (dataClass.rule === 'never' || rules[index]!.tightenedBy.includes('credentials-never')) &&
        !dataClass.categories.some((category) => guardedCategories.has(category)),
    )
    .map((dataClass) => [strong(dataClass.name)]);
  return {legal, own};
}

/** "It should be taken before AI access and repeated every year", or nothing when the config sets no timing. */
function trainingTiming(context: PolicyContext): InlineInput[] {
  const {before, refresh, required} = context.config.training;
  const own = {own: context.config.posture};
  const repeated = refresh ? sayText(context, 'approved-tools.training-refresh', {refresh}) : '';
  // A config that does not require the training sets no timing of its own; the law's duty still stands.
  return required ? say(context, 'approved-tools.training-before', {...own, before, refresh: repeated}) : [];
}

/** "A, B or C", each phrase kept as written (a bold class name stays bold). */
function orList(context: PolicyContext, phrases: readonly InlineInput[][]): InlineInput[] {
  if (phrases.length <= 1) return phrases[0] ?? [];
  const separator = sayText(context, 'common.list-separator');
  const head = phrases
    .slice(0, -1)
    .flatMap((phrase, index) => [...(index === 0 ? [] : [separator]), ...phrase]);
  return say(context, 'common.list-or', {head, last: phrases.at(-1)!});
}

export const approvedTools: SectionBuilder = (context) => {
  const {config, className, duties} = context;
  const dutySentence = (id: DutyId) => dutySaidIn(context, id, 'approved-tools');
  // Class names often contain "and" themselves, so a list of them is separated by semicolons.
  const classList = (classes: string[]) => classes.map(className).join(`${punctuate(';', context.locale)} `);

  const toolItem = (tool: (typeof config.tools)[number], index: number): InlineInput[] => {
    const name: InlineInput[] = tool.url
      ? linkInlines(decideLink(tool.url, config.links.externalHosts), [strong(tool.name)], tool.url)
      : [strong(tool.name)];
    const slots = {
      name,
      vendor: tool.vendor ? sayText(context, 'approved-tools.vendor', {vendor: tool.vendor}) : '',
      agreements: agreementsPhrase(context, tool.agreement),
    };
    // What each tool may receive is said once, in the data classification's matrix.
    return [
      ...(tool.agreement.includes('none')
        ? say(context, 'approved-tools.tool-no-agreement', slots)
        : say(context, 'approved-tools.tool', slots)),
      ...(tool.conditions ? [' ', emphasis(tool.conditions)] : []),
      ...setByMarker(context, context.provenance?.tools[index]),
    ];
  };

  const protectedData = mustNotReachUnlistedTools(context);
  const blocks: DraftBlock[] = [
    bulletList(config.tools.map(toolItem)),
    paragraph(
      toolClassesClaim(context, null, (classes) =>
        classes.length === 0
          ? say(context, 'approved-tools.unlisted-nothing')
          : say(context, 'approved-tools.unlisted-some', {
              classes: classList(classes),
              prohibited: config.prohibitedTools.length > 0 ? 'yes' : 'no',
            }),
      ),
      // In advisory posture the rule above only advises; the data a law guards, and the classes no tool may
      // receive, are still a "must". Said outside the claim, since it names classes the tools do not get.
      ...(context.config.posture === 'advisory' &&
      protectedData.legal.length + protectedData.own.length > 0 &&
      context.table.classesFor(null).length === 0
        ? [
            ' ',
            ...say(context, 'approved-tools.unlisted-protected', {
              legal: protectedData.legal.length > 0 ? 'yes' : 'no',
              protected: orList(context, protectedData.legal),
              own: protectedData.own.length > 0 ? 'yes' : 'no',
              classes: orList(context, protectedData.own),
            }),
          ]
        : []),
    ),
  ];
  // The vendor review stands in its own paragraph, so its citations cover it alone and not the
  // organization's rule on unlisted tools before it, which takes the posture's voice.
  const vendorReview = dutySentence('vendor-review');
  if (vendorReview.length > 0) blocks.push(paragraph(...vendorReview));
  if (duties.has('accounts')) blocks.push(paragraph(...dutySentence('accounts')));

  if (config.prohibitedTools.length > 0) {
    blocks.push(
      heading(1, sayText(context, 'approved-tools.prohibited-heading')),
      paragraph(...say(context, 'approved-tools.prohibited-intro')),
      bulletList(
        config.prohibitedTools.map((entry) =>
          typeof entry === 'string'
            ? [strong(entry)]
            : [strong(entry.name), entry.reason ? `${punctuate(':', context.locale)} ${entry.reason}` : ''],
        ),
      ),
    );
  }

  const training = dutySentence('training');
  if (training.length > 0) {
    blocks.push(heading(1, sayText(context, 'approved-tools.training-heading')), paragraph(...training));
    // When to take it is the organization's own choice, in its posture's voice even where a law makes the
    // training binding: a paragraph of its own, so the law's citation does not cover it.
    const timing = trainingTiming(context);
    if (timing.length > 0) blocks.push(paragraph(...timing));
  }

  const {encouraged} = config.useCases;
  if (encouraged.length > 0) {
    blocks.push(
      heading(1, sayText(context, 'approved-tools.encouraged-heading')),
      bulletList(encouraged.map((useCase) => [useCase])),
    );
  }
  const prohibitions = (['prohibited-practices', 'automated-decisions', 'prohibited-uses'] as const)
    .map(dutySentence)
    .filter((sentence) => sentence.length > 0);
  if (prohibitions.length > 0) {
    blocks.push(
      heading(1, sayText(context, 'approved-tools.prohibited-uses-heading')),
      bulletList(prohibitions),
    );
  }

  return {
    title: sayText(context, 'approved-tools.title'),
    summary: sayText(context, 'approved-tools.summary'),
    blocks,
  };
};
