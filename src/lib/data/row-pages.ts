/**
 * The static paths of the row pages: every row in every language, the default language at
 * /compare/<id>/ and the others under their directory (`prefix` gives "" or "vi/"). `locale` is
 * the route's rest parameter, so undefined is the site root.
 */
export function rowPagePaths<Row extends { id: string }, L extends string>(
  rows: Row[],
  locales: readonly L[],
  prefix: (locale: L) => string,
) {
  return locales.flatMap((locale) =>
    rows.map((row) => ({
      params: { locale: prefix(locale).replace(/\/$/, '') || undefined, row: row.id },
      props: { row, locale },
    })),
  );
}
