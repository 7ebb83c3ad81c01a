import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';

// The same Chromium the build uses (one lookup, in scripts/chromium.mjs): $CHROME_PATH, then
// the system one, else Playwright's own.
const executablePath = await findChromium();
// `astro preview` allows one server per project, so the tests use the one `npm start` may
// already be running on 4321 (it serves dist/ as rebuilt), or start it themselves.
// PW_PORT and OUT_DIR test another build (e.g. one with BASE_PATH) beside it.
const port = Number(process.env.PW_PORT || 4321);
const outDir = process.env.OUT_DIR || 'dist';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 2 : 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}${base.endsWith('/') ? base : `${base}/`}`,
    trace: 'on-first-retry',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: chromiumArgs,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `astro preview --port ${port} --host 127.0.0.1 --outDir ${outDir}${port === 4321 ? '' : ' --ignore-lock'}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: true,
    timeout: 60_000,
  },
});
