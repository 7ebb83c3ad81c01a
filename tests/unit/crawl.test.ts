import { describe, expect, it } from 'vitest';
import { crawlSite, decodeEntities, parsePage, urlPathOf } from '../../scripts/check/crawl';

const fixture = (name: string) => `tests/fixtures/site/${name}`;
const site = 'http://localhost:4321';

describe('reading a page', () => {
  it('finds href, src and each srcset candidate, and ids and <a name>s, skipping scripts and comments', () => {
    const { references, ids } = parsePage(
      '<!-- <a href="/c/"> --><a href="/a/?x=1&amp;y=2" id="one"><img src=/i.png srcset="/s.png 1x, /t.png 2x"></a>' +
        '<script src="/app.js">const a = "<a href=/no/>";</script><a name="old"></a><p name="not-an-anchor"></p>',
    );
    expect(references).toEqual([
      { attribute: 'href', value: '/a/?x=1&y=2' },
      { attribute: 'src', value: '/i.png' },
      { attribute: 'srcset', value: '/s.png' },
      { attribute: 'srcset', value: '/t.png' },
      { attribute: 'src', value: '/app.js' },
    ]);
    expect([...ids]).toEqual(['one', 'old']);
  });

  it('decodes character references and maps files to the URLs they are served at', () => {
    expect(decodeEntities('a&amp;b &#x22;c&#34; &lt;d&gt; &unknown;')).toBe('a&b "c" <d> &unknown;');
    expect(urlPathOf('index.html', '/')).toBe('/');
    expect(urlPathOf('vi/compare/index.html', '/docs/')).toBe('/docs/vi/compare/');
    expect(urlPathOf('404.html', '/docs')).toBe('/docs/404.html');
  });
});

describe('crawling a build', () => {
  it('accepts a site whose links, sources and ids all resolve, and lists external links', () => {
    const report = crawlSite(fixture('ok'), { site });
    expect(report.errors).toEqual([]);
    expect(report.pages).toBe(3);
    expect(report.checked).toBe(17);
    expect([...report.external]).toEqual([
      ['https://example.com/docs/', 2],
      ['mailto:team@example.com', 1],
    ]);
  });

  it('names the page file and the link of every broken href, #hash and src', () => {
    expect(crawlSite(fixture('broken')).errors).toEqual([
      'index.html: href="/missing/" → no file missing/index.html in tests/fixtures/site/broken',
      'index.html: href="/guide/#nowhere" → no id "nowhere" on guide/index.html',
      'index.html: href="/guide" → guide is a directory: end the link with "/"',
      'index.html: src="/img/nope.png" → no file img/nope.png in tests/fixtures/site/broken',
      'index.html: srcset="/guide/pic@2x.png" → no file guide/pic@2x.png in tests/fixtures/site/broken',
    ]);
  });

  it('under a base path, rejects links that leave it, absolute links to the site included', () => {
    expect(crawlSite(fixture('base'), { base: '/docs/', site }).errors).toEqual([
      'index.html: href="http://localhost:4321/vi/" → outside the base path /docs/',
      'index.html: href="/guide/" → outside the base path /docs/',
    ]);
  });

  it('fails when there is nothing to crawl', () => {
    expect(crawlSite(fixture('ok/img')).errors).toEqual([
      'tests/fixtures/site/ok/img: no HTML files; build the site first',
    ]);
  });
});
