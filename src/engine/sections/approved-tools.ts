import {punctuate} from '../../vocabulary/locale-format.js';
import type {DraftBlock} from '../anchors.js';
import {toolClassesClaim} from '../claims.js';
import {decideLink, linkInlines} from '../config-links.js';
import {type DutyId, dutySaidIn} from '../duties.js';
import {bulletList, emphasis, heading, type InlineInput, paragraph, strong} from '../inline.js';
import {say, sayText} from '../messages.js';
import {agreementsPhrase, setByMarker} from '../phrases.js';
import type {SectionBuilder} from './section.js';

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

  const blocks: DraftBlock[] = [
    paragraph(...say(context, 'approved-tools.intro')),
    bulletList(config.tools.map(toolItem)),
    paragraph(
      toolClassesClaim(context, null, (classes) =>
        classes.length === 0
          ? say(context, 'approved-tools.unlisted-nothing')
          : say(context, 'approved-tools.unlisted-some', {classes: classList(classes)}),
      ),
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
