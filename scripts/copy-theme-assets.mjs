// tsc compiles the theme's TSX but leaves its CSS modules behind; the compiled theme imports them
// by the same relative path, so they are copied next to the emitted JS. `npm run build` copies them
// before tsc emits the JS, so a running dev server never sees a component without its stylesheet.
import {cpSync, mkdirSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';

const source = new URL('../theme/', import.meta.url).pathname;
const target = new URL('../lib/theme/', import.meta.url).pathname;

function copyCss(dir) {
  for (const entry of readdirSync(join(source, dir))) {
    const relative = join(dir, entry);
    if (statSync(join(source, relative)).isDirectory()) copyCss(relative);
    else if (entry.endsWith('.css')) {
      mkdirSync(join(target, dir), {recursive: true});
      cpSync(join(source, relative), join(target, relative));
    }
  }
}
copyCss('.');
