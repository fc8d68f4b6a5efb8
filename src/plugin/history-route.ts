import type {RouteConfig} from '@docusaurus/types';
import {describeChange} from '../diff/describe.js';
import type {PolicyChange} from '../diff/model.js';
import {ENGLISH_LANGUAGE, type PolicyLanguage} from '../engine/context.js';
import {isMessageId, messageText} from '../engine/messages.js';
import type {HistoryNotice, PolicyHistory} from '../history/model.js';
import {commitUrl} from '../history/repo-url.js';
import {formatDate} from '../vocabulary/locale-format.js';
import {createDataPageRoute} from './data-page-route.js';
import type {AiPolicyHistoryChange, AiPolicyHistoryContent} from './history-data.js';

export const CHANGES_PAGE_COMPONENT = '@theme/AiPolicyChangesPage';
/** The history page's slug under the policy's route. A section with this id would collide with it. */
export const CHANGES_SLUG = 'changes';

export function historyPermalink(policyPermalink: string): string {
  return `${policyPermalink}/${CHANGES_SLUG}`;
}

function worded(changes: readonly PolicyChange[], language: PolicyLanguage): AiPolicyHistoryChange[] {
  return changes.map((change) => ({code: change.code, text: describeChange(change, language)}));
}

/** A notice in the page's language (`history.notice.<code>`); one this package cannot word stays as it came. */
function noticeIn(notice: HistoryNotice, language: PolicyLanguage): HistoryNotice {
  const id = `history.notice.${notice.code}`;
  if (!isMessageId(id) || notice.slots === undefined) return notice;
  return {...notice, message: messageText(language, id, notice.slots)};
}

/** The page data: the history with every change worded and every commit linked when a repository is known. */
export function historyContent({
  history,
  policyFile,
  commitLinkBase,
  locale,
  language = ENGLISH_LANGUAGE,
}: {
  history: PolicyHistory;
  policyFile: string;
  commitLinkBase: string | null;
  /** The page's language: each commit's date is written as its readers write dates. */
  locale: string;
  /** The locale's messages: every change and notice is worded in them. */
  language?: PolicyLanguage;
}): AiPolicyHistoryContent {
  return {
    policyFile,
    version: history.version,
    unreleased: history.unreleased && {
      baseVersion: history.unreleased.baseVersion,
      changes: worded(history.unreleased.changes, language),
      problem: history.unreleased.problem,
    },
    entries: history.entries.map((entry) => ({
      ...entry,
      id: `commit-${entry.shortHash}`,
      url: commitUrl(commitLinkBase, entry.hash),
      dateText: formatDate(entry.date, locale, 'long'),
      changes: worded(entry.changes, language),
    })),
    notices: history.notices.map((notice) => noticeIn(notice, language)),
    truncated: history.truncated,
  };
}

/** Adds `<routeBasePath>/changes`, sharing the instance's metadata module with the other policy pages. */
export function createHistoryRoute(
  route: Omit<Parameters<typeof createDataPageRoute>[0], 'component' | 'dataFile'> & {
    content: AiPolicyHistoryContent;
  },
): Promise<RouteConfig> {
  return createDataPageRoute({...route, component: CHANGES_PAGE_COMPONENT, dataFile: 'history.json'});
}
