import {execFileSync} from 'node:child_process';
import {defineConfig} from 'vitest/config';

// The engine imports its sentences from a module compiled out of messages/en/*.yml; compile it first, so
// `npx vitest` works on a fresh clone and always sees the content files as they are now.
execFileSync(process.execPath, ['scripts/compile-messages.mjs'], {stdio: 'inherit'});

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // Docusaurus builds are CPU-bound; on a 2-core machine running them side by side only slows both.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 300_000,
  },
});
