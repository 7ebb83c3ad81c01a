/**
 * The site's languages: the one place a language is added. The default language lives at the
 * site root; every other one under its own directory (content/docs/<dir>/, /<dir>/…). Each has
 * its UI strings in content/i18n/<lang>.json and a text in every data file's localized fields.
 */
/** `label` is shown in the language picker, `name` in build errors. */
export const localeConfig = {
  en: { label: 'English', name: 'English', lang: 'en', dir: '' },
  vi: { label: 'Tiếng Việt', name: 'Vietnamese', lang: 'vi', dir: 'vi' },
} as const;

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
