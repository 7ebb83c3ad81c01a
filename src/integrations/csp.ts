import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withPolicy } from '../lib/csp';
import { patchSearchButtonLabel } from '../lib/html-patches';

/**
 * After the build: patches Starlight's search button label, then gives every HTML page a
 * Content-Security-Policy made from its own content.
 */
export default function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'site:csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
        await Promise.all(
          files.map(async (file) => {
            const path = join(root, file);
            await writeFile(path, withPolicy(patchSearchButtonLabel(await readFile(path, 'utf8'))));
          }),
        );
        logger.info(`Content-Security-Policy added to ${files.length} pages`);
      },
    },
  };
}
