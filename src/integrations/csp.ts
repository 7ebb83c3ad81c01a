import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withPolicy } from '../lib/csp';
import type { AfterBuildStep } from './after-build';
import { builtPages } from './built-site';

/**
 * Gives every HTML page a strict Content-Security-Policy made from its own inline scripts and
 * styles (src/lib/csp.ts). Astro's own `security.csp` cannot do this here: it does not hash
 * `is:inline` scripts (reported upstream as withastro/astro#16678), and Starlight's theme and search scripts are
 * inline. It runs last, so the hashes match what is served.
 */
export const contentSecurityPolicy: AfterBuildStep = async ({ dir, logger }) => {
  const { root, files } = await builtPages(dir);
  await Promise.all(
    files.map(async (file) => {
      const path = join(root, file);
      await writeFile(path, withPolicy(await readFile(path, 'utf8')));
    }),
  );
  logger.info(`Content-Security-Policy added to ${files.length} pages`);
};
