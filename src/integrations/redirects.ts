import { existsSync } from 'node:fs';
import { appendFile, copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AfterBuildStep } from './after-build';
import { redirects } from '../config/redirects';
import { notFoundRules, redirectPage, redirectsFile } from './redirect-page';
import { baseRoot } from '../lib/urls';
import { locales } from '../config/locales';
import { localePrefix } from '../config/i18n';
import { LOCAL_ORIGIN } from '../config/site';

/**
 * After the build: a redirect page for every old path in src/config/redirects.ts (and its
 * twin in every other language), plus the same list as real 301s in `_redirects` for hosts that
 * read it. A target that is not a built page fails the build, so a redirect can never lead to a 404.
 *
 * Each other language's "page not found" page, two ways, because hosts differ:
 * - `<lang>/404.html`, a copy of `<lang>/404/index.html`: Cloudflare Pages (and other hosts that
 *   look for the nearest 404.html up the path) serve it for a missing /<lang>/… address.
 * - a `/<lang>/* /<lang>/404/index.html 404` rule, only when the build runs on Netlify (NETLIFY
 *   is set there), which applies it where no file exists. Cloudflare Pages applies every rule
 *   even where a file exists, so there the rule would answer every page with the 404 page.
 */
export const redirectPages: AfterBuildStep = async ({ dir, logger, config }) => {
  const base = baseRoot(config.base);
  const site = config.site ?? LOCAL_ORIGIN;
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
  for (const prefix of prefixes)
    await copyFile(join(root, prefix, '404', 'index.html'), join(root, prefix, '404.html'));
  const netlify = process.env.NETLIFY === 'true';
  await appendFile(
    join(root, '_redirects'),
    redirectsFile(pairs) + (netlify ? notFoundRules(base, prefixes) : ''),
  );
  logger.info(`${pairs.length} redirect pages written`);
};
