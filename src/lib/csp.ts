import { createHash } from 'node:crypto';

/**
 * Builds a strict Content-Security-Policy for one built HTML page from what the page actually
 * contains: every inline <script> and <style> and every style="" attribute is allowed by its
 * SHA-256 hash, nothing else inline runs. Used after the build, so it also covers inline code
 * that Starlight and other integrations add (Astro's own CSP cannot hash those).
 */

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const entities: Record<string, string> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  '#39': "'",
  '#34': '"',
};
const decode = (value: string) =>
  value.replace(/&(amp|quot|apos|lt|gt|#39|#34);/g, (_, name: string) => entities[name]!);

export const baseDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-src 'none'",
];

export interface InlineCode {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
}

/** Inline scripts (executable types only), <style> elements and style attributes of a page. */
export function findInlineCode(html: string): InlineCode {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs]) => !/\bsrc\s*=/.test(attrs!))
    .filter(([, attrs]) => {
      const type = /\btype\s*=\s*"([^"]*)"/i.exec(attrs!)?.[1]?.toLowerCase();
      return !type || type === 'module' || type === 'text/javascript';
    })
    .map(([, , body]) => body!);
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, body]) => body!);
  const styleAttributes = [...html.matchAll(/\sstyle\s*=\s*"([^"]*)"/gi)].map(([, value]) => decode(value!));
  return { scripts, styles, styleAttributes };
}

/** The policy for a page. Pagefind's search needs 'wasm-unsafe-eval' to compile its WebAssembly. */
export function buildPolicy(code: InlineCode): string {
  const unique = (list: string[]) => [...new Set(list.map(hash))];
  const attributes = unique(code.styleAttributes);
  return [
    ...baseDirectives,
    ["script-src 'self' 'wasm-unsafe-eval'", ...unique(code.scripts)].join(' '),
    ["style-src 'self'", ...unique(code.styles)].join(' '),
    attributes.length ? ["style-src-attr 'unsafe-hashes'", ...attributes].join(' ') : "style-src-attr 'none'",
  ].join('; ');
}

/**
 * Puts the policy in a <meta> at the top of <head>, replacing any earlier one: right after
 * <meta charset> when the page has one (the charset must stay within the first 1,024 bytes),
 * otherwise first. Either way it comes before any script or style it governs.
 */
export function withPolicy(html: string): string {
  const cleaned = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/gi, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${buildPolicy(findInlineCode(cleaned)).replace(/"/g, '&quot;')}">`;
  const charset = /<head[^>]*>\s*<meta charset="[^"]*"\s*\/?>/i;
  if (charset.test(cleaned)) return cleaned.replace(charset, (m) => `${m}${meta}`);
  return cleaned.replace(/<head([^>]*)>/i, `<head$1>${meta}`);
}
