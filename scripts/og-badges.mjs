// Draws the badges at the top of the link-preview images (src/assets/og/badge-*.png): the site's
// logo and name, and which service the page is about. Run after changing the name or colours:
//   node scripts/og-badges.mjs
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from './chromium.mjs';

const root = new URL('../', import.meta.url);
const font = (file) => readFile(new URL(`src/assets/fonts/${file}`, root)).then((b) => b.toString('base64'));
const [regular, bold] = await Promise.all([font('DejaVuSans.ttf'), font('DejaVuSans-Bold.ttf')]);
const logo = await readFile(new URL('src/assets/logo.svg', root), 'utf8');
// The names come from the UI strings of the default language, like everywhere else.
const strings = JSON.parse(await readFile(new URL('content/i18n/en.json', root), 'utf8'));

const pills = {
  bedrock: [`<span class="pill bedrock">${strings['service.bedrock']}</span>`],
  sagemaker: [`<span class="pill sagemaker">${strings['service.sagemaker']}</span>`],
  both: [
    `<span class="pill bedrock">${strings['service.bedrock']}</span>`,
    `<span class="pill sagemaker">${strings['service.sagemaker']}</span>`,
  ],
};

const page = (service) => `<!doctype html><html><head><style>
@font-face { font-family: Badge; src: url(data:font/ttf;base64,${regular}); font-weight: 400; }
@font-face { font-family: Badge; src: url(data:font/ttf;base64,${bold}); font-weight: 700; }
html, body { margin: 0; background: transparent; }
.badge { display: inline-flex; align-items: center; gap: 20px; white-space: nowrap; width: max-content; height: 112px; font-family: Badge; color: #fff; }
.badge svg { width: 80px; height: 80px; flex: none; }
.name { font-size: 40px; font-weight: 700; margin-inline-end: 12px; }
.pill { font-size: 30px; font-weight: 700; padding: 8px 22px; border-radius: 999px; border: 3px solid; }
.bedrock { color: #fbbf24; } .sagemaker { color: #93c5fd; }
</style></head><body><div class="badge">${logo}<span class="name">${strings['site.title']}</span>${pills[service].join('')}</div></body></html>`;

const browser = await chromium.launch(await chromiumLaunchOptions());
const tab = await browser.newPage({ viewport: { width: 1280, height: 112 } });
for (const service of Object.keys(pills)) {
  await tab.setContent(page(service));
  const png = await tab.locator('.badge').screenshot({ omitBackground: true });
  await writeFile(new URL(`src/assets/og/badge-${service}.png`, root), png);
  console.log(`src/assets/og/badge-${service}.png`);
}
await browser.close();
