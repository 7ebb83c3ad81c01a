import { describe, expect, it } from 'vitest';
import { LOCAL_ORIGIN, isLocalOrigin, siteDate, siteOrigin } from '../../src/config/site';

describe('the origin a build is made for', () => {
  it('a build without SITE_URL stops and says what to set', () => {
    expect(() => siteOrigin({}, 'build')).toThrow(/SITE_URL is not set\. Set it to the origin .*npm start/);
    expect(() => siteOrigin({ SITE_URL: '  ' }, 'build')).toThrow(/SITE_URL is not set/);
  });

  it('dev, preview and check work without it, on this machine', () => {
    expect(siteOrigin({}, 'dev')).toBe(LOCAL_ORIGIN);
    expect(siteOrigin({}, 'preview')).toBe(LOCAL_ORIGIN);
    expect(siteOrigin({}, 'check')).toBe(LOCAL_ORIGIN);
  });

  it('takes an origin, and refuses a path, a query or something that is not a URL', () => {
    expect(siteOrigin({ SITE_URL: 'https://example.com/' }, 'build')).toBe('https://example.com');
    expect(() => siteOrigin({ SITE_URL: 'https://example.com/docs/' }, 'build')).toThrow(/BASE_PATH/);
    expect(() => siteOrigin({ SITE_URL: 'example.com' }, 'build')).toThrow(/is not a URL/);
    expect(() => siteOrigin({ SITE_URL: 'ftp://example.com' }, 'build')).toThrow(/must be an origin/);
  });

  it('knows a local preview from a host', () => {
    expect(isLocalOrigin(LOCAL_ORIGIN)).toBe(true);
    expect(isLocalOrigin('https://example.com')).toBe(false);
  });
});

describe('the day a build counts recent changes from', () => {
  it('is SITE_DATE when set, at noon UTC, so the day is the same in every time zone', () => {
    expect(siteDate({ SITE_DATE: '2026-12-06' }).toISOString()).toBe('2026-12-06T12:00:00.000Z');
  });

  it('is today without it', () => {
    const before = Date.now();
    const day = siteDate({}).getTime();
    expect(day).toBeGreaterThanOrEqual(before);
    expect(day).toBeLessThanOrEqual(Date.now());
  });

  it.each(['6/12/2026', '2026-13-40', 'soon'])('fails on "%s", naming the variable', (value) => {
    expect(() => siteDate({ SITE_DATE: value })).toThrow(
      `SITE_DATE "${value}" is not a date written YYYY-MM-DD`,
    );
  });
});
