import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// deploy/'s tests, run with the project's Vitest: `vitest run --config deploy/vitest.config.ts`
// (npm run test:deploy). They synthesize the stack, which takes a few seconds each.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
