import {readFile} from 'node:fs/promises';
import {setTimeout as delay} from 'node:timers/promises';
import type {DiagnosticMessage} from '../diagnostics/diagnostic.js';

/**
 * Reads the policy file the way a watcher should: editors that save by truncating and rewriting fire the
 * watcher on an empty file, and the follow-up event can be lost. So an empty read is never taken as the
 * new policy: re-read until the content is non-empty and the same twice in a row, or give up after
 * `timeoutMs` and return what is there (an empty file is then reported as an error, not silently used).
 * `confirm: false` takes the first non-empty read as it is, for a file nobody is editing yet. Returns the
 * bytes: `decodePolicyText` says what is wrong with a file that is not UTF-8.
 */
export async function readStableBytes(
  filePath: string,
  {timeoutMs = 1500, intervalMs = 25, confirm = true} = {},
): Promise<Buffer> {
  return Buffer.from(await readStable(filePath, {timeoutMs, intervalMs, confirm}), 'latin1');
}

/** The loop of `readStableBytes`, on the bytes as latin1 text (one character per byte), so `trim` and `===` work. */
async function readStable(
  filePath: string,
  {timeoutMs, intervalMs, confirm}: {timeoutMs: number; intervalMs: number; confirm: boolean},
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let previous = await readFile(filePath, 'latin1');
  for (;;) {
    if (previous.trim() !== '') {
      if (!confirm) return previous;
      // Confirm a non-empty read once: a half-written file differs from the next read.
      await delay(intervalMs);
      const next = await readFile(filePath, 'latin1');
      if (next === previous) return next;
      previous = next;
    } else {
      if (Date.now() >= deadline) return previous;
      await delay(intervalMs * 2);
      previous = await readFile(filePath, 'latin1');
    }
    if (Date.now() >= deadline) return previous;
  }
}

/**
 * The largest policy file read: a 1,000-tool, 30-class policy (the benchmark's largest) is about 2.2 MB. A
 * bigger file is refused by its size, before it is read, so a mistaken path (a log, a dump) costs nothing.
 */
export const MAX_POLICY_FILE_BYTES = 4 * 1024 * 1024;

/** Byte-order marks of encodings a YAML reader may be handed by a Windows editor or shell, longest first. */
const BYTE_ORDER_MARKS: ReadonlyArray<{name: string; bytes: number[]}> = [
  {name: 'UTF-32 LE', bytes: [0xff, 0xfe, 0x00, 0x00]},
  {name: 'UTF-32 BE', bytes: [0x00, 0x00, 0xfe, 0xff]},
  {name: 'UTF-16 LE', bytes: [0xff, 0xfe]},
  {name: 'UTF-16 BE', bytes: [0xfe, 0xff]},
];

const SAVE_AS_UTF8 =
  'save it as UTF-8 (in VS Code: "Save with Encoding" > UTF-8; Windows PowerShell 5 writes UTF-16 with ">" and Out-File unless given -Encoding utf8)';

const SAY_SAVE_AS_UTF8: DiagnosticMessage = {id: 'not-utf8.save-as-utf8'};

/**
 * The file's text, or what encoding it seems to be in instead of UTF-8: a UTF-16 or UTF-32 byte-order
 * mark, UTF-16 without one (every other byte NUL), or the first byte sequence that is not UTF-8 with its
 * line and column. A UTF-8 byte-order mark is dropped.
 */
export function decodePolicyText(
  bytes: Uint8Array,
): {ok: true; text: string} | {ok: false; message: string; say: DiagnosticMessage} {
  for (const mark of BYTE_ORDER_MARKS) {
    if (mark.bytes.every((byte, index) => bytes[index] === byte))
      return {
        ok: false,
        message: `the file is not UTF-8: it is ${mark.name} (it starts with the byte-order mark ${hex(mark.bytes)}); ${SAVE_AS_UTF8}`,
        say: {
          id: 'not-utf8.byte-order-mark',
          slots: {encoding: mark.name, bytes: hex(mark.bytes), advice: SAY_SAVE_AS_UTF8},
        },
      };
  }
  const sample = bytes.subarray(0, 512);
  const evenNuls = sample.filter((byte, index) => byte === 0 && index % 2 === 0).length;
  const oddNuls = sample.filter((byte, index) => byte === 0 && index % 2 === 1).length;
  if (sample.length >= 4 && Math.max(evenNuls, oddNuls) >= sample.length / 4) {
    const name = oddNuls > evenNuls ? 'UTF-16 LE' : 'UTF-16 BE';
    return {
      ok: false,
      message: `the file is not UTF-8: it looks like ${name} without a byte-order mark (every other byte is 0); ${SAVE_AS_UTF8}`,
      say: {id: 'not-utf8.utf16', slots: {encoding: name, advice: SAY_SAVE_AS_UTF8}},
    };
  }
  try {
    const text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false}).decode(bytes);
    return {ok: true, text};
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset)).split('\n');
    return {
      ok: false,
      message: `the file is not UTF-8: byte ${hex([bytes[offset]!])} at line ${before.length}, column ${before.at(-1)!.length + 1} is not valid UTF-8 (a Latin-1 or Windows-1252 file?); ${SAVE_AS_UTF8}`,
      say: {
        id: 'not-utf8.byte',
        slots: {
          byte: hex([bytes[offset]!]),
          line: before.length,
          column: before.at(-1)!.length + 1,
          advice: SAY_SAVE_AS_UTF8,
        },
      },
    };
  }
}

function hex(bytes: readonly number[]): string {
  return bytes.map((byte) => byte.toString(16).toUpperCase().padStart(2, '0')).join(' ');
}

/** The offset of the first byte that does not start or continue a valid UTF-8 character. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const strict = new TextDecoder('utf-8', {fatal: true});
  let offset = 0;
  while (offset < bytes.length) {
    const lead = bytes[offset]!;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    const character = bytes.subarray(offset, offset + length);
    if (length === 0 || character.length < length) return offset;
    try {
      // The decoder knows the finer rules (overlong forms, surrogates) for this one character.
      strict.decode(character);
    } catch {
      return offset;
    }
    offset += length;
  }
  return offset;
}
