// Empties lib/ before `npm pack` builds it again, so the tarball holds what this source compiles to and
// nothing an older build left behind. `npm run build` alone keeps lib/ in place for a running dev server.
import {rmSync} from 'node:fs';

rmSync(new URL('../lib', import.meta.url), {recursive: true, force: true});
