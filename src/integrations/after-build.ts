import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from 'astro';
import { contentSecurityPolicy } from './csp';
import { headersFileStep } from './headers';
import { pageExports } from './page-exports';
import { redirectPages } from './redirects';

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
 * 3. `_headers`, the response headers for hosts that read that file (from src/config/headers.ts);
 * 4. the Content-Security-Policy of every page, last, so its hashes match the final HTML.
 */
const steps: [name: string, step: AfterBuildStep][] = [
  ['page-exports', pageExports],
  ['redirects', redirectPages],
  ['headers', headersFileStep],
  ['csp', contentSecurityPolicy],
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
