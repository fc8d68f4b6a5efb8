import type {PolicyConfig} from '../config/schema.js';
import {BIDI_CONTROL_NAMES, BIDI_CONTROLS, codePoint} from '../vocabulary/bidi-controls.js';
import type {LintFinding} from '../vocabulary/lint-finding.js';
import type {PolicyLanguage} from './context.js';
import {messageText} from './messages.js';

/**
 * The config with every bidirectional control removed from every string, and a finding per field that
 * had any. The engine calls this before it builds anything, so every renderer (Markdown, JSON, embeds,
 * the theme) receives the same clean text from one place. Removing them is safe for right-to-left names:
 * the letters carry their own direction, and the page lays them out without help.
 */
export function withoutBidiControls(
  config: PolicyConfig,
  language: PolicyLanguage,
): {config: PolicyConfig; findings: LintFinding[]} {
  const findings: LintFinding[] = [];
  // `path` is built as lint paths are written: `tools[1].name`, `sections.rename.budgets`.
  const clean = (value: unknown, path: string): unknown => {
    if (typeof value === 'string') {
      const found = value.match(BIDI_CONTROLS);
      if (!found) return value;
      findings.push(bidiFinding(found, path, language));
      return value.replace(BIDI_CONTROLS, '');
    }
    if (Array.isArray(value)) return value.map((item, index) => clean(item, `${path}[${index}]`));
    if (value !== null && typeof value === 'object') {
      // fromEntries defines own properties, so a key such as `__proto__` stays a key, not a prototype.
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [key, clean(item, path ? `${path}.${key}` : key)]),
      );
    }
    return value;
  };
  return {config: clean(config, '') as PolicyConfig, findings};
}

/** The finding, in the policy's language; each character is named by its code point and Unicode name, as data. */
function bidiFinding(found: string[], path: string, language: PolicyLanguage): LintFinding {
  const distinct = [...new Set(found)].map((char) => `${codePoint(char)} ${BIDI_CONTROL_NAMES.get(char)}`);
  return {
    code: 'bidi-control-removed',
    severity: 'warning',
    message: messageText(language, 'lint.bidi-control-removed', {
      count: found.length,
      characters: distinct.join(', '),
    }),
    path,
    stale: false,
  };
}
