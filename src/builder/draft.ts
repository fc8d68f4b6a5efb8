import {
  type MergedLayers,
  mergeLayers,
  type OverlaySource,
  type PolicyLayer,
} from '../config/merge-layers.js';
import {type ParseResult, parsePolicyConfig, parsePolicyYaml} from '../config/parse.js';
import {policyFileText} from '../config/policy-file-text.js';
import type {ConfigProblem} from '../config/problems.js';
import type {PolicyConfig, PolicyConfigInput} from '../config/schema.js';
import {type DiagnosticPath, formatPath} from '../diagnostics/diagnostic.js';
import {locateFindings} from '../diagnostics/findings.js';
import {locatePath} from '../diagnostics/locate.js';
import {describeDiagnostic, formatDiagnostic, formatTaggedDiagnostic} from '../diagnostics/text.js';
import {describeChange} from '../diff/describe.js';
import {diffSnapshots, type PolicySnapshot} from '../diff/diff.js';
import {renderDiffMarkdown} from '../diff/markdown.js';
import type {PolicyChange} from '../diff/model.js';
import {buildPolicyDocument} from '../engine/build.js';
import {ENGLISH_LANGUAGE, type PolicyLanguage} from '../engine/context.js';
import {lintPolicy} from '../engine/lint.js';
import {type MessageCatalog, messageText} from '../engine/messages.js';
import type {HeaderField, PolicyDocument, PolicySection} from '../engine/model.js';
import {headerFields} from '../render/header-fields.js';
import {renderPolicyMarkdown} from '../render/markdown.js';
import type {Block, Inline} from '../vocabulary/document-nodes.js';
import type {LintSeverity} from '../vocabulary/lint-finding.js';
import {writeOverlay} from './overlay.js';

/** A problem that makes the draft invalid, in the words `ai-policy check` prints for the same file. */
export interface DraftProblem {
  /** The field path, `tools[1].agreement`; empty for the file as a whole. */
  path: string;
  /** The problem's code, as in `ai-policy check --format json` (`overlay-loosens`, `required`, ...). */
  code: string;
  /** What is wrong and the "did you mean" hint: the text shown beside the field. */
  text: string;
  /** The whole line `ai-policy check` prints: `ai-policy.yml:7:16  tools[0].agreement  expected ...`. */
  report: string;
}

/** A lint finding of a valid draft: `ai-policy check` prints it as a warning or a note. */
export interface DraftFinding {
  path: string;
  severity: LintSeverity;
  code: string;
  text: string;
  report: string;
}

export interface DraftChange {
  code: PolicyChange['code'];
  text: Inline[];
}

export interface ValidDraft {
  ok: true;
  /**
   * The `ai-policy.yml` text, in the style `ai-policy init` writes: the whole policy, or for a site whose
   * policy extends baselines only the overlay (`extends` and what the form changed).
   */
  yaml: string;
  config: PolicyConfig;
  document: PolicyDocument;
  title: string;
  headerFields: HeaderField[];
  /** The sections as the policy pages render them (the engine anchors their sub-headings). */
  sections: PolicySection[];
  footer: Block[];
  findings: DraftFinding[];
  /** The meaning that changed since the site's current policy, the most important first. */
  changes: DraftChange[];
  /** The diff's own changes, for `draftChangesMarkdown`. */
  policyChanges: PolicyChange[];
}

export interface InvalidDraft {
  ok: false;
  /** The file as it would be written, problems and all: the form's draft is never lost. */
  yaml: string;
  problems: DraftProblem[];
}

export type DraftEvaluation = ValidDraft | InvalidDraft;

export interface DraftContext {
  /** The site's current policy: what the draft is compared with. */
  current: PolicyConfig;
  /** The file name problems and the diff are labelled with, e.g. `ai-policy.yml`. */
  fileName: string;
  /** The current policy's version, for the diff's "from" side. */
  currentVersion: string | null;
  /** YYYY-MM-DD: the day date-based findings (an overdue review) are judged against. */
  today: string;
  /**
   * For a site whose policy extends baselines: its `extends` and the baselines' texts. The form still holds
   * the whole resolved policy, but the file written is only the overlay, read back over these baselines.
   */
  overlay?: OverlaySource | null;
  /**
   * The page's language, from the page data: the preview and the changes speak it. Absent: English. The
   * catalog comes with the page (the site's translations included), so the engine carries no translation.
   */
  language?: {catalog: MessageCatalog; locale: string} | null;
}

function draftLanguage(context: DraftContext): PolicyLanguage {
  return context.language ?? ENGLISH_LANGUAGE;
}

/** The file the draft becomes, read back; problems carry the form's paths. */
interface DraftReading {
  yaml: string;
  parsed: ParseResult | MergedLayers;
  /** The form's path of each problem (an overlay's entries sit at other indices than the form's). */
  formPaths: Map<ConfigProblem, DiagnosticPath>;
}

/** Without baselines: the draft is the whole file. */
function wholeFileReader(fileName: string): (input: Readonly<Record<string, unknown>>) => DraftReading {
  return (input) => {
    // A form's draft is any data until validated; the writer only serializes it, the parser judges it.
    const yaml = policyFileText(input as PolicyConfigInput);
    return {yaml, parsed: parsePolicyConfig(yaml, fileName), formPaths: new Map()};
  };
}

/**
 * With baselines: the draft is written as the overlay (`builder/overlay.ts`) and read back by the merge
 * `extends` uses (`config/merge-layers.ts`) over the baselines the site was built with, so a change that
 * loosens them is the `overlay-loosens` problem `ai-policy check` reports for the downloaded file.
 */
function overlayReader(
  source: OverlaySource,
  fileName: string,
): (input: Readonly<Record<string, unknown>>) => DraftReading {
  const baselines: PolicyLayer[] = source.baselines.map(({source: text, ...baseline}) => {
    const yaml = parsePolicyYaml(text, baseline.fileName);
    // The site was built with these texts, so they parsed then and parse now.
    if (!yaml.ok) throw new Error(`the baseline ${baseline.fileName} does not parse`);
    return {...baseline, yaml};
  });
  const resolvedBaseline = mergeLayers(baselines);
  if (!resolvedBaseline.ok) throw new Error('the baselines the site was built with are invalid');

  return (input) => {
    const written = writeOverlay(source.extends, resolvedBaseline.input, resolvedBaseline.config, {
      ...input,
    });
    const yaml = policyFileText(written.overlay as PolicyConfigInput);
    const overlayYaml = parsePolicyYaml(yaml, fileName);
    if (!overlayYaml.ok) return {yaml, parsed: overlayYaml, formPaths: new Map()};
    const formPaths = new Map<ConfigProblem, DiagnosticPath>();
    if (written.unwritable.length > 0) {
      // Nothing in the overlay says what the form removed: each is located at the overlay's nearest line
      // and names where the baseline states it.
      const problems = written.unwritable.map((change): ConfigProblem => {
        const at = locatePath(overlayYaml.document, overlayYaml.lineCounter, change.path.slice(0, 1));
        let message = change.message;
        if (change.basePath) {
          const stated = resolvedBaseline.locate(change.basePath);
          const statedIn = stated.file ?? baselines.at(-1)!.fileName;
          const label = baselines.find((layer) => layer.fileName === statedIn)?.label ?? statedIn;
          message += `: set by ${label} at ${statedIn}:${stated.line}:${stated.column}`;
        }
        const problem: ConfigProblem = {
          code: change.code,
          severity: 'error',
          path: change.path,
          file: fileName,
          line: at.line,
          column: at.column,
          message,
        };
        formPaths.set(problem, change.path);
        return problem;
      });
      return {yaml, parsed: {ok: false, problems}, formPaths};
    }
    const merged = mergeLayers([
      ...baselines,
      {fileName, label: fileName, version: null, hash: '', yaml: overlayYaml},
    ]);
    if (merged.ok) return {yaml, parsed: merged, formPaths};
    for (const problem of merged.problems)
      if (problem.file === fileName) formPaths.set(problem, written.toFormPath(problem.path));
    return {yaml, parsed: merged, formPaths};
  };
}

/**
 * Writes the form's config as the policy file and reads it back exactly as `ai-policy check` and
 * `ai-policy render` read a file: same parsing, validation, engine and renderer. So the preview is the
 * policy the downloaded file produces, and every message is the one the CLI would print for it. Pure. The
 * current policy's document is built once per evaluator, not once per keystroke.
 */
export function createDraftEvaluator(
  context: DraftContext,
): (input: Readonly<Record<string, unknown>>) => DraftEvaluation {
  let current: PolicySnapshot | undefined;
  const read = context.overlay
    ? overlayReader(context.overlay, context.fileName)
    : wholeFileReader(context.fileName);
  const language = draftLanguage(context);
  return (input) => {
    const {yaml, parsed, formPaths} = read(input);
    if (!parsed.ok)
      return {
        ok: false,
        yaml,
        problems: parsed.problems.map((problem) => ({
          path: formatPath(formPaths.get(problem) ?? problem.path),
          code: problem.code,
          text: describeDiagnostic(problem),
          report: formatDiagnostic(problem),
        })),
      };
    const {config, locate} = parsed;
    // Over baselines, the preview marks what they set, as the published page does.
    const document = buildPolicyDocument(
      config,
      language,
      'provenance' in parsed ? parsed.provenance : undefined,
    );
    const findings = lintPolicy(document, {today: context.today});
    // Both sides in the page's language, so the diff compares like with like (titles, labels).
    current ??= {config: context.current, document: buildPolicyDocument(context.current, language)};
    const changes = diffSnapshots(current, {config, document}, {asOf: context.today});
    return {
      ok: true,
      yaml,
      config,
      document,
      title: document.title,
      headerFields: headerFields(document),
      sections: document.sections,
      footer: document.footer,
      findings: locateFindings(locate, context.fileName, findings).map((finding) => ({
        path: formatPath(finding.path),
        severity: finding.severity,
        code: finding.code,
        text: describeDiagnostic(finding),
        report: formatTaggedDiagnostic(finding),
      })),
      changes: changes.map((change) => ({code: change.code, text: describeChange(change, language)})),
      policyChanges: changes,
    };
  };
}

/**
 * The draft's changes as the Markdown `ai-policy diff` writes for a pull request, made when it is copied.
 */
export function draftChangesMarkdown(draft: ValidDraft, context: DraftContext): string {
  const language = draftLanguage(context);
  return renderDiffMarkdown({
    base: {label: context.fileName, version: context.currentVersion},
    head: {label: messageText(language, 'diff.draft', {file: context.fileName}), version: null},
    changes: draft.policyChanges,
    language,
  });
}

/**
 * The draft as Markdown: exactly what `ai-policy render` prints for its file. Separate from the
 * evaluation because it is the slowest step and only the Markdown view and its copy button need it.
 */
export function draftMarkdown(draft: ValidDraft): string {
  return renderPolicyMarkdown(draft.document);
}
