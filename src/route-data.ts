import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { ogImagePath } from './lib/og';

/**
 * Link previews: every page's <head> gets its own Open Graph / Twitter image (drawn by
 * pages/og/[...route].ts) beside the canonical URL, title and description Starlight adds.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const { id } = route.entry;
  if (/(^|\/)404$/.test(id)) return;
  const site = context.site ?? new URL('http://localhost:4321');
  const image = new URL(ogImagePath(id, import.meta.env.BASE_URL), site).href;
  const alt = `${route.entry.data.title} · Bedrock vs SageMaker AI`;
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
