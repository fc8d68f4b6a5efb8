// tsc compiles the theme's TSX but leaves its CSS modules behind; the compiled theme imports them
// by the same relative path, so they are copied next to the emitted JS. `npm run build` copies them
// before tsc emits the JS, so a running dev server never sees a component without its stylesheet.
import {cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync} from 'node:fs';
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

// The theme compiles to .jsx (JSX kept, as official themes ship it, so `write-translations` finds each
// <Translate>); a .js left by an older build would shadow it as a second file for the same component.
function removeStaleJs(dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir)) {
    const file = join(dir, entry);
    if (statSync(file).isDirectory()) removeStaleJs(file);
    else if (entry.endsWith('.js')) rmSync(file);
  }
}
removeStaleJs(target);
