#!/usr/bin/env node
// Fails when the source breaks its one-way layering, so a new cycle is caught in `npm test`, not in review:
//  - the folders of `src/` are layers: they import each other one way, without a cycle (type-only imports
//    count, they couple too);
//  - the files at the root of `src/` (the package's entry) sit on top: no folder imports them;
//  - no two files import each other's values, directly or around a loop.
// Reads relative `import`/`export … from` specifiers and dynamic `import()`s; package imports are outside.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = /\.(ts|tsx|cts|mts)$/;
const IMPORT =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[\w*{}\s,]+?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function sourceFiles(dir) {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** `../engine/model.js` from `src/config/x.ts` → `src/engine/model.ts` (tsc's `.js` → `.ts` mapping). */
function resolveSpecifier(from, specifier, known) {
  const base = path.resolve(path.dirname(from), specifier);
  const stem = base.replace(/\.(c|m)?js$/, '');
  for (const candidate of [
    base,
    `${stem}.ts`,
    `${stem}.tsx`,
    `${stem}.cts`,
    `${stem}.mts`,
    path.join(base, 'index.ts'),
  ])
    if (known.has(candidate)) return candidate;
  return null;
}

function readImports(files) {
  const known = new Set(files);
  const edges = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[3] ?? match[4];
      const target = resolveSpecifier(file, specifier, known);
      if (target) edges.push({from: file, to: target, typeOnly: Boolean(match[2])});
    }
  }
  return edges;
}

/** The folder of `src/` a file belongs to (`src/engine/sections/x.ts` → `src/engine`); root files are their own. */
function topFolder(root, file) {
  const parts = path.relative(root, file).split(path.sep);
  return parts.length > 2 ? parts.slice(0, 2).join('/') : parts.join('/');
}

/** Strongly connected components with more than one member (Tarjan), each a cycle to report. */
function cycles(nodes, next) {
  let index = 0;
  const stack = [];
  const state = new Map();
  const found = [];
  const visit = (node) => {
    const entry = {index, low: index, onStack: true};
    index++;
    state.set(node, entry);
    stack.push(node);
    for (const target of next(node)) {
      const seen = state.get(target);
      if (!seen) {
        visit(target);
        entry.low = Math.min(entry.low, state.get(target).low);
      } else if (seen.onStack) entry.low = Math.min(entry.low, seen.index);
    }
    if (entry.low === entry.index) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        state.get(member).onStack = false;
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of nodes) if (!state.has(node)) visit(node);
  return found;
}

export function checkLayers({root = projectRoot, dirs = ['src', 'theme']} = {}) {
  const files = dirs.flatMap((dir) => sourceFiles(path.join(root, dir)));
  const edges = readImports(files);
  const problems = [];
  const rel = (file) => path.relative(root, file);

  const sourceRoot = path.join(root, 'src');
  for (const {from, to} of edges) {
    if (path.dirname(to) === sourceRoot && path.dirname(from) !== sourceRoot)
      problems.push(`${rel(from)} imports ${rel(to)}, the package's entry, from a folder below it`);
  }

  const folderEdges = new Map();
  for (const {from, to} of edges) {
    const a = topFolder(root, from);
    const b = topFolder(root, to);
    if (a === b) continue;
    if (!folderEdges.has(a)) folderEdges.set(a, new Map());
    if (!folderEdges.get(a).has(b)) folderEdges.get(a).set(b, `${rel(from)} → ${rel(to)}`);
  }
  for (const cycle of cycles([...folderEdges.keys()], (folder) => [
    ...(folderEdges.get(folder)?.keys() ?? []),
  ])) {
    const witnesses = cycle.flatMap((a) =>
      [...(folderEdges.get(a) ?? [])]
        .filter(([b]) => cycle.includes(b))
        .map(([, witness]) => `    ${witness}`),
    );
    problems.push(`folders import each other: ${cycle.join(', ')}\n${witnesses.join('\n')}`);
  }

  const valueEdges = new Map();
  for (const {from, to, typeOnly} of edges) {
    if (typeOnly) continue;
    if (!valueEdges.has(from)) valueEdges.set(from, new Set());
    valueEdges.get(from).add(to);
  }
  for (const cycle of cycles(files, (file) => valueEdges.get(file) ?? []))
    problems.push(`files import each other's values: ${cycle.map(rel).join(', ')}`);

  return {problems, folders: folderEdges};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const {problems, folders} = checkLayers();
  if (process.argv.includes('--graph')) {
    for (const [from, targets] of [...folders].sort())
      console.log(`${from} → ${[...targets.keys()].sort().join(', ')}`);
  }
  if (problems.length > 0) {
    process.stderr.write(`The source's layering is broken:\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
    process.exit(1);
  }
  console.log(`Layers OK: ${folders.size} folders import one way, no file cycle.`);
}
