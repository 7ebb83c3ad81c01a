import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { withPolicy } from '../lib/csp';
import { patchHtml } from '../lib/html-patches';
import { builtPages } from './built-site';

/**
 * After the build: applies the markup patches of src/lib/html-patches.ts, then gives every HTML
 * page a Content-Security-Policy made from its own, patched, content (in that order, so the
 * hashes match what is served).
 */
export default function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'site:csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { root, files } = await builtPages(dir);
        await Promise.all(
          files.map(async (file) => {
            const path = join(root, file);
            await writeFile(path, withPolicy(patchHtml(await readFile(path, 'utf8'))));
          }),
        );
        logger.info(`Content-Security-Policy added to ${files.length} pages`);
      },
    },
  };
}
