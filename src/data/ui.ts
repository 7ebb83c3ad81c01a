import { readFileSync } from 'node:fs';
import { defaultLocale, localeConfig, type Locale } from '../config/locales';
import type en from '../../content/i18n/en.json';
import { format } from '../lib/format';

/**
 * The site's UI strings for code that runs outside an Astro component (Markdown plugins,
 * after-build steps, the generated diagrams, config). They are the same files Starlight reads,
 * content/i18n/<lang>.json, so every string has one home; components use `Astro.locals.t()`.
 */
export type UiKey = keyof typeof en;
export type UiStrings = Record<UiKey, string>;

const cache = new Map<Locale, UiStrings>();

const readStrings = (locale: Locale): Partial<UiStrings> =>
  JSON.parse(readFileSync(`content/i18n/${localeConfig[locale].lang}.json`, 'utf8'));

/** Every UI string of a language; a key it lacks falls back to the default language's text. */
export function uiStrings(locale: Locale): UiStrings {
  let strings = cache.get(locale);
  if (!strings) {
    strings = { ...(readStrings(defaultLocale) as UiStrings), ...readStrings(locale) };
    cache.set(locale, strings);
  }
  return strings;
}

/** One UI string in a language, with its placeholders filled. */
export function ui(locale: Locale, key: UiKey, values?: Record<string, string | number>): string {
  return format(uiStrings(locale)[key], values);
}
