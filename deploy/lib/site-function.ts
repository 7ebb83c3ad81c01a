/**
 * The CloudFront Function's code: deploy/functions/site.js with the site's data in front of it.
 * The data comes from the built site (its pages and files) and from src/config/redirects.ts and
 * src/config/locales.ts, the lists the build itself uses, so nothing here is typed twice.
 */
import { readFileSync } from 'node:fs';
import { localeConfig } from '../../src/config/locales.ts';
import { redirects } from '../../src/config/redirects.ts';
import { pageDirs } from './site-files.ts';

/** CloudFront's limit on a function's code, in bytes. */
export const functionSizeLimit = 10 * 1024;

export type FunctionEvent = 'viewer-request' | 'viewer-response';

export interface FunctionData {
  base: string;
  pages: Record<string, string>;
  files: Record<string, string>;
  redirects: Record<string, string>;
  notFound: Record<string, string>;
  errorPages: Record<string, 1>;
}

/** Each language's URL prefix: "" for the default one, "vi/"… (as src/config/i18n.ts localePrefix). */
export const localePrefixes: string[] = Object.values(localeConfig).map(({ dir }) => (dir ? `${dir}/` : ''));

const flags = (keys: string[]): Record<string, 1> => Object.fromEntries(keys.map((key) => [key, 1 as const]));

/**
 * Paths grouped by their folder, names joined by spaces: "compare/agents/" and "compare/rag/"
 * become { "compare/": "agents rag" }. A hundred-odd row and model pages per language fit
 * CloudFront's 10 KB limit this way; deploy/functions/site.js looks a path up with `listed`.
 */
export function grouped(paths: string[]): Record<string, string> {
  const groups: Record<string, string[]> = {};
  for (const path of paths) {
    const trimmed = path.endsWith('/') ? path.slice(0, -1) : path;
    const cut = trimmed.lastIndexOf('/') + 1;
    (groups[trimmed.slice(0, cut)] ??= []).push(trimmed.slice(cut));
  }
  return Object.fromEntries(Object.entries(groups).map(([folder, names]) => [folder, names.join(' ')]));
}

/** What the function knows of the site. Fails, naming the file to fix, if the site disagrees. */
export function functionData(files: string[], base: string): FunctionData {
  const pages = pageDirs(files);
  const pageSet = new Set(pages);
  const table: Record<string, string> = {};
  for (const prefix of localePrefixes) {
    for (const [from, to] of Object.entries(redirects)) {
      if (!pageSet.has(`${prefix}${to}`)) {
        throw new Error(
          `src/config/redirects.ts: "${from}" points to "${to}", which is not a page of the site`,
        );
      }
      table[`${prefix}${from}`] = `${prefix}${to}`;
    }
  }
  const translated = localePrefixes.filter(Boolean);
  const notFound: Record<string, string> = {};
  for (const prefix of translated) {
    if (!pageSet.has(`${prefix}404/`)) {
      throw new Error(`The built site has no ${prefix}404/index.html: add content/docs/${prefix}404.mdx`);
    }
    notFound[prefix] = `${prefix}404/index.html`;
  }
  if (!files.includes('404.html')) throw new Error('The built site has no 404.html');
  // A page's Markdown twin ("vi/compare.md" beside "vi/compare/") is known from its page.
  const translatedFiles = files.filter(
    (file) =>
      translated.some((prefix) => file.startsWith(prefix)) &&
      !/(^|\/)index\.html$/.test(file) &&
      !(file.endsWith('.md') && pageSet.has(`${file.slice(0, -3)}/`)),
  );
  return {
    base,
    pages: grouped(pages),
    files: grouped(translatedFiles),
    redirects: table,
    notFound,
    errorPages: flags(['404.html', ...translated.flatMap((p) => [`${p}404/`, `${p}404/index.html`])]),
  };
}

const template = readFileSync(new URL('../functions/site.js', import.meta.url), 'utf8');

/**
 * The code CloudFront runs: the data, then the template without its comment-only lines,
 * blank lines and indentation (they count against the size limit).
 */
export function functionCode(event: FunctionEvent, data: FunctionData): string {
  const body = template
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//') && !/^\/\*.*\*\/$/.test(line))
    .join('\n');
  return `var SITE = ${JSON.stringify({ event, ...data })};\n${body}\n`;
}
