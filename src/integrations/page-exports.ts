import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { AfterBuildStep } from './after-build';
import { sidebarGroups } from '../config/sidebar';
import { defaultLocale, localeConfig, locales, type Locale } from '../config/locales';
import { localePrefix } from '../config/i18n';
import { ui } from '../data/ui';
import { llmsTxt, type LlmsGroup } from './export/llms';
import { pageToMarkdown, type PageExport } from './export/markdown';
import { baseRoot, isNotFoundPage, markdownFileFor } from '../lib/urls';
import { builtPages } from './built-site';
import { LOCAL_ORIGIN } from '../config/site';

/**
 * After the build: a Markdown version of every page beside it ("/compare/" → "/compare.md"),
 * made from the built HTML, and /llms.txt (plus /llms-full.txt with every page in the default
 * language).
 */
export const pageExports: AfterBuildStep = async ({ dir, logger, config }) => {
  const siteUrl = new URL(baseRoot(config.base), config.site ?? LOCAL_ORIGIN).href;
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

  const groupsFor = (locale: Locale) => {
    const prefix = localePrefix(locale);
    const listed = new Set<string>();
    const pick = (slug: string) => {
      const key = `${prefix}${slug}`.replace(/\/$/, '');
      listed.add(key);
      return exports.get(key);
    };
    const home = pick('');
    // Other languages' groups say which language they are in: "Compare (Tiếng Việt)".
    const suffix = locale === defaultLocale ? '' : ` (${localeConfig[locale].label})`;
    const groups: LlmsGroup[] = sidebarGroups.map((g) => ({
      label: `${ui(locale, g.label)}${suffix}`,
      pages: g.slugs.map(pick).filter((p) => p !== undefined),
    }));
    if (home) groups[0]?.pages.unshift(home);
    return { groups, listed };
  };
  const byLocale = locales.map(groupsFor);
  const [main] = byLocale;
  const unlisted = [...exports.keys()].filter((k) => !byLocale.some((l) => l.listed.has(k)));
  if (unlisted.length > 0) {
    main!.groups.push({
      label: ui(defaultLocale, 'site.otherPages'),
      pages: unlisted.map((k) => exports.get(k)!),
    });
  }
  await writeFile(
    join(root, 'llms.txt'),
    llmsTxt(
      ui(defaultLocale, 'site.title'),
      ui(defaultLocale, 'site.description'),
      byLocale.flatMap((l) => l.groups),
    ),
  );
  const full = main!.groups.flatMap((g) => g.pages.map(({ page }) => page.markdown));
  await writeFile(join(root, 'llms-full.txt'), full.join('\n---\n\n'));
  logger.info(`Markdown versions of ${exports.size} pages, llms.txt and llms-full.txt written`);
};
