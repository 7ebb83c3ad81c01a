import { describe, expect, it } from 'vitest';
import { LOCAL_ORIGIN, isLocalOrigin, siteOrigin } from '../../src/config/site';

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
