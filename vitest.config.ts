import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Vitest's default leaves one core free, which on a two-core machine is one worker: with
    // both, the unit tests take about 16 s instead of 24 s there.
    maxWorkers: '100%',
    // Some tests start a process (the price refresh, astro sync, Chromium), and `npm test` runs
    // the type check and lint beside them: a hang guard, not a speed check (speed is measured by
    // `npm run bench`). One such test took 5.0 s on a loaded two-core machine, 1.3 s on a quiet one.
    testTimeout: 30_000,
  },
});
