import {readFile} from 'node:fs/promises';

/**
 * The package's version from its package.json: two folders up from this module, both as `src/cli/` under
 * the tests and as `lib/bundle/cli.cjs` when installed.
 */
export async function packageVersion(): Promise<string> {
  const text = await readFile(new URL('../../package.json', import.meta.url), 'utf8');
  return String((JSON.parse(text) as {version?: unknown}).version);
}
