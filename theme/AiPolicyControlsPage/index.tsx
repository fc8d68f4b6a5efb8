import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import type {Props} from '@theme/AiPolicyControlsPage';
import AiPolicySubpage from '@theme/AiPolicySubpage';
import Heading from '@theme/Heading';
import type {ControlRelation, CrosswalkFramework, CrosswalkItem} from 'docusaurus-plugin-ai-policy';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

function relationLabel(relation: ControlRelation): string {
  switch (relation) {
    case 'implements':
      return translate({
        id: 'theme.aiPolicy.controls.relation.implements',
        message: 'implements',
        description: 'Crosswalk: the item does what the control asks',
      });
    case 'supports':
      return translate({
        id: 'theme.aiPolicy.controls.relation.supports',
        message: 'supports',
        description: 'Crosswalk: the item is evidence toward the control',
      });
    case 'partially':
      return translate({
        id: 'theme.aiPolicy.controls.relation.partially',
        message: 'partially',
        description: 'Crosswalk: the item covers part of the control',
      });
  }
}

function Item({
  item,
  sectionLink,
}: {
  item: CrosswalkItem;
  sectionLink: (id: string) => string | null;
}): ReactNode {
  const href = item.section === null ? null : sectionLink(item.section);
  return (
    <li data-item={item.id}>
      <span className={styles.relation} data-relation={item.relation}>
        {relationLabel(item.relation)}
      </span>{' '}
      {item.statement}{' '}
      {href ? (
        <Link to={href} className={styles.source}>
          {item.citation ?? <code>{item.id}</code>}
        </Link>
      ) : (
        <span className={styles.source}>{item.citation ?? <code>{item.id}</code>}</span>
      )}
    </li>
  );
}

function Framework({
  framework,
  sectionLink,
}: {
  framework: CrosswalkFramework;
  sectionLink: (id: string) => string | null;
}): ReactNode {
  return (
    <section className={styles.framework} aria-labelledby={`controls-${framework.id}`}>
      <Heading as="h2" id={`controls-${framework.id}`}>
        {framework.label}
      </Heading>
      <p className={styles.edition}>{framework.edition}</p>
      {framework.controls.length > 0 ? (
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">
                <Translate id="theme.aiPolicy.controls.control" description="Crosswalk table: control column">
                  Control
                </Translate>
              </th>
              <th scope="col">
                <Translate
                  id="theme.aiPolicy.controls.addressedBy"
                  description="Crosswalk table: the policy's duties that address the control"
                >
                  Addressed by
                </Translate>
              </th>
            </tr>
          </thead>
          <tbody>
            {framework.controls.map((control) => (
              <tr key={control.id} data-control={control.id}>
                <th scope="row">
                  <code>{control.id}</code>
                  <br />
                  <span className={styles.title}>{control.title}</span>
                </th>
                <td>
                  <ul className={styles.items}>
                    {control.addressedBy.map((item) => (
                      <Item key={item.id} item={item} sectionLink={sectionLink} />
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {framework.gaps.length > 0 ? (
        <>
          <Heading as="h3" id={`controls-${framework.id}-gaps`}>
            <Translate
              id="theme.aiPolicy.controls.gaps"
              description="Crosswalk: heading of the controls nothing in the policy addresses"
            >
              Not addressed by this policy
            </Translate>
          </Heading>
          <ul className={styles.gaps}>
            {framework.gaps.map((gap) => (
              <li key={gap.id} data-gap={gap.id}>
                <code>{gap.id}</code> {gap.title}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/**
 * The control crosswalk: for each framework the policy answers to, each control id with the clauses and
 * rules of the policy that address it (linked to their section), then the controls in scope that nothing
 * addresses. Config and engine text is rendered as text.
 */
export default function AiPolicyControlsPage({metadata, content}: Props): ReactNode {
  const title = translate(
    {
      id: 'theme.aiPolicy.controls.title',
      message: 'Controls: {policy}',
      description: 'Crosswalk page title; {policy} is the policy title',
    },
    {policy: metadata.title},
  );
  const sectionLink = (id: string): string | null => {
    const section = metadata.sections.find((candidate) => candidate.id === id);
    if (!section) return null;
    return section.permalink ?? `${metadata.permalink}#${id}`;
  };
  return (
    <AiPolicySubpage
      title={title}
      description={translate(
        {
          id: 'theme.aiPolicy.controls.description',
          message:
            "The control ids {organization}'s {policy} addresses, framework by framework, and its gaps.",
          description: 'Crosswalk page meta description',
        },
        {organization: metadata.organization, policy: metadata.title},
      )}
      policy={metadata}
      className={styles.controls}
      intro={
        <>
          <p className={styles.context}>
            <Translate id="theme.aiPolicy.controls.context" description="Crosswalk page: under the title">
              {
                'For each framework this policy answers to, the control ids its duties address: “implements” does what the control asks, “supports” is evidence toward it, “partially” covers a named part of it. The controls in scope that nothing here addresses are listed after each framework. A mapping is a reviewed reading of the policy, not an auditor’s opinion.'
              }
            </Translate>
          </p>
          {content.oscal ? (
            <p>
              {/* A plain link, like the other downloads: a file, not a route the site's router knows. */}
              <a href={content.oscal} download>
                <Translate
                  id="theme.aiPolicy.controls.oscal"
                  description="Crosswalk page: link to the OSCAL component definition download"
                >
                  Download as an OSCAL component definition (JSON)
                </Translate>
              </a>
            </p>
          ) : null}
        </>
      }
    >
      {content.frameworks.map((framework) => (
        <Framework key={framework.id} framework={framework} sectionLink={sectionLink} />
      ))}
    </AiPolicySubpage>
  );
}
