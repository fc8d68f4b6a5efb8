import {bulletList, code, heading, type InlineInput} from '../inline.js';
import type {Block} from '../model.js';
import type {SectionBuilder} from './section.js';

export const codeReview: SectionBuilder = ({config, wording}) => {
  const rules: InlineInput[][] = [
    [
      `AI-generated code ${wording.must} meet the same review bar as code written by hand: a person other than the author reviews it before it merges to a protected branch.`,
    ],
    [
      `The person who submits AI-generated code owns it: its correctness, its security and its licensing. "The AI wrote it" does not move that responsibility.`,
    ],
    [
      `Generated code that looks copied from an identifiable third-party project ${wording.must} be checked for license compatibility before it is merged, or rewritten.`,
    ],
    [
      `Generated tests ${wording.must} be read as critically as generated code: a test that asserts what the code happens to do proves nothing.`,
    ],
  ];
  const disclosure: InlineInput[][] = [];
  if (config.disclosure.commitTrailer) {
    disclosure.push([
      `Commits with substantial AI-generated content ${wording.must} carry the trailer `,
      code(config.disclosure.commitTrailer),
      '.',
    ]);
  }
  if (config.disclosure.pullRequests) {
    disclosure.push([
      `Pull request descriptions ${wording.must} say which parts were AI-generated, so reviewers can adjust their attention.`,
    ]);
  }
  if (config.disclosure.publishedContent) {
    disclosure.push([
      `Content published under ${config.organization}'s name (blog posts, documentation, papers) ${wording.must} disclose substantial AI generation unless a person has edited and taken responsibility for it.`,
    ]);
  }
  if (config.disclosure.customerFacing) {
    disclosure.push([
      `Customers ${wording.must} be told when they are interacting with an AI system rather than a person.`,
    ]);
  }
  const blocks: Block[] = [bulletList(rules)];
  if (disclosure.length > 0) blocks.push(heading(1, 'Disclosing AI use'), bulletList(disclosure));
  return {
    title: 'Code review and ownership',
    summary: 'How AI-generated code is reviewed, who owns it, and when AI use is disclosed.',
    blocks,
  };
};
