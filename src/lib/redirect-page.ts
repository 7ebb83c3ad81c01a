/**
 * A static redirect page. Hosts that read `_redirects` answer with a real 301 instead; this page
 * covers every other host: a script moves the reader on with the query and `#anchor` kept (a
 * meta refresh alone would drop the anchor), the refresh covers readers without JavaScript,
 * and a link covers everyone else. Search engines are pointed at the new page.
 */
export interface RedirectPage {
  lang: 'en' | 'vi';
  /** Target path including the base, e.g. "/docs/compare/". */
  to: string;
  /** Absolute URL of the target, for the canonical link. */
  canonical: string;
}

const words = {
  en: { title: 'This page has moved', body: 'The page you asked for is now at' },
  vi: { title: 'Trang này đã chuyển', body: 'Trang bạn tìm hiện nằm ở' },
};

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function redirectPage({ lang, to, canonical }: RedirectPage): string {
  const w = words[lang];
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
