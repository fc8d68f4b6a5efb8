import type {PolicyConfig} from '../config/schema.js';
import type {LintFinding} from '../vocabulary/lint-finding.js';
import {decideLink, type LinkDecision} from './config-links.js';
import {bodyLinks} from './markdown-body.js';

/**
 * A finding for every link target of the config that the policy does not turn into a link: dropped as
 * unsafe (`url-dropped`), or external and shown as text (`url-external`). A target that names a file on
 * the build machine (`url-names-file`) is dropped too, and is an error: a policy file is edited by pull
 * request, and Docusaurus would publish that file if the link got through, so the config is refused. Judged from the config alone, so
 * a disabled section's links are reported too: the file still holds them.
 */
export function findLinkFindings(config: PolicyConfig): LintFinding[] {
  const hosts = config.links.externalHosts;
  const findings: LintFinding[] = [];
  config.tools.forEach((tool, index) => {
    if (tool.url === undefined) return;
    const finding = linkFinding(decideLink(tool.url, hosts), {
      subject: `The link ${JSON.stringify(tool.url)}`,
      kept: 'the tool name is shown without it',
      path: `tools[${index}].url`,
    });
    if (finding) findings.push(finding);
  });
  config.sections.custom.forEach((section, index) => {
    const path = `sections.custom[${index}].body`;
    for (const link of bodyLinks(section.body)) {
      const subject = `The ${link.kind} ${JSON.stringify(link.url)} on line ${link.line} of the body`;
      if (link.kind === 'image') {
        // Images never render, whatever their URL: the policy loads nothing from other sites.
        findings.push({
          code: 'url-dropped',
          severity: 'warning',
          message: `${subject} is not shown (its alt text is): the policy loads nothing from other sites.`,
          path,
          stale: false,
        });
        continue;
      }
      const finding = linkFinding(decideLink(link.url, hosts), {subject, kept: 'its text is kept', path});
      if (finding) findings.push(finding);
    }
  });
  return findings;
}

function linkFinding(
  decision: LinkDecision,
  {subject, kept, path}: {subject: string; kept: string; path: string},
): LintFinding | null {
  switch (decision.action) {
    case 'link':
      return null;
    case 'drop':
      if (decision.namesFile)
        return {
          code: 'url-names-file',
          severity: 'error',
          message: `${subject} names a file on the build machine, not a page: it ${decision.reason}.`,
          path,
          stale: false,
        };
      return {
        code: 'url-dropped',
        severity: 'warning',
        message: `${subject} is left out (${kept}): it ${decision.reason}.`,
        path,
        stale: false,
      };
    case 'show-as-text':
      return {
        code: 'url-external',
        severity: 'warning',
        message: `${subject} leaves the site, so it is shown as text, not as a link; add "${decision.host}" to links.externalHosts to link it.`,
        path,
        stale: false,
      };
  }
}
