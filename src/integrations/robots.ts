import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AfterBuildStep } from './after-build';
import { baseRoot } from '../lib/urls';
import { LOCAL_ORIGIN } from '../config/site';

/** The text of `robots.txt`: every page may be crawled, and the sitemap is named by its full URL. */
export function robotsFile(site: string, base = '/'): string {
  return [
    'User-agent: *',
    'Allow: /',
    '',
    `Sitemap: ${new URL(`${baseRoot(base)}sitemap-index.xml`, site).href}`,
    '',
  ].join('\n');
}

/** After the build: `dist/robots.txt` for the site's origin and base. */
export const robotsStep: AfterBuildStep = async ({ dir, logger, config }) => {
  await writeFile(
    join(fileURLToPath(dir), 'robots.txt'),
    robotsFile(config.site ?? LOCAL_ORIGIN, config.base),
  );
  logger.info('robots.txt written');
};
