import type {Readable, Writable} from 'node:stream';

/** The process surface the CLI touches, injectable so tests drive it without spawning. */
export interface CliIo {
  cwd: string;
  stdout: Writable & {isTTY?: boolean};
  stderr: Writable;
  stdin: Readable & {isTTY?: boolean};
}
