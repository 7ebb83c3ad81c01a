// Finds a Chromium for the build (diagrams are rendered in a headless browser) and the
// browser tests. Order: $CHROME_PATH, the system Chromium, Playwright's own browsers.
import { existsSync } from 'node:fs';

const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags that keep headless Chromium quiet and working as root on a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** @returns {Promise<string | undefined>} the path of a Chromium binary, or undefined */
export async function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to "${fromEnv}", but no file exists there.`);
  }
  const system = systemPaths.find((p) => existsSync(p));
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

/** Launch options for Playwright and for the Mermaid renderer. */
export async function chromiumLaunchOptions() {
  const executablePath = await findChromium();
  if (!executablePath) {
    throw new Error(
      'No Chromium found. Run `npm run setup:chromium` (or set CHROME_PATH to a Chromium binary).',
    );
  }
  return { executablePath, args: chromiumArgs };
}
