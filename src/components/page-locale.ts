import type { AstroGlobal } from 'astro';
import { toLocale } from '../config/i18n';
import type { Locale } from '../schemas/common';

/** The language of the page a component is rendered on. */
export function pageLocale(astro: AstroGlobal): Locale {
  return toLocale(astro.locals.starlightRoute?.lang);
}
