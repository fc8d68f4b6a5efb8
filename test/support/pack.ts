/**
 * The published package as a user downloads it: `npm pack` of this repository (which runs `prepack`, so
 * `lib/` is rebuilt from `src/` first), written to a directory outside the repository.
 */
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface PackedPackage {
  /** Absolute path of the `.tgz`. */
  tarball: string;
  /** Paths inside the package, as `npm pack --json` lists them. */
  files: string[];
  durationMs: number;
}

export function packPackage(destination: string): PackedPackage {
  const started = Date.now();
  const pack = spawnSync('npm', ['pack', '--pack-destination', destination, '--json'], {
    cwd: PACKAGE_ROOT,
    encoding: 'utf8',
    env: {...process.env, npm_config_yes: 'false'},
  });
  if (pack.error) throw pack.error;
  if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`);
  const [packed] = JSON.parse(pack.stdout) as Array<{filename: string; files: Array<{path: string}>}>;
  if (!packed) throw new Error(`npm pack printed no package:\n${pack.stdout}`);
  return {
    tarball: path.join(destination, packed.filename),
    files: packed.files.map((file) => file.path),
    durationMs: Date.now() - started,
  };
}
