/**
 * The site's languages: the one place a language is added. The default language lives at the
 * site root; every other one under its own directory (content/docs/<dir>/, /<dir>/…). Each has
 * its UI strings in content/i18n/<lang>.json and a text in every data file's localized fields.
 */
/** `label` is shown in the language picker, `name` in build errors; `dateFormat` writes dates. */
export const localeConfig = {
  en: { label: 'English', name: 'English', lang: 'en', dir: '', dateFormat: { dateStyle: 'medium' } },
  vi: {
    label: 'Tiếng Việt',
    name: 'Vietnamese',
    lang: 'vi',
    dir: 'vi',
    // 30/7/2026, as Vietnamese readers write dates.
    dateFormat: { day: 'numeric', month: 'numeric', year: 'numeric' },
  },
} as const satisfies Record<
  string,
  { label: string; name: string; lang: string; dir: string; dateFormat: Intl.DateTimeFormatOptions }
>;

export type Locale = keyof typeof localeConfig;
export const defaultLocale: Locale = 'en';
export const locales = Object.keys(localeConfig) as Locale[];

/** The `locales` option of Starlight: the default language at `root`, the others by directory. */
export const starlightLocales = Object.fromEntries(
  locales.map((l) => {
    const { label, lang, dir } = localeConfig[l];
    return [dir || 'root', { label, lang }];
  }),
);
