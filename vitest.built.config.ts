import { defineConfig } from 'vitest/config';

/**
 * Checks of the built site that need no browser: they read the HTML, Markdown and images in
 * dist/ (or DIST_DIR) directly. Run after a build by `npm run test:dist`.
 */
export default defineConfig({
  test: {
    include: ['tests/built/**/*.test.ts'],
  },
});
