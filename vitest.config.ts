import {execFileSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

// The engine imports its sentences from a module compiled out of messages/en/*.yml; compile it first, so
// `npx vitest` works on a fresh clone and always sees the content files as they are now.
execFileSync(process.execPath, ['scripts/compile-messages.mjs'], {stdio: 'inherit'});

/**
 * Tests that run a real `docusaurus build`/`start` or `npm pack` + `npm install`: minutes each, so
 * `npm run test:unit` leaves them out. `npm test` (plain `vitest run`) runs both projects.
 */
const INTEGRATION_TESTS = [
  'test/docs-site.test.ts',
  'test/example-site.test.ts',
  'test/fresh-site.test.ts',
  'test/freshness.test.ts',
  'test/history.test.ts',
  'test/i18n-site.test.ts',
  'test/start-script.test.ts',
  'test/pack.test.ts',
];

export default defineConfig({
  resolve: {
    alias: {
      // The theme imports the URL guard by its package name (so a swizzled copy can too); tests read the
      // source, not whatever lib/ was last built from.
      // Theme strings go through Docusaurus's translate(); tests render them in English.
      '@docusaurus/Translate': fileURLToPath(new URL('test/support/translate-stub.ts', import.meta.url)),
      'docusaurus-plugin-ai-policy/link-target': fileURLToPath(
        new URL('src/engine/link-target.ts', import.meta.url),
      ),
    },
  },
  test: {
    exclude: ['test/e2e/**', 'node_modules/**'],
    // Docusaurus builds are CPU-bound; on a 2-core machine running them side by side only slows both.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 300_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'node_modules/**', ...INTEGRATION_TESTS],
        },
      },
      {extends: true, test: {name: 'integration', include: INTEGRATION_TESTS}},
    ],
  },
});
