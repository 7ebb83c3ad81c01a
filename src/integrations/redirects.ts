import { existsSync } from 'node:fs';
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AfterBuildStep } from './after-build';
import { redirects } from '../config/redirects';
import { notFoundRules, redirectPage, redirectsFile } from '../lib/redirect-page';
import { baseRoot } from '../lib/urls';
import { locales } from '../config/locales';
import { localePrefix } from '../lib/i18n';

/**
 * After the build: a redirect page for every old path in src/config/redirects.ts (and its
 * twin in every other language), plus the same list as real 301s in `_redirects` for hosts that read it,
 * and a rule per other language that serves its own 404 page.
 * A target that is not a built page fails the build, so a redirect can never lead to a 404.
 */
export const redirectPages: AfterBuildStep = async ({ dir, logger, config }) => {
  const base = baseRoot(config.base);
  const site = config.site ?? 'http://localhost:4321';
  const root = fileURLToPath(dir);
  const pairs: [string, string][] = [];
  for (const locale of locales) {
    const prefix = localePrefix(locale);
    for (const [fromPath, toPath] of Object.entries(redirects)) {
      const from = `${prefix}${fromPath}`;
      const to = `${prefix}${toPath}`;
      if (!existsSync(join(root, to, 'index.html'))) {
        throw new Error(`src/config/redirects.ts: "${fromPath}" points to "${toPath}", which is not a page`);
      }
      if (existsSync(join(root, from, 'index.html'))) {
        throw new Error(`src/config/redirects.ts: "${fromPath}" is a page of its own; remove the redirect`);
      }
      const target = `${base}${to}`;
      await mkdir(join(root, from), { recursive: true });
      await writeFile(
        join(root, from, 'index.html'),
        redirectPage({ locale, to: target, canonical: new URL(target, site).href }),
      );
      pairs.push([`${base}${from}`, target]);
    }
  }
  const prefixes = locales.map(localePrefix).filter(Boolean);
  for (const prefix of prefixes) {
    if (!existsSync(join(root, prefix, '404', 'index.html')))
      throw new Error(`No 404 page for ${prefix}: add content/docs/${prefix}404.mdx`);
  }
  await appendFile(join(root, '_redirects'), redirectsFile(pairs) + notFoundRules(base, prefixes));
  logger.info(`${pairs.length} redirect pages written`);
};
