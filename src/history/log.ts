/**
 * `git log --follow --raw` for one file, parsed. Pure, so the parser is tested without git. The format puts
 * a record separator (0x1e) before each commit and NULs between its fields; the raw diff lines follow.
 */

export const LOG_FORMAT = [
  '%x1e%H',
  '%P',
  '%aN',
  '%aI',
  '%s',
  '%(trailers:key=Approved-by,key=Reviewed-by,valueonly,separator=%x1f)',
  '',
].join('%x00');

const ZERO_ID = /^0+$/;

export interface LogRecord {
  hash: string;
  parents: string[];
  author: string;
  /** Strict ISO 8601 author date. */
  authorDate: string;
  subject: string;
  approvers: string[];
  /** `A` added, `M` modified, `D` deleted, `R` renamed, `C` copied, `T` type changed. */
  status: string;
  /** Blob ids before and after; null for "no file". */
  oldBlob: string | null;
  newBlob: string | null;
  path: string;
  previousPath: string | null;
}

/**
 * The commits that touched the file, newest first. Commits without a raw line for it (merges, which
 * `--raw` does not diff without `-m`) are left out: their side branch's own commits carry the change.
 */
export function parseLog(output: string): LogRecord[] {
  const records: LogRecord[] = [];
  for (const chunk of output.split('\x1e')) {
    if (chunk.trim() === '') continue;
    const fields = chunk.split('\x00');
    if (fields.length < 7) continue;
    const [hash, parents, author, authorDate, subject, trailers] = fields as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const raw = fields.slice(6).join('\x00');
    const line = raw.split('\n').find((candidate) => candidate.startsWith(':'));
    if (!line) continue;
    const [meta = '', ...paths] = line.slice(1).split('\t');
    const [, , oldBlob = '', newBlob = '', status = ''] = meta.split(' ');
    const kind = status.charAt(0);
    const renamed = (kind === 'R' || kind === 'C') && paths.length >= 2;
    records.push({
      hash: hash.trim(),
      parents: parents.split(' ').filter(Boolean),
      author,
      authorDate,
      subject,
      approvers: trailers.startsWith('%(')
        ? []
        : trailers
            .split('\x1f')
            .map((value) => value.trim())
            .filter(Boolean),
      status: kind,
      oldBlob: ZERO_ID.test(oldBlob) ? null : oldBlob,
      newBlob: ZERO_ID.test(newBlob) ? null : newBlob,
      path: renamed ? paths[1]! : (paths[0] ?? ''),
      previousPath: renamed ? paths[0]! : null,
    });
  }
  return records;
}

/** Parses `git cat-file --batch` output: `<id> blob <size>\n<content>\n` per object, `<id> missing` if absent. */
export function parseCatFileBatch(output: Buffer): Map<string, string> {
  const blobs = new Map<string, string>();
  let offset = 0;
  while (offset < output.length) {
    const end = output.indexOf(0x0a, offset);
    if (end < 0) break;
    const header = output.subarray(offset, end).toString('utf8').split(' ');
    offset = end + 1;
    if (header.length < 3 || header[1] === 'missing') continue;
    const size = Number(header[2]);
    blobs.set(header[0]!, output.subarray(offset, offset + size).toString('utf8'));
    offset += size + 1;
  }
  return blobs;
}
