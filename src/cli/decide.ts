import path from 'node:path';
import {suggest} from '../config/suggest.js';
import {type Decision, type LoadedDecider, loadDecider, toRepoPath} from '../decide/index.js';
import {formatDiagnostic} from '../diagnostics/text.js';
import {parseCommandArgs, resolvePolicyFile, UsageError} from './args.js';
import type {CliIo} from './io.js';

/** `ai-policy decide` exits 0 when every answer is yes, this when any is no; 1 stays for errors. */
export const EXIT_REFUSED = 2;

const DECIDE_FORMATS = ['text', 'json'] as const;

/**
 * `ai-policy decide --tool <name> (--class <id> | --path <path>...)`: the decision table's answer for one
 * tool, printed one line per question (or as JSON), with the exit status saying yes or no, so a script can
 * gate on it. Relative paths are read from the current folder, which is taken as the repository root
 * unless `--root` says otherwise (as `export --out` does).
 */
export async function runDecide(args: string[], io: CliIo): Promise<number> {
  const {values, positionals} = parseCommandArgs(args, {
    tool: {type: 'string'},
    class: {type: 'string'},
    path: {type: 'string', multiple: true},
    root: {type: 'string'},
    format: {type: 'string', default: 'text'},
  });
  const format = DECIDE_FORMATS.find((name) => name === values.format);
  if (!format) {
    const hint = suggest(values.format, DECIDE_FORMATS);
    throw new UsageError(
      `--format expects text or json, got "${values.format}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
    );
  }
  if (values.tool === undefined || values.tool.trim() === '')
    throw new UsageError(
      '--tool is required: the AI tool that would receive the data, as the policy names it',
      true,
    );
  const paths = values.path ?? [];
  if ((values.class === undefined) === (paths.length === 0))
    throw new UsageError('give either --class <id> or one or more --path <path>', true);

  const root = path.resolve(io.cwd, values.root ?? '.');
  const policy = await loadDecider(resolvePolicyFile(positionals, io.cwd), {root});
  if (values.class !== undefined) checkClass(policy, values.class, io.cwd);

  const tool = values.tool;
  const answers: Array<{query: string; decision: Decision}> =
    values.class !== undefined
      ? [{query: values.class, decision: policy.decide({tool, dataClass: values.class})}]
      : paths.map((given) => ({
          query: given,
          decision: policy.decide({tool, path: toRepoPath(root, path.resolve(io.cwd, given))}),
        }));

  if (format === 'json') {
    const rows = answers.map(({query, decision}) => ({
      ...(values.class !== undefined ? {dataClass: query} : {path: query}),
      ...decision,
    }));
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  } else for (const answer of answers) io.stdout.write(`${describeAnswer(policy, answer)}\n`);
  return answers.every(({decision}) => decision.allowed) ? 0 : EXIT_REFUSED;
}

/** An unknown class is an error located at the policy's `dataClasses`, with the ids and a "did you mean". */
function checkClass(policy: LoadedDecider, classId: string, cwd: string): void {
  const ids = policy.config.dataClasses.map((dataClass) => dataClass.id);
  if (ids.includes(classId)) return;
  const position = policy.locate?.(['dataClasses']) ?? {line: 1, column: 1};
  const suggestion = suggest(classId, ids);
  throw new UsageError(
    formatDiagnostic({
      code: 'unknown-data-class',
      severity: 'error',
      file: path.relative(cwd, policy.file) || policy.file,
      path: ['dataClasses'],
      ...position,
      message: `--class "${classId}" is not a data class of this policy; classes: ${ids.join(', ')}`,
      ...(suggestion ? {suggestion} : {}),
    }),
  );
}

/** `refused  secrets/prod.pem  Cursor × secrets (Credentials, keys and secrets): … [class-never]` */
function describeAnswer(
  policy: LoadedDecider,
  {query, decision}: {query: string; decision: Decision},
): string {
  const tool = decision.tool ?? `${decision.toolStatus === 'prohibited' ? 'prohibited' : 'unlisted'} tool`;
  const dataClass = policy.config.dataClasses.find((candidate) => candidate.id === decision.class);
  const what = dataClass ? `${dataClass.id} (${dataClass.name})` : 'no class';
  const how =
    decision.classifiedBy === 'default' ? '; no glob names this path: the least sensitive class' : '';
  return `${decision.allowed ? 'allowed' : 'refused'}  ${query}  ${tool} × ${what}${how}: ${decision.explanation} [${decision.reason}]`;
}
