import {decideLink, linkInlines} from '../config-links.js';
import {classesForUnlistedTools} from '../decisions.js';
import {bulletList, emphasis, heading, type InlineInput, paragraph, strong} from '../inline.js';
import {AGREEMENT_LABELS} from '../labels.js';
import type {Block} from '../model.js';
import type {SectionBuilder} from './section.js';

export const approvedTools: SectionBuilder = (context) => {
  const {config, wording} = context;
  const className = (id: string) => config.dataClasses.find((dataClass) => dataClass.id === id)?.name ?? id;
  const blocks: Block[] = [
    paragraph(
      `The tools below are approved for work at ${config.organization}. Company data and code ${wording.mustNot} go into any other AI tool, `,
      'because a sanctioned tool with the right contract is the only place we know what happens to it.',
    ),
    bulletList(
      config.tools.map((tool) => {
        const allowed = context.decisions
          .filter((d) => d.tool === tool.name && d.allowed)
          .map((d) => className(d.dataClass));
        const name: InlineInput[] = tool.url
          ? linkInlines(decideLink(tool.url, config.links.externalHosts), [strong(tool.name)], tool.url)
          : [strong(tool.name)];
        return [
          ...name,
          tool.vendor ? ` (${tool.vendor})` : '',
          `, under ${AGREEMENT_LABELS[tool.agreement]}. `,
          allowed.length > 0
            ? `May receive: ${allowed.join('; ')}.`
            : 'May receive no classified company data.',
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

  const unlisted = classesForUnlistedTools(config);
  blocks.push(
    heading(1, 'Tools not on this list'),
    unlisted.length === 0
      ? paragraph(
          `AI tools that are not listed above ${wording.mustNot} receive company data or code of any class.`,
        )
      : paragraph(
          `AI tools that are not listed above may receive only ${unlisted.map(className).join('; ')}; `,
          `anything more sensitive ${wording.must} stay in an approved tool.`,
        ),
    paragraph(
      `To propose a new tool, request a security review`,
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
