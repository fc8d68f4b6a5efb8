import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {checkCommitMessage} from '../export/commit-trailer.js';
import {loadPolicy} from '../store/policy-store.js';
import {parseCommandArgs, resolvePolicyFile, UsageError} from './args.js';
import type {CliIo} from './io.js';

/**
 * `ai-policy check-commit-msg <message-file> [--policy <file>]`: the commit-msg hook the generated
 * `.pre-commit-config.yaml` installs. Exit 1 when a disclosure trailer names a tool that is not approved.
 */
export async function runCheckCommitMsg(args: string[], io: CliIo): Promise<number> {
  const {values, positionals} = parseCommandArgs(args, {policy: {type: 'string'}});
  if (positionals.length !== 1)
    throw new UsageError(
      `expected the commit message file (git passes it to the hook), got ${positionals.length} arguments`,
      true,
    );
  const messageFile = path.resolve(io.cwd, positionals[0]!);
  const message = await readFile(messageFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
    const why =
      error.code === 'EISDIR' ? ': it is a directory' : error.code === 'ENOENT' ? ': it does not exist' : '';
    throw new UsageError(`cannot read the commit message file ${positionals[0]}${why}`);
  });
  const {document} = await loadPolicy(resolvePolicyFile(values.policy ? [values.policy] : [], io.cwd));
  const result = checkCommitMessage(message, document.facts);
  if (result.problems.length === 0) return 0;
  for (const problem of result.problems)
    io.stderr.write(`${positionals[0]}:${problem.line}: ${problem.trailer}\n  ${problem.message}\n`);
  io.stderr.write(
    `The AI policy asks for "${result.key}: <tool>" naming an approved tool. Fix the message and commit again.\n`,
  );
  return 1;
}
