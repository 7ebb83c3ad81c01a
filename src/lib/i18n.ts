import type { Locale, Localized } from '../schemas/common';

/** The site language for a Starlight `lang` value ("en", "vi", "vi-VN"...). */
export function toLocale(lang: string | undefined): Locale {
  return lang?.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

/** The language of a page file: content/docs/vi/… is Vietnamese, every other page English. */
export function localeOfFile(path: string | undefined): Locale {
  return path && /[\\/]content[\\/]docs[\\/]vi[\\/]/.test(path) ? 'vi' : 'en';
}

/** The text in the reader's language, falling back to English while a translation is missing. */
export function pick(text: Localized, lang: string | undefined): string {
  return (toLocale(lang) === 'vi' && text.vi) || text.en;
}
