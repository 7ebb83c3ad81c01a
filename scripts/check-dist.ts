#!/usr/bin/env node
// Checks the links of a build without a browser (see scripts/check/crawl.ts).
//   node scripts/check-dist.ts [outDir] [--base /docs/]
// outDir defaults to dist; the base defaults to $BASE_PATH or "/", the site to $SITE_URL.
import { parseArgs } from 'node:util';
import { crawlSite } from './check/crawl.ts';
import { LOCAL_ORIGIN } from '../src/config/site.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { base: { type: 'string' } },
});
const outDir = positionals[0] ?? 'dist';
const base = values.base ?? process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL || LOCAL_ORIGIN;

const report = crawlSite(outDir, { base, site });
const external = [...report.external].sort(([a], [b]) => a.localeCompare(b));
console.log(`External links (listed, not fetched): ${external.length}`);
for (const [url, count] of external) console.log(`  ${url}${count > 1 ? `  (×${count})` : ''}`);
if (report.errors.length) {
  console.error(`✖ ${report.errors.length} broken link(s) in ${outDir} (base ${base}):`);
  for (const error of report.errors) console.error(`  ${error}`);
  process.exit(1);
}
console.log(
  `✔ ${report.checked} internal links in ${report.pages} pages of ${outDir} (base ${base}) resolve to a file and an id`,
);
