import rss from '@astrojs/rss';
import type { APIContext, GetStaticPaths } from 'astro';
import { localeConfig, locales, type Locale } from '../../src/config/locales';
import { getDataEntries } from '../../src/data';
import { localHref, localePrefix, pick } from '../../src/config/i18n';
import { localeParam } from '../../src/lib/locale-paths';

/**
 * The RSS feed of content/data/changes.yaml in every language: /changes.xml for the default
 * one, /<lang>/changes.xml for the others, one item per change.
 */
export const getStaticPaths = (() =>
  locales.map((locale) => ({
    params: { locale: localeParam(localePrefix(locale)) },
    props: { locale },
  }))) satisfies GetStaticPaths;

export async function GET(context: APIContext<{ locale: Locale }>) {
  const { locale } = context.props;
  const base = import.meta.env.BASE_URL;
  const site = context.site!;
  const changes = await getDataEntries('changes');
  // Starlight's strings for the language of this address (/vi/changes.xml is Vietnamese).
  const { t } = context.locals;
  return rss({
    title: t('changes.feedTitle'),
    description: t('site.description'),
    site: new URL(localHref('/changes/', locale, base), site).href,
    items: changes.map((change) => ({
      title: pick(change.title, locale),
      description: pick(change.summary, locale),
      link: new URL(localHref(`/changes/#${change.id}`, locale, base), site).href,
      pubDate: new Date(`${change.date}T00:00:00Z`),
    })),
    customData: `<language>${localeConfig[locale].lang}</language>`,
  });
}
