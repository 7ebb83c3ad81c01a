import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AfterBuildStep } from './after-build';
import { responseHeaders, type ResponseHeader } from '../config/headers';
import { baseRoot } from '../lib/urls';

/**
 * The text of a `_headers` file (Netlify, Cloudflare Pages): every header of the list for every
 * path under the base. Lines starting with `#` are comments to both hosts.
 */
export function headersFile(headers: ResponseHeader[], base = '/'): string {
  return [
    '# Response headers for hosts that read a _headers file (Netlify, Cloudflare Pages).',
    '# Written by the build from src/config/headers.ts; change them there, not here.',
    '# The CloudFront deployment in deploy/ sends the same list with a response headers policy.',
    `${baseRoot(base)}*`,
    ...headers.map(({ name, value }) => `  ${name}: ${value}`),
    '',
  ].join('\n');
}

/** After the build: `dist/_headers` from the one list, for the site's base. */
export const headersFileStep: AfterBuildStep = async ({ dir, logger, config }) => {
  await writeFile(join(fileURLToPath(dir), '_headers'), headersFile(responseHeaders, config.base));
  logger.info(`_headers written with ${responseHeaders.length} headers`);
};
