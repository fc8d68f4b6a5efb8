import {readFile} from 'node:fs/promises';
import {setTimeout as delay} from 'node:timers/promises';

/**
 * Reads the policy file the way a watcher should: editors that save by truncating and rewriting fire the
 * watcher on an empty file, and the follow-up event can be lost. So an empty read is never taken as the
 * new policy: re-read until the content is non-empty and the same twice in a row, or give up after
 * `timeoutMs` and return what is there (an empty file is then reported as an error, not silently used).
 * `confirm: false` takes the first non-empty read as it is, for a file nobody is editing yet.
 */
export async function readStableText(
  filePath: string,
  {timeoutMs = 1500, intervalMs = 25, confirm = true} = {},
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let previous = await readFile(filePath, 'utf8');
  for (;;) {
    if (previous.trim() !== '') {
      if (!confirm) return previous;
      // Confirm a non-empty read once: a half-written file differs from the next read.
      await delay(intervalMs);
      const next = await readFile(filePath, 'utf8');
      if (next === previous) return next;
      previous = next;
    } else {
      if (Date.now() >= deadline) return previous;
      await delay(intervalMs * 2);
      previous = await readFile(filePath, 'utf8');
    }
    if (Date.now() >= deadline) return previous;
  }
}
