import type {LintFinding} from '../vocabulary/lint-finding.js';
import {decideLink, type LinkDecision} from './config-links.js';
import type {PolicyContext} from './context.js';
import {bodyLinks} from './markdown-body.js';
import {type MessageId, sayText} from './messages.js';

/**
 * A finding for every link target of the config that the policy does not turn into a link: dropped as
 * unsafe (`url-dropped`), or external and shown as text (`url-external`). A target that names a file on
 * the build machine (`url-names-file`) is dropped too, and is an error: a policy file is edited by pull
 * request, and Docusaurus would publish that file if the link got through, so the config is refused. Judged from the config alone, so
 * a disabled section's links are reported too: the file still holds them. Worded in the policy's language
 * (`messages/<locale>/lint.yml`); the URL is quoted as written, as data.
 */
export function findLinkFindings(context: PolicyContext): LintFinding[] {
  const {config} = context;
  const hosts = config.links.externalHosts;
  const findings: LintFinding[] = [];
  config.tools.forEach((tool, index) => {
    if (tool.url === undefined) return;
    const finding = linkFinding(context, decideLink(tool.url, hosts), {
      subject: sayText(context, 'lint.url-subject.tool', {url: JSON.stringify(tool.url)}),
      where: 'tool',
      path: `tools[${index}].url`,
    });
    if (finding) findings.push(finding);
  });
  config.sections.custom.forEach((section, index) => {
    const path = `sections.custom[${index}].body`;
    for (const link of bodyLinks(section.body)) {
      const subject = sayText(context, 'lint.url-subject.body', {
        kind: link.kind,
        url: JSON.stringify(link.url),
        line: link.line,
      });
      if (link.kind === 'image') {
        // Images never render, whatever their URL: the policy loads nothing from other sites.
        findings.push({
          code: 'url-dropped',
          severity: 'warning',
          message: sayText(context, 'lint.url-dropped.image', {subject}),
          path,
          stale: false,
        });
        continue;
      }
      const finding = linkFinding(context, decideLink(link.url, hosts), {subject, where: 'body', path});
      if (finding) findings.push(finding);
    }
  });
  return findings;
}

function linkFinding(
  context: PolicyContext,
  decision: LinkDecision,
  {subject, where, path}: {subject: string; where: 'tool' | 'body'; path: string},
): LintFinding | null {
  switch (decision.action) {
    case 'link':
      return null;
    case 'drop': {
      const reason = sayText(context, `lint.url-reason.${decision.why.id}` as MessageId, decision.why.slots);
      if (decision.namesFile)
        return {
          code: 'url-names-file',
          severity: 'error',
          message: sayText(context, 'lint.url-names-file', {subject, reason}),
          path,
          stale: false,
        };
      return {
        code: 'url-dropped',
        severity: 'warning',
        message: sayText(context, 'lint.url-dropped', {subject, where, reason}),
        path,
        stale: false,
      };
    }
    case 'show-as-text':
      return {
        code: 'url-external',
        severity: 'warning',
        message: sayText(context, 'lint.url-external', {subject, host: decision.host}),
        path,
        stale: false,
      };
  }
}
