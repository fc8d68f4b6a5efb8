// The source's layer order (ARCHITECTURE.md), checked by dependency-cruiser: `npm run layers`, and
// `test/layers.test.ts` in `npm test`. Each folder of `src/` may import only the folders listed before it;
// folders on one line are peers and import none of each other, unless an exception below says so.
// Type-only imports count: they couple too.

/** Top to bottom, as ARCHITECTURE.md draws it. */
const LAYERS = [
  ['vocabulary'],
  ['diagnostics'],
  ['config'],
  ['engine'],
  ['render'],
  ['diff', 'export'],
  ['history'],
  ['store'],
  ['decide'],
  ['i18n'],
  ['plugin', 'remark', 'cli', 'client', 'builder'],
];

/** The one import between peers: the browser hook reads the types of the data the plugin publishes. */
const PEER_EXCEPTIONS = [{from: 'client', to: 'plugin', dependencyTypes: ['type-only']}];

const folder = (names) => `^src/(${names.join('|')})/`;

const layerRules = LAYERS.flatMap((layer, rank) => {
  const below = LAYERS.slice(rank + 1).flat();
  const rules = [];
  if (below.length > 0)
    rules.push({
      name: `layer-order:${layer.join('+')}`,
      comment: `${layer.join(', ')} may import only the folders above it in ARCHITECTURE.md's order`,
      severity: 'error',
      from: {path: folder(layer)},
      to: {path: folder(below)},
    });
  for (const name of layer) {
    const peers = layer.filter((other) => other !== name);
    if (peers.length === 0) continue;
    for (const peer of peers) {
      const exception = PEER_EXCEPTIONS.find((e) => e.from === name && e.to === peer);
      rules.push({
        name: `layer-peers:${name}`,
        comment: `${name} and ${peers.join(', ')} are peers in ARCHITECTURE.md's order: neither imports the other`,
        severity: 'error',
        from: {path: folder([name])},
        to: {
          path: folder([peer]),
          ...(exception ? {dependencyTypesNot: exception.dependencyTypes} : {}),
        },
      });
    }
  }
  return rules;
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'entry-on-top',
      comment: "The files at the root of src/ are the package's entries: no folder imports them",
      severity: 'error',
      from: {path: '^src/[^/]+/'},
      to: {path: '^src/[^/]+$'},
    },
    {
      name: 'pure-engine',
      comment:
        'engine/, render/, diff/ and export/ are pure (config in, text out): no Node built-in, so no I/O',
      severity: 'error',
      from: {path: folder(['engine', 'render', 'diff', 'export'])},
      to: {dependencyTypes: ['core']},
    },
    {
      name: 'no-value-cycle',
      comment: "No two modules import each other's values, directly or around a loop",
      severity: 'error',
      from: {path: '^(src|theme)/'},
      to: {circular: true, viaOnly: {dependencyTypesNot: ['type-only']}},
    },
    {
      name: 'theme-reads-public-api',
      comment: "The theme imports the package's public types and modules, not its internals",
      severity: 'error',
      from: {path: '^theme/'},
      to: {path: '^src/', dependencyTypesNot: ['type-only']},
    },
  ],
  options: {
    doNotFollow: {path: 'node_modules'},
    exclude: {path: '\\.generated\\.|\\.d\\.ts$'},
    // Type-only imports are edges too (TypeScript erases them from the output).
    tsPreCompilationDeps: true,
    tsConfig: {fileName: 'tsconfig.json'},
    enhancedResolveOptions: {extensions: ['.ts', '.tsx', '.cts', '.js', '.json']},
  },
};
