import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getDataEntries } from '../data';
import { pick, type Locale } from './i18n';
import { ui } from './ui';
import { localHref } from './urls';

/** The RSS feed of content/data/changes.yaml in one language: one item per change. */
export async function changesFeed(context: APIContext, locale: Locale) {
  const base = import.meta.env.BASE_URL;
  const site = context.site!;
  const changes = await getDataEntries('changes');
  return rss({
    title: ui(locale, 'changes.feedTitle'),
    description: ui(locale, 'site.description'),
    site: new URL(localHref('/changes/', locale, base), site).href,
    items: changes.map((change) => ({
      title: pick(change.title, locale),
      description: pick(change.summary, locale),
      link: new URL(localHref(`/changes/#${change.id}`, locale, base), site).href,
      pubDate: new Date(`${change.date}T00:00:00Z`),
    })),
    customData: `<language>${locale}</language>`,
  });
}
