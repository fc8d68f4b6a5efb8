// npm marks a bin executable when it links it at install; tsc writes files without the bit, so a lib/
// built after the install (every `npm run build`) would leave `./lib/cli/main.js` not runnable directly.
import {chmodSync} from 'node:fs';

chmodSync(new URL('../lib/cli/main.js', import.meta.url), 0o755);
