/**
 * A static redirect page. Hosts that read `_redirects` answer with a real 301 instead; this page
 * covers every other host: a script moves the reader on with the query and `#anchor` kept (a
 * meta refresh alone would drop the anchor), the refresh covers readers without JavaScript,
 * and a link covers everyone else. Search engines are pointed at the new page.
 */
import { localeConfig, type Locale } from '../config/locales';
import { ui } from '../data/ui';

export interface RedirectPage {
  locale: Locale;
  /** Target path including the base, e.g. "/docs/compare/". */
  to: string;
  /** Absolute URL of the target, for the canonical link. */
  canonical: string;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function redirectPage({ locale, to, canonical }: RedirectPage): string {
  const lang = localeConfig[locale].lang;
  const w = { title: ui(locale, 'redirect.title'), body: ui(locale, 'redirect.body') };
  const href = escapeHtml(to);
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${w.title}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(canonical)}">
<script>location.replace(${JSON.stringify(to)} + location.search + location.hash)</script>
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<main>
<h1>${w.title}</h1>
<p>${w.body} <a href="${href}">${href}</a>.</p>
</main>
</body>
</html>
`;
}

/** Lines of a `_redirects` file (Netlify, Cloudflare Pages and others): `from to 301`. */
export function redirectsFile(pairs: [from: string, to: string][]): string {
  return pairs.map(([from, to]) => `${from} ${to} 301`).join('\n') + '\n';
}

/**
 * `_redirects` lines that give each other language its own "page not found" page: a missing
 * /vi/… address gets the Vietnamese 404 (with status 404) instead of the English one. Hosts
 * apply such a rule only where no file exists, so they go after the redirects.
 */
export function notFoundRules(base: string, prefixes: string[]): string {
  return prefixes.map((prefix) => `${base}${prefix}* ${base}${prefix}404/index.html 404\n`).join('');
}
