import {translate} from '@docusaurus/Translate';
import {
  AGREEMENTS,
  BUDGET_PERIODS,
  DATA_CATEGORIES,
  DATA_CLASS_RULES,
  INDUSTRY_IDS,
  POSTURES,
  REGIME_IDS,
  REVIEW_CADENCES,
  TRAINING_MOMENTS,
} from 'docusaurus-plugin-ai-policy/builder/choices';
import {type ReactNode, useEffect, useRef} from 'react';
import {type Draft, type FieldPath, fieldId, listAt, pathName, valueAt} from './draft-state';
import {
  CheckboxesField,
  CheckboxField,
  type Choice,
  GroupMessages,
  LinesField,
  RadioField,
  SelectField,
  TextField,
  useForm,
} from './fields';
import styles from './styles.module.css';

/** One step of the form: the config keys it edits, so a problem is counted against the right step. */
export interface BuilderStep {
  id: string;
  title: string;
  keys: readonly string[];
  Fields: () => ReactNode;
}

/** The classes a draft has (the schema's three when it lists none), for the ceiling choices. */
const DEFAULT_CLASS_IDS = ['public', 'internal', 'restricted'];

function classChoices(draft: Draft): Choice[] {
  const classes = listAt(draft, ['dataClasses']);
  const ids =
    classes.length > 0
      ? classes
          .map((entry) => valueAt(entry, ['id']))
          .filter((id): id is string => typeof id === 'string' && id !== '')
      : DEFAULT_CLASS_IDS;
  return ids.map((id) => ({value: id, label: id}));
}

function agreementLabel(id: (typeof AGREEMENTS)[number]): string {
  switch (id) {
    case 'none':
      return translate({id: 'theme.aiPolicy.builder.agreement.none', message: 'No agreement'});
    case 'standard':
      return translate({id: 'theme.aiPolicy.builder.agreement.standard', message: "Vendor's standard terms"});
    case 'enterprise':
      return translate({
        id: 'theme.aiPolicy.builder.agreement.enterprise',
        message: 'Enterprise data agreement (no training on our data)',
      });
    case 'baa':
      return translate({
        id: 'theme.aiPolicy.builder.agreement.baa',
        message: 'HIPAA business associate agreement',
      });
    case 'self-hosted':
      return translate({
        id: 'theme.aiPolicy.builder.agreement.selfHosted',
        message: 'Self-hosted: the model runs on infrastructure we control',
      });
  }
}

/**
 * Focuses the first field of an item just added to a list, so a keyboard user lands where they type next.
 */
function useFocusAfterAdd(count: number, firstFieldOf: (index: number) => string) {
  const previous = useRef(count);
  useEffect(() => {
    if (count > previous.current) document.getElementById(firstFieldOf(count - 1))?.focus();
    previous.current = count;
  }, [count, firstFieldOf]);
}

/** "Add" and "Remove" for the items of a list field. */
function ListEditor({
  path,
  itemLegend,
  addLabel,
  removeLabel,
  newItem,
  firstField,
  children,
}: {
  path: FieldPath;
  itemLegend: (item: unknown, index: number) => string;
  addLabel: string;
  removeLabel: (item: unknown, index: number) => string;
  newItem: () => unknown;
  firstField: string;
  children: (itemPath: FieldPath, item: unknown, index: number) => ReactNode;
}): ReactNode {
  const {draft, update} = useForm();
  const items = listAt(draft, path);
  useFocusAfterAdd(items.length, (index) => fieldId([...path, index, firstField]));
  return (
    <div className={styles.list}>
      <GroupMessages path={path} />
      {items.map((item, index) => {
        const itemPath = [...path, index];
        return (
          // Index keys: items have no identity of their own until named, and are edited in place.
          <fieldset key={index} className={styles.item}>
            <legend className={styles.itemLegend}>{itemLegend(item, index)}</legend>
            <GroupMessages path={itemPath} />
            {children(itemPath, item, index)}
            <button
              type="button"
              className="button button--sm button--outline button--danger"
              onClick={() =>
                update(
                  path,
                  items.filter((_, other) => other !== index),
                )
              }
            >
              {removeLabel(item, index)}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button button--sm button--secondary"
        onClick={() => update(path, [...items, newItem()])}
      >
        {addLabel}
      </button>
    </div>
  );
}

function nameOf(item: unknown, fallback: string): string {
  const name = valueAt(item, ['name']);
  return typeof name === 'string' && name.trim() !== '' ? name : fallback;
}

function OrganizationStep(): ReactNode {
  const {labels} = useForm();
  return (
    <>
      <TextField
        path={['organization']}
        required
        label={translate({id: 'theme.aiPolicy.builder.organization.label', message: 'Organization'})}
        hint={translate({
          id: 'theme.aiPolicy.builder.organization.hint',
          message: 'The name the policy uses throughout.',
        })}
      />
      <SelectField
        path={['industry']}
        fallback="other"
        label={translate({id: 'theme.aiPolicy.builder.industry.label', message: 'Industry'})}
        hint={translate({
          id: 'theme.aiPolicy.builder.industry.hint',
          message:
            'Frames the purpose section: what is at stake differs for a hospital, a bank or a software company.',
        })}
        choices={INDUSTRY_IDS.map((id) => ({value: id, label: labels.industry[id] ?? id}))}
      />
      <TextField
        path={['owner']}
        label={translate({id: 'theme.aiPolicy.builder.owner.label', message: 'Policy owner'})}
        placeholder={translate({
          id: 'theme.aiPolicy.builder.placeholder.owner',
          message: 'Security team <security@example.com>',
          description: 'An example value in an empty field',
        })}
      />
      <TextField
        path={['effectiveDate']}
        type="date"
        required
        label={translate({id: 'theme.aiPolicy.builder.effectiveDate.label', message: 'Effective date'})}
      />
    </>
  );
}

function ComplianceStep(): ReactNode {
  const {labels} = useForm();
  return (
    <CheckboxesField
      path={['compliance']}
      legend={translate({id: 'theme.aiPolicy.builder.compliance.legend', message: 'Compliance regimes'})}
      hint={translate({
        id: 'theme.aiPolicy.builder.compliance.hint',
        message:
          'Each regime adds a section with its obligations for AI use, and its hard rules (PHI only under a BAA, no cardholder data) override the data rules.',
      })}
      choices={REGIME_IDS.map((id) => ({value: id, label: labels.regime[id] ?? id}))}
    />
  );
}

function ToolsStep(): ReactNode {
  const {draft} = useForm();
  const classes = classChoices(draft);
  const noCeiling = translate({
    id: 'theme.aiPolicy.builder.tool.noCeiling',
    message: 'No ceiling (the class rules decide)',
  });
  return (
    <>
      <ListEditor
        path={['tools']}
        firstField="name"
        newItem={() => ({name: '', agreement: 'standard'})}
        itemLegend={(item, index) =>
          translate(
            {id: 'theme.aiPolicy.builder.tool.legend', message: 'Tool {number}: {name}'},
            {number: index + 1, name: nameOf(item, '…')},
          )
        }
        addLabel={translate({id: 'theme.aiPolicy.builder.tool.add', message: 'Add a tool'})}
        removeLabel={(item, index) =>
          translate(
            {id: 'theme.aiPolicy.builder.tool.remove', message: 'Remove {name}'},
            {name: nameOf(item, `#${index + 1}`)},
          )
        }
      >
        {(path) => (
          <>
            <div className={styles.pair}>
              <TextField
                path={[...path, 'name']}
                required
                label={translate({id: 'theme.aiPolicy.builder.tool.name', message: 'Name'})}
              />
              <TextField
                path={[...path, 'vendor']}
                label={translate({id: 'theme.aiPolicy.builder.tool.vendor', message: 'Vendor'})}
              />
            </div>
            <CheckboxesField
              path={[...path, 'agreement']}
              single
              fallback={['standard']}
              legend={translate({
                id: 'theme.aiPolicy.builder.tool.agreement',
                message: 'Agreements that cover data sent to it',
              })}
              choices={AGREEMENTS.map((id) => ({value: id, label: agreementLabel(id)}))}
            />
            <SelectField
              path={[...path, 'maxDataClass']}
              label={translate({
                id: 'theme.aiPolicy.builder.tool.ceiling',
                message: 'Most sensitive class it may receive',
              })}
              emptyLabel={noCeiling}
              choices={classes}
            />
            <TextField
              path={[...path, 'conditions']}
              multiline
              label={translate({id: 'theme.aiPolicy.builder.tool.conditions', message: 'Conditions of use'})}
            />
            <TextField
              path={[...path, 'url']}
              label={translate({
                id: 'theme.aiPolicy.builder.tool.url',
                message: 'Link (site or setup guide)',
              })}
            />
          </>
        )}
      </ListEditor>
      <h3 className={styles.subheading}>
        {translate({id: 'theme.aiPolicy.builder.prohibited.heading', message: 'Prohibited tools'})}
      </h3>
      <ListEditor
        path={['prohibitedTools']}
        firstField="name"
        newItem={() => ({name: ''})}
        itemLegend={(item, index) =>
          translate(
            {id: 'theme.aiPolicy.builder.prohibited.legend', message: 'Prohibited tool {number}: {name}'},
            {number: index + 1, name: typeof item === 'string' ? item : nameOf(item, '…')},
          )
        }
        addLabel={translate({id: 'theme.aiPolicy.builder.prohibited.add', message: 'Add a prohibited tool'})}
        removeLabel={(item, index) =>
          translate(
            {id: 'theme.aiPolicy.builder.prohibited.remove', message: 'Remove the ban on {name}'},
            {name: typeof item === 'string' ? item : nameOf(item, `#${index + 1}`)},
          )
        }
      >
        {(path, item) =>
          typeof item === 'string' ? (
            <TextField
              path={path}
              required
              label={translate({id: 'theme.aiPolicy.builder.tool.name', message: 'Name'})}
            />
          ) : (
            <div className={styles.pair}>
              <TextField
                path={[...path, 'name']}
                required
                label={translate({id: 'theme.aiPolicy.builder.tool.name', message: 'Name'})}
              />
              <TextField
                path={[...path, 'reason']}
                label={translate({id: 'theme.aiPolicy.builder.prohibited.reason', message: 'Reason'})}
              />
            </div>
          )
        }
      </ListEditor>
      <SelectField
        path={['unlistedTools', 'maxDataClass']}
        label={translate({
          id: 'theme.aiPolicy.builder.unlisted.label',
          message: 'What tools that are not on the list may receive',
        })}
        emptyLabel={translate({id: 'theme.aiPolicy.builder.unlisted.nothing', message: 'Nothing'})}
        choices={classes}
      />
      <div className={styles.pair}>
        <TextField
          path={['toolReview', 'turnaround']}
          placeholder={translate({
            id: 'theme.aiPolicy.builder.placeholder.turnaround',
            message: 'one week',
            description: 'An example value in an empty field',
          })}
          label={translate({
            id: 'theme.aiPolicy.builder.toolReview.turnaround',
            message: 'Review turnaround for a new tool',
          })}
        />
        <TextField
          path={['toolReview', 'contact']}
          label={translate({
            id: 'theme.aiPolicy.builder.toolReview.contact',
            message: 'Where to request a review',
          })}
        />
      </div>
    </>
  );
}

function DataClassesStep(): ReactNode {
  const {labels} = useForm();
  return (
    <ListEditor
      path={['dataClasses']}
      firstField="id"
      newItem={() => ({id: '', name: '', rule: 'never'})}
      itemLegend={(item, index) =>
        translate(
          {id: 'theme.aiPolicy.builder.class.legend', message: 'Class {number}: {name}'},
          {number: index + 1, name: nameOf(item, '…')},
        )
      }
      addLabel={translate({id: 'theme.aiPolicy.builder.class.add', message: 'Add a data class'})}
      removeLabel={(item, index) =>
        translate(
          {id: 'theme.aiPolicy.builder.class.remove', message: 'Remove {name}'},
          {name: nameOf(item, `#${index + 1}`)},
        )
      }
    >
      {(path) => (
        <>
          <div className={styles.pair}>
            <TextField
              path={[...path, 'id']}
              required
              label={translate({id: 'theme.aiPolicy.builder.class.id', message: 'Id (kebab-case)'})}
            />
            <TextField
              path={[...path, 'name']}
              required
              label={translate({id: 'theme.aiPolicy.builder.class.name', message: 'Name'})}
            />
          </div>
          <SelectField
            path={[...path, 'rule']}
            label={translate({
              id: 'theme.aiPolicy.builder.class.rule',
              message: 'Which tools may receive it',
            })}
            choices={DATA_CLASS_RULES.map((id) => ({value: id, label: labels.rule[id] ?? id}))}
          />
          <LinesField
            path={[...path, 'examples']}
            label={translate({
              id: 'theme.aiPolicy.builder.class.examples',
              message: 'Examples (one per line)',
            })}
          />
          <CheckboxesField
            path={[...path, 'categories']}
            legend={translate({id: 'theme.aiPolicy.builder.class.categories', message: 'What it contains'})}
            choices={DATA_CATEGORIES.map((id) => ({value: id, label: labels.category[id] ?? id}))}
          />
          <LinesField
            path={[...path, 'paths']}
            label={translate({
              id: 'theme.aiPolicy.builder.class.paths',
              message: 'Where it lives in the repository (globs, one per line)',
            })}
          />
        </>
      )}
    </ListEditor>
  );
}

function PostureStep(): ReactNode {
  return (
    <>
      <RadioField
        path={['posture']}
        fallback="mandatory"
        legend={translate({id: 'theme.aiPolicy.builder.posture.legend', message: 'Enforcement posture'})}
        choices={POSTURES.map((id) =>
          id === 'mandatory'
            ? {
                value: id,
                label: translate({id: 'theme.aiPolicy.builder.posture.mandatory', message: 'Mandatory'}),
                description: translate({
                  id: 'theme.aiPolicy.builder.posture.mandatoryDescription',
                  message: 'Rules say "must" and name the consequences of a breach.',
                }),
              }
            : {
                value: id,
                label: translate({id: 'theme.aiPolicy.builder.posture.advisory', message: 'Advisory'}),
                description: translate({
                  id: 'theme.aiPolicy.builder.posture.advisoryDescription',
                  message: 'Rules say "should" and explain; duties of law stay mandatory.',
                }),
              },
        )}
      />
      <CheckboxField
        path={['training', 'required']}
        fallback={false}
        label={translate({id: 'theme.aiPolicy.builder.training.required', message: 'Training is required'})}
      />
      <div className={styles.pair}>
        <SelectField
          path={['training', 'before']}
          fallback="access"
          label={translate({id: 'theme.aiPolicy.builder.training.before', message: 'Completed before'})}
          choices={TRAINING_MOMENTS.map((id) => ({
            value: id,
            label:
              id === 'access'
                ? translate({
                    id: 'theme.aiPolicy.builder.training.beforeAccess',
                    message: 'access is granted',
                  })
                : translate({id: 'theme.aiPolicy.builder.training.beforeFirstUse', message: 'the first use'}),
          }))}
        />
        <TextField
          path={['training', 'refresh']}
          label={translate({id: 'theme.aiPolicy.builder.training.refresh', message: 'Repeated'})}
          placeholder={translate({
            id: 'theme.aiPolicy.builder.placeholder.refresh',
            message: 'annually',
            description: 'An example value in an empty field',
          })}
        />
      </div>
      <TextField
        path={['training', 'course']}
        label={translate({id: 'theme.aiPolicy.builder.training.course', message: 'Course (name or link)'})}
      />
      <LinesField
        path={['useCases', 'encouraged']}
        label={translate({
          id: 'theme.aiPolicy.builder.useCases.encouraged',
          message: 'Encouraged uses (one per line)',
        })}
      />
      <LinesField
        path={['useCases', 'prohibited']}
        label={translate({
          id: 'theme.aiPolicy.builder.useCases.prohibited',
          message: 'Prohibited uses (one per line)',
        })}
      />
    </>
  );
}

function OversightStep(): ReactNode {
  const {labels} = useForm();
  return (
    <>
      <div className={styles.pair}>
        <SelectField
          path={['review', 'cadence']}
          fallback="quarterly"
          label={translate({id: 'theme.aiPolicy.builder.review.cadence', message: 'Review cadence'})}
          choices={REVIEW_CADENCES.map((id) => ({value: id, label: labels.cadence[id] ?? id}))}
        />
        <TextField
          path={['review', 'lastReviewed']}
          type="date"
          label={translate({id: 'theme.aiPolicy.builder.review.lastReviewed', message: 'Last reviewed'})}
        />
      </div>
      <div className={styles.pair}>
        <TextField
          path={['incidents', 'contact']}
          label={translate({id: 'theme.aiPolicy.builder.incidents.contact', message: 'Incident contact'})}
        />
        <TextField
          path={['incidents', 'channel']}
          label={translate({id: 'theme.aiPolicy.builder.incidents.channel', message: 'Incident channel'})}
        />
      </div>
      <TextField
        path={['exceptions', 'approver']}
        placeholder={translate({
          id: 'theme.aiPolicy.builder.placeholder.approver',
          // The engine's name for the default approver (`common.default.approver`), so the field's example
          // is what the policy says when it is left empty.
          message: 'security team',
          description: 'An example value in an empty field',
        })}
        label={translate({
          id: 'theme.aiPolicy.builder.exceptions.approver',
          message: 'Who approves exceptions',
        })}
      />
      <h3 className={styles.subheading}>
        {translate({id: 'theme.aiPolicy.builder.exceptions.heading', message: 'Granted exceptions'})}
      </h3>
      <ListEditor
        path={['exceptions', 'granted']}
        firstField="who"
        newItem={() => ({who: '', what: '', expires: ''})}
        itemLegend={(_item, index) =>
          translate(
            {id: 'theme.aiPolicy.builder.exception.legend', message: 'Exception {number}'},
            {number: index + 1},
          )
        }
        addLabel={translate({id: 'theme.aiPolicy.builder.exception.add', message: 'Add an exception'})}
        removeLabel={(_item, index) =>
          translate(
            {id: 'theme.aiPolicy.builder.exception.remove', message: 'Remove exception {number}'},
            {number: index + 1},
          )
        }
      >
        {(path) => (
          <>
            <div className={styles.pair}>
              <TextField
                path={[...path, 'who']}
                required
                label={translate({id: 'theme.aiPolicy.builder.exception.who', message: 'For whom'})}
              />
              <TextField
                path={[...path, 'expires']}
                type="date"
                required
                label={translate({id: 'theme.aiPolicy.builder.exception.expires', message: 'Expires'})}
              />
            </div>
            <TextField
              path={[...path, 'what']}
              required
              multiline
              label={translate({id: 'theme.aiPolicy.builder.exception.what', message: 'What it allows'})}
            />
            <TextField
              path={[...path, 'approvedBy']}
              label={translate({id: 'theme.aiPolicy.builder.exception.approvedBy', message: 'Approved by'})}
            />
          </>
        )}
      </ListEditor>
      <div className={styles.pair}>
        <TextField
          path={['budgets', 'owner']}
          placeholder={translate({
            id: 'theme.aiPolicy.builder.placeholder.budgetOwner',
            message: 'engineering manager',
            description: 'An example value in an empty field',
          })}
          label={translate({id: 'theme.aiPolicy.builder.budgets.owner', message: 'Budget owner'})}
        />
        <SelectField
          path={['budgets', 'period']}
          fallback="monthly"
          label={translate({id: 'theme.aiPolicy.builder.budgets.period', message: 'Budget period'})}
          choices={BUDGET_PERIODS.map((id) => ({value: id, label: labels.cadence[id] ?? id}))}
        />
      </div>
    </>
  );
}

export function builderSteps(): BuilderStep[] {
  return [
    {
      id: 'organization',
      title: translate({
        id: 'theme.aiPolicy.builder.step.organization',
        message: 'Organization and industry',
      }),
      keys: ['organization', 'industry', 'owner', 'effectiveDate'],
      Fields: OrganizationStep,
    },
    {
      id: 'compliance',
      title: translate({id: 'theme.aiPolicy.builder.step.compliance', message: 'Compliance regimes'}),
      keys: ['compliance'],
      Fields: ComplianceStep,
    },
    {
      id: 'tools',
      title: translate({id: 'theme.aiPolicy.builder.step.tools', message: 'Approved tools'}),
      keys: ['tools', 'prohibitedTools', 'unlistedTools', 'toolReview'],
      Fields: ToolsStep,
    },
    {
      id: 'data',
      title: translate({id: 'theme.aiPolicy.builder.step.data', message: 'Data classification'}),
      keys: ['dataClasses'],
      Fields: DataClassesStep,
    },
    {
      id: 'posture',
      title: translate({
        id: 'theme.aiPolicy.builder.step.posture',
        message: 'Enforcement posture and training',
      }),
      keys: ['posture', 'training', 'useCases'],
      Fields: PostureStep,
    },
    {
      id: 'oversight',
      title: translate({
        id: 'theme.aiPolicy.builder.step.oversight',
        message: 'Review, incidents and exceptions',
      }),
      keys: ['review', 'incidents', 'exceptions', 'budgets'],
      Fields: OversightStep,
    },
  ];
}

/**
 * Every field path the steps render for this draft (and each list item's group), which is where the
 * validation's problems are shown. Kept beside the steps: a field added above is added here.
 */
export function formFieldPaths(draft: Draft): Set<string> {
  const paths = new Set([
    'organization',
    'industry',
    'owner',
    'effectiveDate',
    'compliance',
    'tools',
    'prohibitedTools',
    'unlistedTools.maxDataClass',
    'toolReview.turnaround',
    'toolReview.contact',
    'dataClasses',
    'posture',
    'training.required',
    'training.before',
    'training.refresh',
    'training.course',
    'useCases.encouraged',
    'useCases.prohibited',
    'review.cadence',
    'review.lastReviewed',
    'incidents.contact',
    'incidents.channel',
    'exceptions.approver',
    'exceptions.granted',
    'budgets.owner',
    'budgets.period',
  ]);
  const each = (list: FieldPath, fields: readonly string[]) =>
    listAt(draft, list).forEach((item, index) => {
      const itemPath = [...list, index];
      paths.add(pathName(itemPath));
      if (typeof item === 'string') return;
      for (const field of fields) paths.add(pathName([...itemPath, field]));
    });
  each(['tools'], ['name', 'vendor', 'agreement', 'maxDataClass', 'conditions', 'url']);
  each(['prohibitedTools'], ['name', 'reason']);
  each(['dataClasses'], ['id', 'name', 'rule', 'examples', 'categories', 'paths']);
  each(['exceptions', 'granted'], ['who', 'what', 'expires', 'approvedBy']);
  return paths;
}
