import { getCollection } from 'astro:content';
import { localePrefix, type Locale } from '../config/i18n';

let titles: Promise<Map<string, string>> | undefined;

/**
 * The title of the page a site path ("/sagemaker/", "/compare/#spot-instances") points to, in
 * the reader's language, so links can say where they go instead of "read more". A page not yet
 * translated has the default language's title, as Starlight shows that page in its place.
 */
export async function pageTitles(locale: Locale): Promise<(path: string) => string> {
  titles ??= getCollection('docs').then((entries) => new Map(entries.map((e) => [e.id, e.data.title])));
  const byId = await titles;
  return (path) => {
    const slug = path.replace(/#.*$/, '').replace(/^\/+|\/+$/g, '') || 'index';
    const id = `${localePrefix(locale)}${slug}`;
    const title = byId.get(id) ?? byId.get(slug);
    if (!title) throw new Error(`No page "${slug}" for the link ${path}`);
    return title;
  };
}
