/**
 * The HTTP response headers every page is served with: the one list. A `<meta>` tag cannot carry
 * them (a page's own Content-Security-Policy `<meta>` has no `frame-ancestors`), so hosts send
 * them. The build writes them to `dist/_headers` for Netlify and Cloudflare Pages
 * (src/integrations/headers.ts), and the CloudFront response headers policy in deploy/ is made
 * from the same list. Add or change a header here and both follow.
 *
 * This file imports nothing, so `node` runs it as it is from the deploy scripts.
 */
export interface ResponseHeader {
  name: string;
  value: string;
}

export const responseHeaders: ResponseHeader[] = [
  // Browsers that have seen the site once use HTTPS only, for a year, on every subdomain too.
  // Not `preload`: that asks browsers to ship the domain hard-coded, which is the owner's call.
  { name: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
  // No other site may show these pages in a frame (the modern rule and its older twin).
  { name: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
  { name: 'X-Frame-Options', value: 'DENY' },
  // Other sites see where a reader came from, never which page.
  { name: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // Files are read as the type they are sent with, never guessed.
  { name: 'X-Content-Type-Options', value: 'nosniff' },
  // A documentation site needs none of these device features.
  { name: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
];
