#!/usr/bin/env node
// Makes sure a Chromium is available for the build and the tests, installing one if needed:
// Debian/Ubuntu as root: apt-get install chromium-headless-shell (with --full-browser, for the
// benchmark: chromium); elsewhere: Playwright's installer.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const fullBrowser = process.argv.includes('--full-browser');
const debianPackage = fullBrowser ? 'chromium' : 'chromium-headless-shell';
const found = await findChromium({ fullBrowser }).catch((error) => {
  console.error(`✖ ${error.message}`);
  process.exit(1);
});
if (found) {
  if (!process.env.CI_QUIET) console.log(`✔ Chromium: ${found}`);
  process.exit(0);
}

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status === 0;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');

if (hasApt && isRoot) {
  console.log('Chromium is needed to render diagrams and run browser tests.');
  console.log(`Installing it with: apt-get update && apt-get install -y ${debianPackage}`);
  if (run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', debianPackage])) {
    const now = await findChromium({ fullBrowser });
    if (now) {
      console.log(`✔ Chromium installed: ${now}`);
      process.exit(0);
    }
  }
} else if (!hasApt) {
  console.log("Chromium is needed. Trying Playwright's installer: npx playwright install chromium");
  if (run('npx', ['playwright', 'install', 'chromium']) && (await findChromium({ fullBrowser })))
    process.exit(0);
}

const hint = hasApt
  ? `sudo apt-get install -y ${debianPackage}`
  : 'npx playwright install chromium   (or set CHROME_PATH to a Chromium/Chrome binary)';
console.error(`✖ Could not find or install Chromium. Please run:\n\n    ${hint}\n`);
process.exit(1);
