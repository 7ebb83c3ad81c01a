import { getCollection } from 'astro:content';
import { OGImageRoute } from 'astro-og-canvas';
import { ogImageOptions, ogImageKey } from '../../src/lib/og';
import { isNotFoundPage } from '../../src/lib/urls';

/**
 * One link-preview image per page, drawn at build time: /og/<page id>.png (e.g. /og/compare.png,
 * /og/vi/compare.png). The font is shipped in src/assets/fonts, so nothing is fetched.
 */
const entries = await getCollection('docs', (entry) => !isNotFoundPage(entry.id));

export const { getStaticPaths, GET } = await OGImageRoute({
  pages: Object.fromEntries(entries.map((entry) => [ogImageKey(entry.id), entry.data])),
  getImageOptions: (_path, page: (typeof entries)[number]['data']) => ogImageOptions(page),
});
