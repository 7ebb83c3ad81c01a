import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { sidebarGroups } from '../config/sidebar';
import { site as siteMeta } from '../config/site';
import { llmsTxt, type LlmsGroup } from '../lib/export/llms';
import { pageToMarkdown, type PageExport } from '../lib/export/markdown';
import { baseRoot, isNotFoundPage, markdownFileFor } from '../lib/urls';
import { builtPages } from './built-site';

/**
 * After the build: a Markdown version of every page beside it ("/compare/" → "/compare.md"),
 * made from the built HTML, and /llms.txt (plus /llms-full.txt with every English page).
 */
export default function pageExports(): AstroIntegration {
  let siteUrl = 'http://localhost:4321/';
  return {
    name: 'site:page-exports',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteUrl = new URL(baseRoot(config.base), config.site ?? siteUrl).href;
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Runs before the redirect pages are written, so every page but the 404 is content.
        const { root, files } = await builtPages(dir);
        const exports = new Map<string, { page: PageExport; markdownUrl: string }>();
        for (const file of files) {
          if (isNotFoundPage(file)) continue;
          const html = await readFile(join(root, file), 'utf8');
          const pagePath = file.replace(/(^|\/)index\.html$/, '$1');
          const page = pageToMarkdown(html, new URL(pagePath, siteUrl).href);
          const mdFile = markdownFileFor(file);
          await mkdir(dirname(join(root, mdFile)), { recursive: true });
          await writeFile(join(root, mdFile), page.markdown);
          exports.set(pagePath.replace(/\/$/, ''), { page, markdownUrl: new URL(mdFile, siteUrl).href });
        }

        const groupsFor = (prefix: string, labelFor: (g: (typeof sidebarGroups)[number]) => string) => {
          const listed = new Set<string>();
          const pick = (slug: string) => {
            const key = `${prefix}${slug}`.replace(/\/$/, '');
            listed.add(key);
            return exports.get(key);
          };
          const home = pick('');
          const groups: LlmsGroup[] = sidebarGroups.map((g) => ({
            label: labelFor(g),
            pages: g.slugs.map(pick).filter((p) => p !== undefined),
          }));
          if (home) groups[0]?.pages.unshift(home);
          return { groups, listed };
        };
        const en = groupsFor('', (g) => g.label);
        const vi = groupsFor('vi/', (g) => `${g.translations?.vi ?? g.label} (Tiếng Việt)`);
        const unlisted = [...exports.keys()].filter((k) => !en.listed.has(k) && !vi.listed.has(k));
        if (unlisted.length > 0) {
          en.groups.push({ label: 'Other pages', pages: unlisted.map((k) => exports.get(k)!) });
        }
        await writeFile(
          join(root, 'llms.txt'),
          llmsTxt(siteMeta.title, siteMeta.description, [...en.groups, ...vi.groups]),
        );
        const full = en.groups.flatMap((g) => g.pages.map(({ page }) => page.markdown));
        await writeFile(join(root, 'llms-full.txt'), full.join('\n---\n\n'));
        logger.info(`Markdown versions of ${exports.size} pages, llms.txt and llms-full.txt written`);
      },
    },
  };
}
