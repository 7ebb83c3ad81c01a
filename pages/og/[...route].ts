import { getCollection } from 'astro:content';
import { OGImageRoute } from 'astro-og-canvas';
import { locales } from '../../src/config/locales';
import { getDataEntries, getPriceData } from '../../src/data';
import { localePrefix, pick } from '../../src/config/i18n';
import { ogImageOptions, ogImageKey, rowPreview } from '../../src/lib/og';
import { ogBadges } from '../../src/data/og-badges';
import { ui } from '../../src/data/ui';
import { isNotFoundPage } from '../../src/lib/urls';

/**
 * One link-preview image per page, drawn at build time: /og/<page id>.png (e.g. /og/compare.png,
 * /og/vi/compare.png), one per comparison row page (/og/compare/<row-id>.png), drawn from
 * the row: its aspect, then each service's level and short text, and one per model page. The font is shipped in
 * src/assets/fonts, so nothing is fetched.
 */
const entries = await getCollection('docs', (entry) => !isNotFoundPage(entry.id));
const rows = await getDataEntries('comparison');
const { models } = await getPriceData();

const pages: Record<string, Parameters<typeof ogImageOptions>[0]> = Object.fromEntries(
  entries.map((entry) => [ogImageKey(entry.id), entry.data]),
);
for (const locale of locales) {
  const word = (key: Parameters<typeof ui>[1]) => ui(locale, key);
  for (const row of rows) {
    pages[ogImageKey(`${localePrefix(locale)}compare/${row.id}`)] = rowPreview({
      aspect: pick(row.aspect, locale),
      cells: (['bedrock', 'sagemaker'] as const).map((service) => ({
        service: word(`service.${service}`),
        level: row[service].level === 'info' ? undefined : word(`level.${row[service].level}`),
        text: pick(row[service].text, locale),
      })),
    });
  }
}

for (const locale of locales) {
  for (const model of models) {
    pages[ogImageKey(`${localePrefix(locale)}models/${model.id}`)] = {
      title: model.name,
      description: ui(locale, 'models.pageDescription', { name: model.name, provider: model.provider }),
      service: 'bedrock',
    };
  }
}

export const { getStaticPaths, GET } = await OGImageRoute({
  pages,
  getImageOptions: (_path, page: (typeof pages)[string]) => ogImageOptions(page, ogBadges()),
});
