/**
 * One answer everywhere: for thousands of random configs, every statement the policy makes about which
 * data may reach which tool agrees with the decision table, and the Markdown page, the section embed, the
 * React page and the JSON download all say the same thing.
 *
 * The rules are restated here by hand (`expectedAllowed`), from the decision table in docs/decisions.md, so the
 * engine's table is checked against an independent reading of the rules, not against itself.
 */
/// <reference path="../theme/theme-ai-policy.d.ts" />
import fc from 'fast-check';
import type {Table} from 'mdast';
import {describe, expect, it} from 'vitest';
import {stringify} from 'yaml';
import {parsePolicyConfig} from '../src/config/parse.js';
import {buildPolicyDocument} from '../src/engine/build.js';
import {inlineText} from '../src/engine/inline.js';
import type {PolicyDocument} from '../src/engine/model.js';
import {renderPolicyJson} from '../src/render/json.js';
import {renderPolicyMarkdown, renderSectionMarkdown} from '../src/render/markdown.js';
import type {Block, Claim, Inline} from '../src/vocabulary/document-nodes.js';
import {nodesOfType, parseMarkdown, tableCells, textOf} from './support/policy.js';
import {
  type Agreement,
  configs,
  expectedAllowed,
  expectedRule,
  governedByHardRule,
} from './support/random-policy.js';
import {mockSiteModules, renderDocumentHtml} from './support/theme.js';

mockSiteModules();

/** Every claim in the model, with the plain text of its words. */
function claimsOf(document: PolicyDocument): Array<{claim: Claim; text: string}> {
  const found: Array<{claim: Claim; text: string}> = [];
  const walkInlines = (inlines: Inline[]) => {
    for (const inline of inlines) {
      if (inline.type === 'claim') found.push({claim: inline.claim, text: inlineText(inline.children)});
      if ('children' in inline) walkInlines(inline.children);
    }
  };
  const walkBlocks = (blocks: Block[]) => {
    for (const block of blocks) {
      if (block.type === 'paragraph' || block.type === 'heading') walkInlines(block.children);
      else if (block.type === 'list') for (const item of block.items) walkBlocks(item);
      else if (block.type === 'table')
        for (const row of block.rows) for (const cell of row) walkInlines(cell);
      else if (block.type === 'note' || block.type === 'blockquote') walkBlocks(block.children);
    }
  };
  for (const section of document.sections) walkBlocks(section.blocks);
  return found;
}

/** A table of rendered Markdown, as cell texts, found by its first header cell. */
function markdownTable(tree: ReturnType<typeof parseMarkdown>, firstHeader: string): string[][] {
  const tables = nodesOfType(tree, 'table') as Table[];
  return tables.map(tableCells).find((cells) => cells[0]![0] === firstHeader)!;
}

/** The tool x class matrix of the React page: [row header, then data-allowed per cell]. */
function htmlMatrix(html: string): string[][] {
  const table = html.slice(html.indexOf('ai-policy-tool-matrix'));
  const body = table.slice(table.indexOf('<tbody>'), table.indexOf('</tbody>'));
  return [...body.matchAll(/<tr>(.*?)<\/tr>/g)].map(([, row]) => [
    /<th scope="row">(?:<strong>)?(.*?)(?:<\/strong>)?<\/th>/.exec(row!)![1]!,
    ...[...row!.matchAll(/data-allowed="(true|false)"/g)].map((match) => match[1]!),
  ]);
}

/** Each run renders and re-parses the whole policy; 400 runs take about a minute on two cores. */
const RUNS = 400;

/** The rules that tightened a class, as the class table names them: "HIPAA and GDPR", "the credentials rule". */
function tightenedBy(rules: readonly string[]): string {
  const names = rules.map(
    (rule) => ({credentials: 'the credentials rule', 'PCI DSS': 'our PCI DSS rule'})[rule] ?? rule,
  );
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

describe('one answer everywhere', () => {
  it('every claim, table, embed and export agrees with the decision table and with the rules', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(configs, async (input) => {
        runs++;
        const parsed = parsePolicyConfig(stringify(input), 'ai-policy.yml');
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
        const {config} = parsed;
        const document = buildPolicyDocument(config);
        const json = JSON.parse(renderPolicyJson(document));
        const rank = new Map(config.dataClasses.map((dataClass, index) => [dataClass.id, index]));

        // 1. The JSON decisions follow the rules, cell by cell.
        const allowedIn = new Map<string | null, string[]>();
        for (const tool of config.tools) {
          const ceiling = tool.maxDataClass === undefined ? Infinity : rank.get(tool.maxDataClass)!;
          const classes = config.dataClasses
            .map((dataClass, index) => ({dataClass, index}))
            .filter(({index}) => expectedAllowed(config, tool.agreement, ceiling, index))
            .map(({dataClass}) => dataClass.id);
          allowedIn.set(tool.name, classes);
          for (const dataClass of config.dataClasses) {
            const decision = json.decisions.find(
              (d: {tool: string; dataClass: string}) => d.tool === tool.name && d.dataClass === dataClass.id,
            );
            expect(decision.allowed, `${tool.name} x ${dataClass.id}`).toBe(classes.includes(dataClass.id));
          }
        }
        const unlistedCeiling =
          config.unlistedTools.maxDataClass === null ? -1 : rank.get(config.unlistedTools.maxDataClass)!;
        const unlisted = config.dataClasses
          .filter((_, index) => expectedAllowed(config, ['none'], unlistedCeiling, index))
          .map((dataClass) => dataClass.id);
        allowedIn.set(null, unlisted);
        expect(
          json.unlistedTools.decisions
            .filter((d: {allowed: boolean}) => d.allowed)
            .map((d: {dataClass: string}) => d.dataClass),
        ).toEqual(unlisted);
        const recipientsOf = (classId: string) =>
          config.tools.filter((tool) => allowedIn.get(tool.name)!.includes(classId)).map((tool) => tool.name);

        // 2. Every claim in the text says what the table says, and its words name exactly what it claims.
        const claims = claimsOf(document);
        const toolNames = config.tools.map((tool) => tool.name);
        const classNames = new Map(config.dataClasses.map((dataClass) => [dataClass.id, dataClass.name]));
        for (const {claim, text} of claims) {
          if (claim.kind === 'class-recipients') {
            expect(claim.tools, text).toEqual(recipientsOf(claim.dataClass));
            expect(claim.unlisted, text).toBe(unlisted.includes(claim.dataClass));
            expect(
              toolNames.filter((name) => text.includes(name)),
              text,
            ).toEqual(claim.tools);
          } else {
            expect(claim.classes, text).toEqual(allowedIn.get(claim.tool));
            const named = config.dataClasses.filter((c) => text.includes(c.name)).map((c) => c.id);
            expect(named, text).toEqual(claim.classes);
          }
        }
        // The tools not on the list are spoken for in words; every tool and class is in the matrix (below).
        expect(claims.some(({claim}) => claim.kind === 'tool-classes' && claim.tool === null)).toBe(true);

        // 3. The Markdown page and the section embed show the same matrix, matching the JSON.
        const pageTree = parseMarkdown(renderPolicyMarkdown(document));
        const page = markdownTable(pageTree, 'Tool');
        const embed = parseMarkdown(renderSectionMarkdown(document, 'data-classification'));
        expect(markdownTable(embed, 'Tool')).toEqual(page);
        // "Other tools, not prohibited" only when some tool is prohibited: otherwise the qualifier says nothing.
        const prohibits = config.prohibitedTools.length > 0;
        const otherTools = prohibits ? 'Other tools, not prohibited' : 'Other tools';
        expect(page.at(-1)![0]).toBe(otherTools);
        for (const row of page.slice(1)) {
          const tool = row[0] === otherTools ? null : row[0]!;
          row.slice(1).forEach((cell, index) => {
            const classId = config.dataClasses[index]!.id;
            expect(cell.startsWith('Allowed'), `${row[0]} x ${classId}: ${cell}`).toBe(
              allowedIn.get(tool)!.includes(classId),
            );
          });
        }
        // The class table's rule is the effective rule: the written rule with every hard rule that applies,
        // naming the rules that tightened it, and the matrix applies exactly that rule to every tool.
        const classTable = markdownTable(pageTree, 'Data class');
        const ruleColumn = classTable[0]!.indexOf('Rule');
        const selfHosted = config.tools.some((tool) => tool.agreement.includes('self-hosted'));
        classTable.slice(1).forEach((row, index) => {
          const dataClass = config.dataClasses[index]!;
          const expected = expectedRule(config, index);
          const cell = row[ruleColumn]!;
          const words = expected.never
            ? 'Never'
            : ({'': 'Any approved tool', enterprise: 'Enterprise agreement only', baa: 'BAA only'}[
                expected.requires.join()
              ] ?? 'Enterprise agreement and BAA') +
              (selfHosted && expected.requires.length > 0 ? ', or self-hosted' : '');
          const written = {
            'any-approved-tool': 'Any approved tool',
            'enterprise-agreement-only': 'Enterprise agreement only',
            'baa-only': 'BAA only',
            never: 'Never',
          }[dataClass.rule];
          // A class the row "Other tools" opens goes to any tool not prohibited, and the class table says so.
          const label =
            !expected.never && expected.requires.length === 0 && unlisted.includes(dataClass.id)
              ? prohibits
                ? 'Any tool not prohibited'
                : 'Any tool'
              : expected.by.length === 0 && !(selfHosted && expected.requires.length > 0)
                ? written
                : `${words}${expected.by.length > 0 ? ` (tightened by ${tightenedBy(expected.by)})` : ''}`;
          expect(cell, dataClass.id).toBe(label);
          const effective = json.dataClasses[index].effectiveRule;
          expect({never: effective.never, requires: effective.requires}, dataClass.id).toEqual({
            never: expected.never,
            requires: expected.requires,
          });
          // The rule a DLP tool would build from `effectiveRule` is the matrix's answer for every tool.
          for (const tool of config.tools) {
            const ceiling = tool.maxDataClass === undefined ? Infinity : rank.get(tool.maxDataClass)!;
            const byRule =
              !effective.never &&
              (tool.agreement.includes('self-hosted') ||
                effective.requires.every((agreement: Agreement) => tool.agreement.includes(agreement))) &&
              index <= ceiling;
            expect(byRule, `${tool.name} x ${dataClass.id}`).toBe(
              allowedIn.get(tool.name)!.includes(dataClass.id),
            );
          }
        });

        // 3b. The sentence on tools not on the list says what the matrix row "Other tools" says, and the
        // new-tool sentence grants nothing.
        const toolsSection = textOf(parseMarkdown(renderSectionMarkdown(document, 'approved-tools')));
        const unlistedRow = page.find((row) => row[0] === otherTools)!;
        const openToUnlisted = unlistedRow.slice(1).filter((cell) => cell.startsWith('Allowed')).length;
        if (openToUnlisted === 0) {
          expect(toolsSection).toMatch(/Any other AI tool (must|should) not receive/);
          expect(toolsSection).not.toMatch(/may receive only/);
        } else {
          expect(toolsSection).toMatch(
            prohibits
              ? /any other AI tool that is not prohibited may receive only/
              : /any other AI tool may receive only/,
          );
          expect(toolsSection).not.toMatch(/Any other AI tool (must|should) not receive/);
        }
        expect(toolsSection).not.toMatch(/New tools[^.]*may receive/);

        // 3c. The register: a row opening a closed class (one a hard rule governs, or whose own rule is
        // "never") to some tool is a `check` error at that row, and neither it nor a row that ended before
        // the policy took effect is on the page. The exceptions sentence names exactly those classes.
        const closed = config.dataClasses.filter(
          (dataClass, index) =>
            dataClass.rule === 'never' ||
            expectedRule(config, index).by.length > 0 ||
            governedByHardRule(config, index),
        );
        const waiverLine = renderSectionMarkdown(document, 'incidents-and-exceptions')
          .split('\n')
          .find((line) => line.includes('None can waive'))!;
        const named = [...waiverLine.matchAll(/\*\*([^*]+)\*\*/g)].map((match) => match[1]);
        expect(named, waiverLine).toEqual(closed.map((dataClass) => dataClass.name));
        for (const [row, exception] of config.exceptions.granted.entries()) {
          const index = config.dataClasses.findIndex((c) => c.id === exception.dataClasses[0]);
          const governed = closed.includes(config.dataClasses[index]!);
          const refused = config.tools.some(
            (tool) => !allowedIn.get(tool.name)!.includes(exception.dataClasses[0]!),
          );
          const errors = document.findings.filter(
            (finding) => finding.severity === 'error' && finding.path === `exceptions.granted[${row}]`,
          );
          expect(errors.length, JSON.stringify(exception)).toBe(governed && refused ? 1 : 0);
          const register = textOf(parseMarkdown(renderSectionMarkdown(document, 'incidents-and-exceptions')));
          // A row that ended before the policy, or that would waive a hard rule, is not on the page.
          expect(register.includes('Team Z')).toBe(
            exception.expires >= config.effectiveDate && !(governed && refused),
          );
          expect(json.exceptions.granted[row].expired).toBe(exception.expires < config.effectiveDate);
        }

        // 4. The React page shows the same decisions as the JSON, by status.
        const html = await renderDocumentHtml(document);
        for (const [header, ...cells] of htmlMatrix(html)) {
          const tool = header === otherTools ? null : header!;
          expect(cells).toEqual(
            config.dataClasses.map((dataClass) => String(allowedIn.get(tool)!.includes(dataClass.id))),
          );
        }
        expect(textOf(pageTree)).toContain(classNames.get('class-0')!);
      }),
      {numRuns: RUNS},
    );
    expect(runs).toBe(RUNS);
  }, 600_000);
});

/** The cases counsel found, each as the reader meets it: page text, matrix, JSON and `ai-policy check`. */
describe('the contradictions counsel found', () => {
  const BASE = {organization: 'Acme', effectiveDate: '2026-06-15'};
  const build = (input: Record<string, unknown>) => {
    const parsed = parsePolicyConfig(stringify(input), 'ai-policy.yml');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const document = buildPolicyDocument(parsed.config);
    const markdown = renderPolicyMarkdown(document);
    const plain = textOf(parseMarkdown(markdown));
    const json = JSON.parse(renderPolicyJson(document));
    const decision = (tool: string, dataClass: string) =>
      json.decisions.find(
        (d: {tool: string; dataClass: string}) => d.tool === tool && d.dataClass === dataClass,
      );
    const matrix = markdownTable(parseMarkdown(markdown), 'Tool');
    const cell = (tool: string, column: number) => matrix.find((row) => row[0] === tool)![column];
    const section = (id: string) => textOf(parseMarkdown(renderSectionMarkdown(document, id)));
    return {document, plain, decision, cell, section, findings: document.findings};
  };

  it('HIPAA: PHI open to enterprise tools reaches only the BAA tool, everywhere', () => {
    const policy = build({
      ...BASE,
      compliance: ['hipaa'],
      tools: [
        {name: 'Copilot', agreement: 'enterprise'},
        {name: 'Claude', agreement: ['enterprise', 'baa']},
      ],
      dataClasses: [
        {id: 'phi', name: 'Patient records', rule: 'enterprise-agreement-only', categories: ['phi']},
      ],
    });
    // The HIPAA sentence states the law; the matrix alone says which tools take PHI.
    expect(policy.section('hipaa')).toContain(
      'PHI must go only into AI tools under a business associate agreement (BAA).',
    );
    expect(policy.section('hipaa')).not.toMatch(/Copilot|Claude/);
    expect(policy.section('hipaa')).not.toMatch(/may go only into/);
    expect(policy.section('approved-tools')).toContain('Copilot: enterprise agreement.');
    expect(policy.cell('Copilot', 1)).toBe('No: HIPAA needs a BAA');
    expect(policy.cell('Claude', 1)).toBe('Allowed');
    expect(policy.decision('Copilot', 'phi')).toEqual({
      tool: 'Copilot',
      dataClass: 'phi',
      allowed: false,
      reason: 'hipaa-needs-baa',
    });
    expect(policy.findings).toContainEqual(
      expect.objectContaining({code: 'phi-without-baa', path: 'dataClasses[0].rule'}),
    );
  });

  it('GDPR with the default classes: personal data goes nowhere, and no sentence reads as permission', () => {
    const policy = build({
      ...BASE,
      compliance: ['gdpr'],
      tools: [
        {name: 'Claude', agreement: 'enterprise'},
        {name: 'Copilot', agreement: 'enterprise'},
      ],
    });
    expect(policy.section('gdpr')).toContain(
      'Personal data (Customer data, PII, credentials and secrets) must not go into any AI tool: our own rule',
    );
    expect(policy.section('gdpr')).not.toMatch(/may go only into/);
    expect(policy.section('gdpr')).not.toMatch(/only .*have such terms/);
  });

  it('GDPR: personal data open to any tool stays out of a tool with no agreement', () => {
    const policy = build({
      ...BASE,
      compliance: ['gdpr'],
      tools: [
        {name: 'Free Bot', agreement: 'none'},
        {name: 'Claude', agreement: 'enterprise'},
      ],
      dataClasses: [
        {id: 'people', name: 'People data', rule: 'any-approved-tool', categories: ['personal-data']},
      ],
    });
    expect(policy.decision('Free Bot', 'people').reason).toBe('gdpr-needs-dpa');
    expect(policy.cell('Free Bot', 1)).toBe('No: GDPR needs a processing agreement');
    expect(policy.cell('Claude', 1)).toBe('Allowed');
    expect(policy.section('gdpr')).toContain(
      'Personal data must go only to AI vendors under Art. 28 processor terms.',
    );
    expect(policy.section('gdpr')).not.toMatch(/Free Bot|Claude/);
    expect(policy.section('approved-tools')).toContain('Free Bot: no agreement.');
  });

  it('GDPR Art. 32 cites its own test; the retention and training settings are said once, as our rule', () => {
    const policy = build({...BASE, compliance: ['gdpr'], tools: [{name: 'Claude', agreement: 'enterprise'}]});
    expect(policy.section('approved-tools')).not.toMatch(/shortest retention/);
    expect(policy.section('gdpr')).toContain(
      'Our own rule: approved AI tools must be used only through accounts Acme manages, and each tool must keep its shortest retention and opt out of model training. Beyond that, security must fit the risk.',
    );
    // No sentence of the policy says what is logged, so the regime line does not name logs.
    expect(policy.section('gdpr')).not.toMatch(/Also required: .*logs/);
  });

  it('a BAA is not a data-processing agreement: PHI that is also personal data needs both', () => {
    const policy = build({
      ...BASE,
      compliance: ['hipaa', 'gdpr'],
      tools: [
        {name: 'BAA Only', agreement: 'baa'},
        {name: 'Both', agreement: ['enterprise', 'baa']},
      ],
      dataClasses: [{id: 'phi', name: 'PHI', rule: 'baa-only', categories: ['phi', 'personal-data']}],
    });
    expect(policy.decision('BAA Only', 'phi').reason).toBe('gdpr-needs-dpa');
    expect(policy.decision('Both', 'phi').allowed).toBe(true);
    expect(policy.plain).not.toMatch(/BAA Only[^.]*(may|May) receive: PHI/);
  });

  it('PCI DSS and credentials: never, whatever the class rule says', () => {
    const policy = build({
      ...BASE,
      compliance: ['pci-dss'],
      tools: [{name: 'Copilot', agreement: 'enterprise'}],
      dataClasses: [
        {id: 'cards', name: 'Card data', rule: 'enterprise-agreement-only', categories: ['cardholder-data']},
        {id: 'keys', name: 'Keys', rule: 'enterprise-agreement-only', categories: ['credentials']},
      ],
    });
    expect(policy.cell('Copilot', 1)).toBe('No: PCI DSS');
    expect(policy.cell('Copilot', 2)).toBe('No: credentials');
    expect(policy.findings.map((finding) => finding.code)).toEqual(
      expect.arrayContaining(['cardholder-data-allowed', 'credentials-allowed']),
    );
    // What must exist, not a claim that a control exists.
    expect(policy.plain).toContain('Secret scanning must run in pre-commit hooks and CI');
    expect(policy.plain).not.toMatch(/are also caught by/);
  });

  it('PHI that never goes anywhere gets no sentence about PHI inside a BAA tool', () => {
    const policy = build({
      ...BASE,
      compliance: ['hipaa'],
      tools: [{name: 'Claude', agreement: 'baa'}],
      dataClasses: [{id: 'phi', name: 'PHI', rule: 'never', categories: ['phi']}],
    });
    expect(policy.cell('Claude', 1)).toBe('No: never');
    expect(policy.section('hipaa')).not.toMatch(/may go only into/);
    expect(policy.section('hipaa')).toContain('PHI (PHI) must not go into any AI tool: our own rule');
    expect(policy.section('hipaa')).not.toContain('Even in a tool covered by a BAA');
  });

  it('unlisted tools: one answer in the tool list, the matrix and ISO 27001', () => {
    const policy = build({
      ...BASE,
      compliance: ['iso27001'],
      tools: [{name: 'Copilot', agreement: 'enterprise'}],
      unlistedTools: {maxDataClass: 'public'},
    });
    expect(policy.plain).not.toContain('must not go into any other AI tool');
    expect(policy.plain).toContain(
      'Until it is approved as a new tool, any other AI tool may receive only Public data and open-source code.',
    );
    expect(policy.cell('Other tools', 1)).toBe('Allowed');
    expect(policy.section('iso27001')).not.toMatch(/block unapproved AI services/);
  });

  it('a lenient class after a strict one is reported, not silently refused', () => {
    const policy = build({
      ...BASE,
      tools: [{name: 'Copilot', agreement: 'enterprise', maxDataClass: 'secret'}],
      dataClasses: [
        {id: 'secret', name: 'Secret', rule: 'never'},
        {id: 'docs', name: 'Docs', rule: 'any-approved-tool'},
      ],
    });
    expect(policy.cell('Copilot', 2)).toBe('No: tool limit');
    expect(policy.findings).toContainEqual(
      expect.objectContaining({code: 'class-order', path: 'dataClasses[1]'}),
    );
  });

  it('advisory posture keeps legal duties binding', () => {
    const policy = build({
      ...BASE,
      posture: 'advisory',
      compliance: ['hipaa'],
      tools: [{name: 'Claude', agreement: 'baa'}],
    });
    expect(policy.section('purpose-and-scope')).toContain(
      'a violation of them must lead to sanctions under the disciplinary process',
    );
    expect(policy.section('hipaa')).toMatch(/must notify the covered entity without unreasonable delay/);
    // The duties HIPAA shares with the rest of the policy say "must" where they are said, whatever the posture.
    expect(policy.section('approved-tools')).toMatch(/Everyone covered, managers included, must complete/);
    expect(policy.section('incidents-and-exceptions')).toMatch(
      /must be reported to the security team at once.*Each incident must be handled and documented/,
    );
    expect(policy.plain).not.toMatch(/not disciplinary/);
    expect(policy.section('approved-tools')).toMatch(/\bshould\b/);
  });

  it('a minimal HIPAA config gets PHI in the restricted class and required training, and no finding', () => {
    const policy = build({
      ...BASE,
      compliance: ['hipaa'],
      tools: [{name: 'Claude', agreement: ['enterprise', 'baa']}],
    });
    expect(policy.document.facts.dataClasses[2]!.categories).toContain('phi');
    expect(policy.document.facts.training.required).toBe(true);
    expect(policy.findings).toEqual([]);
  });
});
