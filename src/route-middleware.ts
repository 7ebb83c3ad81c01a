import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getDataEntries } from './data';
import { glossaryLetters } from './lib/glossary';
import { toLocale, withoutLocale, localHref } from './config/i18n';
import { localeConfig } from './config/locales';
import { ogImagePath } from './lib/og';
import { isNotFoundPage, withBase } from './lib/urls';

/** Page data Starlight applies before it renders each page: base-path fixes, 404 head, link previews. */
export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;

  // Hero buttons (`hero.actions[].link` in frontmatter) are written root-relative like every
  // other link, and get the base path the same way.
  for (const action of route.entry.data.hero?.actions ?? []) {
    action.link = withBase(action.link, import.meta.env.BASE_URL);
  }

  // The "page not found" pages (404.mdx and its Vietnamese twin) have no address of their own:
  // hosts serve 404.html for any unknown path. Starlight would still give them a canonical
  // URL, language alternates and og:url pointing at /404/, where there is no file, and
  // /vi/404/ would be open to indexing. They keep none of those links and are not indexed.
  if (isNotFoundPage(route.entry.id)) {
    route.head = route.head.filter(
      ({ tag, attrs }) =>
        !(tag === 'link' && (attrs?.rel === 'canonical' || attrs?.rel === 'alternate')) &&
        !(tag === 'meta' && attrs?.property === 'og:url'),
    );
    route.head.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } });
    return;
  }

  // The glossary's headings come from data, not from its Markdown: its letters are added to
  // its table of contents here, so it has the same right-hand column as every other page.
  if (withoutLocale(route.entry.id) === 'glossary' && route.toc) {
    const locale = toLocale(route.lang);
    const letters = glossaryLetters(
      await getDataEntries('glossary'),
      (g) => g.term[locale],
      localeConfig[locale].lang,
    );
    route.toc.items.push(
      ...letters.map(({ letter, id }) => ({ depth: 2, slug: id, text: letter, children: [] })),
    );
  }

  // The comparison's dimension headings come from data (ComparisonDimensions.astro): they go
  // into its table of contents where the component stands, before the page's closing section.
  if (withoutLocale(route.entry.id) === 'compare' && route.toc) {
    const locale = toLocale(route.lang);
    const items = (await getDataEntries('dimensions')).map((d) => ({
      depth: 2,
      slug: d.id,
      text: d.title[locale],
      children: [],
    }));
    const closing = route.toc.items.findIndex((item) => item.slug === 'next');
    route.toc.items.splice(closing < 0 ? route.toc.items.length : closing, 0, ...items);
  }

  // The change log announces its feed, so feed readers find it from the page.
  if (withoutLocale(route.entry.id) === 'changes') {
    route.head.push({
      tag: 'link',
      attrs: {
        rel: 'alternate',
        type: 'application/rss+xml',
        title: context.locals.t('changes.feedTitle'),
        href: localHref('/changes.xml', toLocale(route.lang), import.meta.env.BASE_URL),
      },
    });
  }

  // Link previews: every other page gets its own Open Graph / Twitter image (drawn by
  // pages/og/[...route].ts) beside the canonical URL, title and description Starlight adds.
  // astro.config.mjs always sets `site` (SITE_URL or its local default).
  const image = new URL(ogImagePath(route.entry.id, import.meta.env.BASE_URL), context.site!).href;
  const alt = `${route.entry.data.title} · ${context.locals.t('site.title')}`;
  route.head.push(
    { tag: 'meta', attrs: { property: 'og:image', content: image } },
    { tag: 'meta', attrs: { property: 'og:image:type', content: 'image/png' } },
    { tag: 'meta', attrs: { property: 'og:image:width', content: '1200' } },
    { tag: 'meta', attrs: { property: 'og:image:height', content: '630' } },
    { tag: 'meta', attrs: { property: 'og:image:alt', content: alt } },
    { tag: 'meta', attrs: { name: 'twitter:image', content: image } },
    { tag: 'meta', attrs: { name: 'twitter:image:alt', content: alt } },
  );
});
