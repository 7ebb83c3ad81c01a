/**
 * The built site as the deployment sees it: its files (paths relative to dist/, with `/`), its
 * pages (folders with an index.html), and which of them are uploaded. Only Node built-ins.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files that only other hosts read (Netlify, Cloudflare Pages): never uploaded to S3. */
export const otherHostFiles = ['_headers', '_redirects'];

/** Astro's hashed assets: a changed file gets a new name, so these never need invalidating. */
export const hashedAssetsDir = '_astro/';

/** Every file under `dir`, as sorted relative paths with forward slashes. */
export function listSiteFiles(dir: string): string[] {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(
      `${dir} has no index.html: build the site first (npm run build), or point DIST_DIR at a built site`,
    );
  }
  const files: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(join(dir, relative), { withFileTypes: true })) {
      const path = `${relative}${entry.name}`;
      if (entry.isDirectory()) walk(`${path}/`);
      else if (entry.isFile()) files.push(path);
    }
  };
  walk('');
  return files.sort();
}

/** The pages: "" for the home page, "compare/", "vi/404/"… (each a folder with an index.html). */
export function pageDirs(files: string[]): string[] {
  return files
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => file.slice(0, -'index.html'.length));
}

/** The files that go to S3. */
export function uploadedFiles(files: string[]): string[] {
  return files.filter((file) => !otherHostFiles.includes(file));
}

/** path → SHA-256 of every uploaded file outside the hashed assets: what invalidation compares. */
export type Manifest = Record<string, string>;

export function siteManifest(dir: string, files: string[]): Manifest {
  const manifest: Manifest = {};
  for (const file of uploadedFiles(files)) {
    if (file.startsWith(hashedAssetsDir)) continue;
    const path = join(dir, file);
    if (!statSync(path).isFile()) continue;
    manifest[file] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return manifest;
}
