/**
 * Which CloudFront paths a deployment invalidates: the files whose content changed since the last
 * deployment from this checkout, or that were removed. Added files need nothing (no edge has a
 * copy), and hashed assets under _astro/ change name when they change. The last deployment's
 * manifest is kept in deploy/.deployed/ (see state.ts); without one, everything under the base is
 * invalidated with a single wildcard path.
 */
import type { Manifest } from './site-files.ts';

/**
 * Above this many paths one wildcard is used instead: CloudFront counts a wildcard as one path,
 * and a build that touched most pages (a new stylesheet hash does) changes them all anyway.
 */
export const maxInvalidationPaths = 50;

/**
 * The addresses a file is cached under. A page is cached under the address the reader asked for
 * and under the index.html the viewer-request function rewrote it to, so both are invalidated.
 */
export function cachedPaths(file: string, base: string): string[] {
  if (file === 'index.html' || file.endsWith('/index.html')) {
    return [`${base}${file.slice(0, -'index.html'.length)}`, `${base}${file}`];
  }
  return [`${base}${file}`];
}

/** The files of `previous` that changed or are gone in `current`. */
export function changedFiles(previous: Manifest, current: Manifest): string[] {
  return Object.keys(previous)
    .filter((file) => current[file] !== previous[file])
    .sort();
}

export function invalidationPaths(
  previous: Manifest | undefined,
  current: Manifest,
  base: string,
  limit = maxInvalidationPaths,
): string[] {
  if (!previous) return [`${base}*`];
  const paths = [...new Set(changedFiles(previous, current).flatMap((file) => cachedPaths(file, base)))];
  return paths.length > limit ? [`${base}*`] : paths.sort();
}
