/**
 * The origin every absolute URL is built for: canonical links, link previews, the sitemap, the
 * feeds, llms.txt, the Markdown copies and the PDF footers. A build for a host must name it in
 * SITE_URL; without it the build stops, because a silent localhost default would ship links
 * that lead nowhere. `npm start` builds for local preview by setting SITE_URL to LOCAL_ORIGIN.
 */
export const LOCAL_ORIGIN = 'http://localhost:4321';

export function siteOrigin(env: Record<string, string | undefined>, command: string | undefined): string {
  const value = env.SITE_URL?.trim();
  if (!value) {
    if (command === 'build') {
      throw new Error(
        'SITE_URL is not set. Set it to the origin the site will be served from, e.g. ' +
          `SITE_URL=https://example.com npm run build (or SITE_URL=${LOCAL_ORIGIN} for a local preview; ` +
          '`npm start` does that for you).',
      );
    }
    return LOCAL_ORIGIN;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL "${value}" is not a URL: give an origin such as https://example.com`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `SITE_URL "${value}" must be an origin such as https://example.com (put a sub-path in BASE_PATH)`,
    );
  }
  return url.origin;
}

/** Whether a build is for local preview only (its links point at this machine). */
export const isLocalOrigin = (origin: string) => /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(origin);

/**
 * The day a build counts "recent" from (the "Updated" badges of the last 90 days): today, or
 * SITE_DATE (YYYY-MM-DD) when set. The tests' build sets it, so what they expect does not change
 * with the calendar.
 */
export function siteDate(env: Record<string, string | undefined> = process.env): Date {
  const value = env.SITE_DATE?.trim();
  if (!value) return new Date();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new Error(`SITE_DATE "${value}" is not a date written YYYY-MM-DD`);
  }
  return new Date(`${value}T12:00:00Z`);
}
