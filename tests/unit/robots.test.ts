import { describe, expect, it } from 'vitest';
import { robotsFile } from '../../src/integrations/robots';

describe('robots.txt', () => {
  it('allows every page and names the sitemap by its full URL, under the base', () => {
    expect(robotsFile('https://docs.example.com', '/')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://docs.example.com/sitemap-index.xml\n',
    );
    expect(robotsFile('https://example.com', '/docs/')).toContain(
      'Sitemap: https://example.com/docs/sitemap-index.xml',
    );
  });
});
