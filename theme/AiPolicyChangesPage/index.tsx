import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Admonition from '@theme/Admonition';
import type {Props} from '@theme/AiPolicyChangesPage';
import AiPolicyInline from '@theme/AiPolicyInline';
import AiPolicySubpage from '@theme/AiPolicySubpage';
import Heading from '@theme/Heading';
import type {AiPolicyHistoryChange, AiPolicyHistoryEntry} from 'docusaurus-plugin-ai-policy';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

function ChangeList({changes}: {changes: readonly AiPolicyHistoryChange[]}): ReactNode {
  return (
    <ul className={styles.changes}>
      {changes.map((change, index) => (
        <li key={index} data-change={change.code}>
          <AiPolicyInline inlines={change.text} />
        </li>
      ))}
    </ul>
  );
}

/** A second guard where a string becomes an href: commit links are http(s) only. */
function isHttpLink(url: string | null): url is string {
  return url !== null && /^https?:\/\/[^\s]+$/i.test(url);
}

function Entry({entry}: {entry: AiPolicyHistoryEntry}): ReactNode {
  const hash = <code>{entry.shortHash}</code>;
  return (
    <section className={styles.entry} aria-labelledby={entry.id}>
      <Heading as="h2" id={entry.id} className={styles.entryTitle}>
        <time dateTime={entry.date} className={styles.date}>
          {entry.dateText}
        </time>{' '}
        {entry.subject ||
          translate({
            id: 'theme.aiPolicy.changes.noSubject',
            message: '(no commit message)',
            description: 'History page: a commit without a subject',
          })}
      </Heading>
      <p className={styles.meta}>
        {entry.author} ·{' '}
        <Translate
          id="theme.aiPolicy.changes.commit"
          description="History page: the commit of an entry; {hash} is its short hash"
          values={{hash: isHttpLink(entry.url) ? <Link href={entry.url}>{hash}</Link> : hash}}
        >
          {'commit {hash}'}
        </Translate>
        {entry.version ? (
          <>
            {' · '}
            <Translate
              id="theme.aiPolicy.changes.version"
              description="History page: the policy version after a commit"
              values={{version: <code>{entry.version}</code>}}
            >
              {'version {version}'}
            </Translate>
          </>
        ) : null}
        {entry.approvers.length > 0
          ? ` · ${translate(
              {
                id: 'theme.aiPolicy.changes.approvedBy',
                message: 'approved by {approvers}',
                description: 'History page: the Approved-by trailers of a commit',
              },
              {approvers: entry.approvers.join(', ')},
            )}`
          : null}
      </p>
      {entry.kind === 'renamed' && entry.previousPath ? (
        <p className={styles.note}>
          <Translate
            id="theme.aiPolicy.changes.renamed"
            description="History page: the commit renamed the policy file"
            values={{from: <code>{entry.previousPath}</code>, to: <code>{entry.path}</code>}}
          >
            {'The file was renamed from {from} to {to}.'}
          </Translate>
        </p>
      ) : null}
      {entry.baselines.map((upgrade) => (
        <p key={upgrade.name} className={styles.note} data-baseline={upgrade.name}>
          {upgrade.from && upgrade.to && upgrade.from !== upgrade.to ? (
            <Translate
              id="theme.aiPolicy.changes.baselineUpgrade"
              description="History page: a baseline the policy extends was upgraded to another package version"
              values={{name: <code>{upgrade.name}</code>, from: upgrade.from, to: upgrade.to}}
            >
              {'Baseline {name} {from} → {to}.'}
            </Translate>
          ) : (
            <Translate
              id="theme.aiPolicy.changes.baselineChanged"
              description="History page: a baseline the policy extends changed (a file, or a package without a new version)"
              values={{name: <code>{upgrade.name}</code>}}
            >
              {'Baseline {name} changed.'}
            </Translate>
          )}
          {upgrade.source === 'lockfile' ? (
            <>
              {' '}
              <Translate
                id="theme.aiPolicy.changes.baselineNotRead"
                description="History page: a baseline installed from a registry was upgraded; its earlier text is not on the build machine, so its changes cannot be listed"
                values={{
                  name: <code>{upgrade.name}</code>,
                  from: upgrade.from,
                  to: upgrade.to,
                  command: <code>ai-policy diff</code>,
                }}
              >
                {
                  'What this upgrade changed cannot be shown: only the installed version of {name} is on the build machine; compare the policy files of {from} and {to} with {command}.'
                }
              </Translate>
            </>
          ) : null}
        </p>
      ))}
      {entry.kind === 'earliest-in-clone' ? (
        <p className={styles.note}>
          <Translate
            id="theme.aiPolicy.changes.earliest"
            description="History page: the oldest commit of a shallow clone"
          >
            The oldest version in this clone of the repository: what this commit changed is not part of it.
          </Translate>
        </p>
      ) : null}
      {entry.problem ? <p className={styles.note}>{entry.problem}</p> : null}
      {entry.changes.length > 0 ? (
        <ChangeList changes={entry.changes} />
      ) : entry.problem ||
        entry.kind === 'earliest-in-clone' ||
        entry.baselines.some(({source}) => source === 'lockfile') ? null : (
        <p className={styles.note}>
          <Translate
            id="theme.aiPolicy.changes.noMeaning"
            description="History page: a commit that changed no meaning"
          >
            No change in meaning: comments, formatting or the order of keys only.
          </Translate>
        </p>
      )}
    </section>
  );
}

/**
 * The policy's history from git: every commit that changed the policy file, newest first, each with what it
 * changed in meaning, and the uncommitted edits of a working copy. Commit subjects, author names and config
 * text are rendered as text.
 */
export default function AiPolicyChangesPage({metadata, content}: Props): ReactNode {
  const title = translate(
    {
      id: 'theme.aiPolicy.changes.title',
      message: 'Changes to the {policy}',
      description: 'History page title; {policy} is the policy title',
    },
    {policy: metadata.title},
  );
  const {unreleased, entries, notices} = content;
  return (
    <AiPolicySubpage
      title={title}
      description={translate(
        {
          id: 'theme.aiPolicy.changes.description',
          message: "What changed in {organization}'s {policy}, when, and who made each change.",
          description: 'History page meta description',
        },
        {organization: metadata.organization, policy: metadata.title},
      )}
      policy={metadata}
      className={styles.history}
      intro={
        <p className={styles.context}>
          <Translate
            id="theme.aiPolicy.changes.context"
            description="History page: under the title"
            values={{file: <code>{content.policyFile}</code>, version: <code>{content.version}</code>}}
          >
            {
              'Every commit that changed {file}, newest first, with what it changed in the policy. This site publishes version {version}.'
            }
          </Translate>
        </p>
      }
    >
      {notices.length > 0 ? (
        <Admonition
          type="info"
          title={translate({
            id: 'theme.aiPolicy.changes.limits',
            message: 'What this history cannot show',
            description: 'History page: title of the notice about missing history',
          })}
        >
          <ul>
            {notices.map((notice) => (
              <li key={notice.code} data-notice={notice.code}>
                {notice.message}
              </li>
            ))}
          </ul>
        </Admonition>
      ) : null}
      {unreleased ? (
        <section className={`${styles.entry} ${styles.unreleased}`} aria-labelledby="unreleased-changes">
          <Heading as="h2" id="unreleased-changes" className={styles.entryTitle}>
            <Translate
              id="theme.aiPolicy.changes.unreleased"
              description="History page: uncommitted edits heading"
            >
              Unreleased changes
            </Translate>
          </Heading>
          <p className={styles.meta}>
            {unreleased.baseVersion ? (
              <Translate
                id="theme.aiPolicy.changes.uncommittedAgainst"
                description="History page: under the uncommitted edits heading; {version} is the last committed version"
                values={{version: <code>{unreleased.baseVersion}</code>}}
              >
                {'Edits to the file that are not committed yet, against version {version}.'}
              </Translate>
            ) : (
              <Translate
                id="theme.aiPolicy.changes.uncommitted"
                description="History page: under the uncommitted edits heading"
              >
                Edits to the file that are not committed yet.
              </Translate>
            )}
          </p>
          {unreleased.problem ? <p className={styles.note}>{unreleased.problem}</p> : null}
          {unreleased.changes.length > 0 ? <ChangeList changes={unreleased.changes} /> : null}
        </section>
      ) : null}
      {entries.map((entry) => (
        <Entry key={entry.hash} entry={entry} />
      ))}
      {entries.length === 0 && !unreleased && notices.length === 0 ? (
        <p>
          <Translate id="theme.aiPolicy.changes.none" description="History page: no commit yet">
            No commits changed the policy file yet.
          </Translate>
        </p>
      ) : null}
    </AiPolicySubpage>
  );
}
