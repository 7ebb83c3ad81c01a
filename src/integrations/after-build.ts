import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from 'astro';
import { contentSecurityPolicy } from './csp';
import { headersFileStep } from './headers';
import { pageExports } from './page-exports';
import { pdfFilesStep } from './pdfs';
import { redirectPages } from './redirects';
import { robotsStep } from './robots';

/** One step run on the built site, with the final config. */
export type AfterBuildStep = (context: {
  dir: URL;
  logger: AstroIntegrationLogger;
  config: AstroConfig;
}) => Promise<void>;

/**
 * The steps run on the built site, in this order, and why:
 * 1. Markdown versions and llms.txt, from the content pages (before any other page is added);
 * 2. redirect pages for old paths (after 1, so they are not exported as content);
 * 3. `_headers`, the response headers for hosts that read that file (from src/config/headers.ts),
 *    and `robots.txt` with the sitemap's URL;
 * 4. the Content-Security-Policy of every page, last of the steps that change HTML, so its
 *    hashes match the final pages;
 * 5. the PDFs of the pages in src/config/downloads.ts, printed from those final pages (after 4,
 *    so what is printed is what is served; a PDF that cannot be made fails the build).
 */
const steps: [name: string, step: AfterBuildStep][] = [
  ['page-exports', pageExports],
  ['redirects', redirectPages],
  ['headers', headersFileStep],
  ['robots', robotsStep],
  ['csp', contentSecurityPolicy],
  ['pdfs', pdfFilesStep],
];

export default function afterBuild(): AstroIntegration {
  let config: AstroConfig | undefined;
  return {
    name: 'site:after-build',
    hooks: {
      'astro:config:done': ({ config: done }) => {
        config = done;
      },
      'astro:build:done': async ({ dir, logger }) => {
        for (const [name, step] of steps)
          await step({ dir, logger: logger.fork(`site:${name}`), config: config! });
      },
    },
  };
}
