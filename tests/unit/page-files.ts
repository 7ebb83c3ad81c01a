import { readdirSync } from 'node:fs';
import { basename } from 'node:path';

/** The page files under content/docs, relative to it: what the docs collection loads (no `_` partials). */
export function pageFiles(docs = 'content/docs'): string[] {
  return (readdirSync(docs, { recursive: true }) as string[]).filter(
    (f) => /\.mdx?$/.test(f) && !basename(f).startsWith('_'),
  );
}
