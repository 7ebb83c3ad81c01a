import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBase } from './lib/urls';

/** Page data fixes Starlight applies before it renders each page. */
export const onRequest = defineRouteMiddleware((context) => {
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
  if (/(^|\/)404$/.test(route.entry.id)) {
    route.head = route.head.filter(
      ({ tag, attrs }) =>
        !(tag === 'link' && (attrs?.rel === 'canonical' || attrs?.rel === 'alternate')) &&
        !(tag === 'meta' && attrs?.property === 'og:url'),
    );
    route.head.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } });
  }
});
