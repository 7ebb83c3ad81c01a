// Finds a Chromium for the build (diagrams are rendered in a headless browser) and the
// browser tests. Order: $CHROME_PATH, the system Chromium, Playwright's own browsers.
import { existsSync } from 'node:fs';

/**
 * Chromium's headless shell (Debian's package chromium-headless-shell) comes first: it is the
 * same Blink without the browser around it, and on two cores it ran the browser tests in 143 s
 * instead of 245 s with every test passing (a test's new page: 62 ms instead of 188 ms). The
 * benchmark asks for the full browser, which is what readers have.
 */
const shellPaths = ['/usr/bin/chromium-headless-shell'];
const browserPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags that keep headless Chromium quiet and working as root on a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * @param {{ fullBrowser?: boolean }} [options] fullBrowser: skip the headless shell
 * @returns {Promise<string | undefined>} the path of a Chromium binary, or undefined
 */
export async function findChromium({ fullBrowser = false } = {}) {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to "${fromEnv}", but no file exists there.`);
  }
  const system = [...(fullBrowser ? [] : shellPaths), ...browserPaths].find((p) => existsSync(p));
  if (system) return system;
  try {
    const { chromium } = await import('playwright');
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // playwright not installed or no browser downloaded: fall through
  }
  return undefined;
}

/**
 * Launch options for Playwright and for the Mermaid renderer.
 * @param {{ fullBrowser?: boolean }} [options] as for findChromium
 */
export async function chromiumLaunchOptions(options) {
  const executablePath = await findChromium(options);
  if (!executablePath) {
    throw new Error(
      `No Chromium found. Run \`npm run ${options?.fullBrowser ? 'prebench' : 'setup:chromium'}\` (or set CHROME_PATH to a Chromium binary).`,
    );
  }
  return { executablePath, args: chromiumArgs };
}
