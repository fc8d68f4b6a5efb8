import {toolClassesClaim} from '../claims.js';
import {bulletList, emphasis, heading, type InlineInput, joinNames, paragraph, strong} from '../inline.js';
import type {Block} from '../model.js';
import {agreementsPhrase} from '../phrases.js';
import {safeUrl} from '../safe-url.js';
import type {SectionBuilder} from './section.js';

export const approvedTools: SectionBuilder = (context) => {
  const {config, wording, className} = context;
  const blocks: Block[] = [
    paragraph(
      `The tools below are approved for work at ${config.organization}, each for the data classes listed with it. `,
      'A sanctioned tool with the right contract is the only place we know what happens to the data.',
    ),
    bulletList(
      config.tools.map((tool) => {
        const name: InlineInput =
          tool.url && safeUrl(tool.url)
            ? {type: 'link', url: safeUrl(tool.url)!, children: [strong(tool.name)]}
            : strong(tool.name);
        return [
          name,
          tool.vendor ? ` (${tool.vendor})` : '',
          tool.agreement.includes('none')
            ? ', with no agreement. '
            : `, under ${agreementsPhrase(tool.agreement)}. `,
          toolClassesClaim(context, tool.name, (classes) =>
            classes.length > 0
              ? [`May receive: ${classes.map(className).join('; ')}.`]
              : ['May receive no company data of any class.'],
          ),
          tool.conditions ? ' ' : '',
          tool.conditions ? emphasis(tool.conditions) : '',
        ];
      }),
    ),
  ];

  if (config.prohibitedTools.length > 0) {
    blocks.push(
      heading(1, 'Prohibited tools'),
      paragraph(
        `These tools ${wording.mustNot} be used with company data or code, even for data that is public:`,
      ),
      bulletList(
        config.prohibitedTools.map((entry) =>
          typeof entry === 'string'
            ? [strong(entry)]
            : [strong(entry.name), entry.reason ? `: ${entry.reason}` : ''],
        ),
      ),
    );
  }

  blocks.push(
    heading(1, 'Tools not on this list'),
    paragraph(
      toolClassesClaim(context, null, (classes) =>
        classes.length === 0
          ? [
              `AI tools that are not listed above ${wording.mustNot} receive company data or code of any class.`,
            ]
          : [
              `AI tools that are not listed above may receive only ${joinNames(classes.map(className))}; `,
              `anything more sensitive ${wording.must} stay in an approved tool.`,
            ],
      ),
    ),
    paragraph(
      `A new tool ${wording.must} pass a security review before its first use; request one`,
      config.toolReview.contact ? ` from ${config.toolReview.contact}` : '',
      `. Reviews aim to finish within ${config.toolReview.turnaround}, so that the approved route stays quicker than a workaround.`,
    ),
  );

  if (config.training.required) {
    const when =
      config.training.before === 'access'
        ? 'before their access to any AI tool is provisioned'
        : 'before they first use an AI tool for work';
    blocks.push(
      heading(1, 'Training'),
      paragraph(
        `Everyone covered by this policy ${wording.must} complete the AI tool training `,
        ...(config.training.course ? ['(', emphasis(config.training.course), ') '] : []),
        `${when}`,
        config.training.refresh ? `, and repeat it ${config.training.refresh}` : '',
        '.',
      ),
    );
  }

  const {encouraged, prohibited} = config.useCases;
  if (encouraged.length > 0) {
    blocks.push(heading(1, 'Encouraged uses'), bulletList(encouraged.map((useCase) => [useCase])));
  }
  if (prohibited.length > 0) {
    blocks.push(
      heading(1, 'Prohibited uses'),
      paragraph(`Whatever the tool, AI ${wording.mustNot} be used for:`),
      bulletList(prohibited.map((useCase) => [useCase])),
    );
  }

  return {
    title: 'Approved tools',
    summary: `The AI tools approved at ${config.organization}, what each may receive, and how to get a new tool approved.`,
    blocks,
  };
};
