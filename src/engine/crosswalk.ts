import type {LintFinding} from '../vocabulary/lint-finding.js';
import {CROSSWALK_SECTION_ID} from '../vocabulary/section-order.js';
import {anchorBlocks, type DraftBlock} from './anchors.js';
import {labelledCitation} from './citations.js';
import type {PolicyContext} from './context.js';
import {
  CONTROL_FRAMEWORKS,
  controlsFor,
  ORGANIZATION_RULES,
  oscalControlId,
  selectedFrameworks,
} from './controls/index.js';
import {citation, code, paragraph, strong} from './inline.js';
import {type MessageId, sayText} from './messages.js';
import type {
  ClauseReference,
  CrosswalkFramework,
  CrosswalkItem,
  FrameworkId,
  OrganizationRuleReference,
  PolicySection,
} from './model.js';

import {REGIMES} from './regimes/index.js';
import {clauseText} from './sections/regime-section.js';

/** The frameworks this config answers to: the selected regimes' and those that need none. */
export function policyFrameworks(context: PolicyContext): FrameworkId[] {
  return selectedFrameworks(context.config.compliance).map((framework) => framework.id);
}

/** The organization rules whose section the policy has, with their controls in the selected frameworks. */
export function organizationRules(
  context: PolicyContext,
  sections: readonly PolicySection[],
): OrganizationRuleReference[] {
  const frameworks = policyFrameworks(context);
  const present = new Set(sections.map((section) => section.id));
  return ORGANIZATION_RULES.filter((rule) => present.has(rule.section)).map((rule) => ({
    id: rule.id,
    section: rule.section,
    controls: controlsFor(rule.id, frameworks),
  }));
}

/**
 * Framework → control → the clauses and rules of this policy that address it, and the controls in scope that
 * nothing addresses. Controls are listed in the framework's scope order; every sentence is the one the
 * policy says.
 */
export function buildCrosswalk(
  context: PolicyContext,
  clauses: readonly ClauseReference[],
  rules: readonly OrganizationRuleReference[],
  sections: readonly PolicySection[],
): CrosswalkFramework[] {
  const present = new Set(sections.map((section) => section.id));
  const items: Array<{item: Omit<CrosswalkItem, 'relation'>; controls: ClauseReference['controls']}> = [
    ...clauses.map((clause) => {
      const regime = REGIMES[clause.regime];
      const definition = regime.clauses.find((candidate) => candidate.id === clause.id)!;
      // A clause that imposes a shared duty is said in that duty's section, not its regime's.
      const home = definition.duty ? (context.duties.get(definition.duty)?.section ?? null) : regime.id;
      return {
        item: {
          id: clause.id,
          kind: 'clause' as const,
          section: home !== null && present.has(home) ? home : null,
          citation: labelledCitation(
            sayText(context, `${regime.id}.label` as MessageId),
            definition.citation,
            context.locale,
          ),
          statement: clauseText(regime, definition, context),
        },
        controls: clause.controls,
      };
    }),
    ...rules.map((rule) => {
      const definition = ORGANIZATION_RULES.find((candidate) => candidate.id === rule.id)!;
      return {
        item: {
          id: rule.id,
          kind: 'rule' as const,
          section: rule.section,
          citation: null,
          statement: sayText(context, definition.message),
        },
        controls: rule.controls,
      };
    }),
  ];

  // What addresses each control, by framework and control id, in the order of the items and their mappings:
  // one pass over the items instead of one per control in scope.
  const addressedByControl = new Map<string, CrosswalkItem[]>();
  for (const {item, controls} of items) {
    for (const mapping of controls) {
      const key = `${mapping.framework} ${mapping.control}`;
      let addressedBy = addressedByControl.get(key);
      if (!addressedBy) {
        addressedBy = [];
        addressedByControl.set(key, addressedBy);
      }
      addressedBy.push({...item, relation: mapping.relation});
    }
  }

  return policyFrameworks(context).map((id) => {
    const framework = CONTROL_FRAMEWORKS[id];
    const addressed = framework.scope.map(([control, title]) => ({
      id: control,
      title,
      oscalId: oscalControlId(id, control),
      addressedBy: addressedByControl.get(`${id} ${control}`) ?? [],
    }));
    return {
      id,
      label: framework.label,
      edition: framework.edition,
      voluntary: framework.voluntary,
      source: framework.source,
      oscalSource: framework.oscalSource,
      controls: addressed.filter((control) => control.addressedBy.length > 0),
      gaps: addressed
        .filter((control) => control.addressedBy.length === 0)
        .map(({id: control, title}) => ({
          id: control,
          title,
          disabledSections: [
            ...new Set(
              ORGANIZATION_RULES.filter(
                (rule) =>
                  !present.has(rule.section) &&
                  controlsFor(rule.id, [id]).some((mapping) => mapping.control === control),
              ).map((rule) => rule.section),
            ),
          ],
        })),
    };
  });
}

/**
 * `control-gap`: controls of a selected framework that the policy would address but this config leaves
 * uncovered, because the sections whose rules address them are disabled; one finding per framework.
 * Controls no rule or clause of the package addresses are gaps on the crosswalk page, not findings: a
 * warning that no config can clear would be on every build and teach readers to skip warnings.
 * Voluntary frameworks only with `controlGaps: all`; none with `controlGaps: none`.
 */
export function findControlGaps(
  context: PolicyContext,
  crosswalk: readonly CrosswalkFramework[],
): LintFinding[] {
  const {controlGaps} = context.config;
  if (controlGaps === 'none') return [];
  return crosswalk
    .filter((framework) => controlGaps === 'all' || !framework.voluntary)
    .flatMap((framework): LintFinding[] => {
      const lost = framework.gaps.filter((gap) => gap.disabledSections.length > 0);
      if (lost.length === 0) return [];
      const controls = lost.map((gap) => `${gap.id} (${gap.title})`).join(', ');
      const sections = [...new Set(lost.flatMap((gap) => gap.disabledSections))].map((id) => `\`${id}\``);
      return [
        {
          code: 'control-gap',
          severity: 'warning',
          // The framework's name, each control's id and title and the config's words are data, as written.
          message: sayText(context, 'lint.control-gap', {
            framework: framework.label,
            controls,
            sections: sections.join(', '),
            count: sections.length,
            disable: '`sections.disable`',
            none: '`controlGaps: none`',
          }),
          path: 'sections.disable',
          stale: false,
        },
      ];
    });
}

/**
 * The crosswalk as a section, for the directive and Markdown: per framework a heading, each control with the
 * duties that address it (relation, sentence, citation), then the gaps. Not one of the policy's sections: it
 * restates them by control, so the full page and its word count leave it out.
 */
export function crosswalkSection(
  context: PolicyContext,
  crosswalk: readonly CrosswalkFramework[],
): PolicySection {
  const blocks: DraftBlock[] = [paragraph(sayText(context, 'controls.intro'))];
  for (const framework of crosswalk) {
    blocks.push({
      type: 'heading',
      depth: 1,
      children: [
        {
          type: 'text',
          value: sayText(context, 'controls.framework', {
            framework: framework.label,
            edition: framework.edition,
          }),
        },
      ],
    });
    if (framework.controls.length > 0)
      blocks.push({
        type: 'list',
        ordered: false,
        items: framework.controls.map((control) => [
          paragraph(code(control.id), ` ${control.title}`),
          {
            type: 'list',
            ordered: false,
            items: control.addressedBy.map((item) => [
              paragraph(
                strong(sayText(context, `controls.relation.${item.relation}` as MessageId)),
                ` ${item.statement} `,
                citation(item.citation ?? item.id),
              ),
            ]),
          },
        ]),
      });
    if (framework.gaps.length > 0)
      blocks.push(
        paragraph(
          sayText(context, 'controls.gaps', {
            controls: framework.gaps.map((gap) => `${gap.id} (${gap.title})`).join(', '),
          }),
        ),
      );
  }
  return {
    id: CROSSWALK_SECTION_ID,
    kind: 'builtin',
    title: sayText(context, 'controls.title'),
    summary: sayText(context, 'controls.summary'),
    blocks: anchorBlocks(CROSSWALK_SECTION_ID, blocks),
  };
}
