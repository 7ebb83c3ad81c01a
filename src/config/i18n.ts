import { baseRoot } from '../lib/urls';
import { defaultLocale, localeConfig, locales, type Locale } from './locales';

export type { Locale };
export type Localized = Record<Locale, string>;

/** The site language for a Starlight `lang` value ("en", "vi", "vi-VN"...). */
export function toLocale(lang: string | undefined): Locale {
  const tag = lang?.toLowerCase() ?? '';
  return locales.find((l) => tag.startsWith(localeConfig[l].lang)) ?? defaultLocale;
}

/** The URL and content directory of a language, with its slash: "" for the default, "vi/". */
export function localePrefix(locale: Locale): string {
  const { dir } = localeConfig[locale];
  return dir ? `${dir}/` : '';
}

/** The languages other than the default, with their directory prefixes ("vi/"). */
export const translatedLocales = locales.filter((l) => l !== defaultLocale);

/** The language of a page file: content/docs/<dir>/… is that language, every other page the default. */
export function localeOfFile(path: string | undefined): Locale {
  const normal = path?.replace(/\\/g, '/') ?? '';
  return translatedLocales.find((l) => normal.includes(`/content/docs/${localePrefix(l)}`)) ?? defaultLocale;
}

/** The language of a page id or site path ("vi/compare", "vi/", "compare"). */
export function localeOfId(id: string): Locale {
  const path = id.replace(/^\/+/, '');
  return translatedLocales.find((l) => `${path}/`.startsWith(localePrefix(l))) ?? defaultLocale;
}

/** The id or path without its language directory: "vi/compare" → "compare". */
export function withoutLocale(id: string): string {
  const path = id.replace(/^\/+/, '');
  const prefix = localePrefix(localeOfId(path));
  return prefix ? `${path}/`.slice(prefix.length).replace(/\/$/, '') : path;
}

/** The text in the reader's language. */
export function pick(text: Localized, lang: string | undefined): string {
  return text[toLocale(lang)];
}

/** A YYYY-MM-DD date as readers of a language write it ("Dec 1, 2026", "1/12/2026"). */
export function formatDate(locale: Locale, isoDate: string): string {
  const { lang, dateFormat } = localeConfig[locale];
  return new Intl.DateTimeFormat(lang, { ...dateFormat, timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/**
 * Turns a site path ("/compare/#spot-instances") into a link for the current deployment and
 * language: the base path first ("/docs/"), then the language's directory ("vi/").
 */
export function localHref(path: string, locale: Locale, base = '/'): string {
  return `${baseRoot(base)}${localePrefix(locale)}${path.replace(/^\//, '')}`;
}
