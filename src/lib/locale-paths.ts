/**
 * Static paths of routes written once for every language (`pages/[...locale]/…`): the default
 * language at the root and the others under their directory. `prefix` gives "" or "vi/"; the
 * rest parameter `locale` is undefined at the root.
 */
export const localeParam = (prefix: string): string | undefined => prefix.replace(/\/$/, '') || undefined;

/** One path per item and language: params `{ locale, [key]: item.id }`, props `{ item, locale }`. */
export function localizedPaths<Item extends { id: string }, L extends string, K extends string>(
  items: readonly Item[],
  locales: readonly L[],
  prefix: (locale: L) => string,
  key: K,
) {
  return locales.flatMap((locale) =>
    items.map((item) => ({
      params: { locale: localeParam(prefix(locale)), [key]: item.id } as {
        locale: string | undefined;
      } & Record<K, string>,
      props: { item, locale },
    })),
  );
}
