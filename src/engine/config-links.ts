import type {Inline} from '../vocabulary/document-nodes.js';
import {code, inlineText} from './inline.js';
import {judgeLinkTarget, type LinkRefusal} from './link-target.js';

/**
 * What the policy does with one link target from the config (`tools[].url`, a link in a custom body).
 *
 * Same-site paths, fragments and mailto links become links. An absolute http(s) URL leaves the handbook,
 * so it becomes a link only when its host is listed in `links.externalHosts`: otherwise the reader sees
 * the URL as text and can choose to copy it, but the page never offers a one-click way off the site that
 * nobody approved. Anything `judgeLinkTarget` refuses is dropped, and its label stays as text.
 */
export type LinkDecision =
  | {action: 'link'; href: string}
  | {action: 'show-as-text'; href: string; host: string}
  /** `namesFile`: the target would reach a file on the build machine (see `judgeLinkTarget`), an error. */
  | {action: 'drop'; reason: string; why: LinkRefusal; namesFile?: true};

export function decideLink(url: string, externalHosts: readonly string[]): LinkDecision {
  const target = judgeLinkTarget(url);
  switch (target.kind) {
    case 'unsafe':
      return target.namesFile
        ? {action: 'drop', reason: target.reason, why: target.why, namesFile: true}
        : {action: 'drop', reason: target.reason, why: target.why};
    case 'external':
      return externalHosts.includes(target.host)
        ? {action: 'link', href: target.href}
        : {action: 'show-as-text', href: target.href, host: target.host};
    default:
      return {action: 'link', href: target.href};
  }
}

/** The inlines that stand for a link labelled `label` whose target was written as `url`. */
export function linkInlines(decision: LinkDecision, label: Inline[], url: string): Inline[] {
  switch (decision.action) {
    case 'link':
      return [{type: 'link', url: decision.href, children: label}];
    case 'drop':
      return label;
    case 'show-as-text': {
      // Code, not text: a bare URL in Markdown text turns back into a link in GitHub and other viewers.
      const text = inlineText(label);
      const isBareUrl = text === url || `http://${text}` === url || text === decision.href;
      return isBareUrl
        ? [code(decision.href)]
        : [...label, {type: 'text', value: ' ('}, code(decision.href), {type: 'text', value: ')'}];
    }
  }
}
