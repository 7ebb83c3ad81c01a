import type { Locale } from '../schemas/common';

/**
 * Turns a site path ("/compare/#spot-instances") into a link for the current deployment and
 * language: the base path first ("/docs/"), then "vi/" for the Vietnamese edition.
 */
export function localHref(path: string, locale: Locale, base = '/'): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const prefix = locale === 'vi' ? 'vi/' : '';
  return `${root}${prefix}${path.replace(/^\//, '')}`;
}
