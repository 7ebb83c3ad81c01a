import { describe, expect, it } from 'vitest';
import { redirects } from '../../src/config/redirects';
import { buildSidebar, pageKind } from '../../src/config/sidebar';
import { llmsTxt } from '../../src/integrations/export/llms';
import { pageToMarkdown } from '../../src/integrations/export/markdown';
import { ogImageKey, ogImagePath } from '../../src/lib/og';
import { notFoundRules, redirectPage, redirectsFile } from '../../src/integrations/redirect-page';
import { isNotFoundPage, markdownFileFor, markdownHref } from '../../src/lib/urls';

const page = (content: string, head = '') => `<!doctype html><html lang="en"><head>
<meta name="description" content="What the page answers.">
<link rel="canonical" href="https://example.com/docs/compare/">${head}</head><body>
<main><h1 id="_top">Full comparison</h1><p class="last-reviewed" data-pagefind-ignore>Facts last reviewed
<time datetime="2026-11-22">November 22, 2026</time></p>
<span class="sr-only" aria-hidden="true">search-only words</span>
<div class="sl-markdown-content">${content}</div></main></body></html>`;

describe('Markdown versions of pages', () => {
  it('keeps the title, description, source and review date', () => {
    const { markdown, url, lastReviewed } = pageToMarkdown(page('<p>Hello.</p>'), 'https://x/');
    expect(url).toBe('https://example.com/docs/compare/');
    expect(lastReviewed).toBe('2026-11-22');
    expect(markdown).toBe(
      '# Full comparison\n\n> What the page answers.\n\nSource: <https://example.com/docs/compare/>  \nFacts checked against the AWS documentation: 2026-11-22\n\nHello.\n',
    );
  });

  it('drops the page chrome: anchors, copy links, filters, hidden and search-only text', () => {
    const { markdown } = pageToMarkdown(
      page(`<div class="sl-heading-wrapper"><h2 id="models">Models</h2><a class="sl-anchor-link" href="#models"><span class="sr-only">Copy link to section</span></a></div>
<cmp-filter hidden data-pagefind-ignore><label>Filter rows<input></label></cmp-filter>
<p>Text<a class="copy-link" data-copy-link data-pagefind-ignore href="#x" aria-label="Copy link"></a><button>Copy</button></p>
<p hidden>Secret</p><script>alert(1)</script>`),
      'https://x/',
    );
    expect(markdown).toContain('## Models\n\nText\n');
    expect(markdown).not.toMatch(/Copy|Filter|Secret|alert|search-only/);
  });

  it('keeps every tab panel, hidden or not, each under its tab label, and drops the tab list', () => {
    const { markdown } = pageToMarkdown(
      page(`<starlight-tabs><div class="tablist-wrapper"><ul role="tablist">
<li><a role="tab" href="#p0" id="t0">Build and track</a></li><li><a role="tab" href="#p1" id="t1">Watch and explain</a></li></ul></div>
<div id="p0" aria-labelledby="t0" role="tabpanel"><ul><li>Pipelines</li></ul></div>
<div id="p1" aria-labelledby="t1" role="tabpanel" hidden><ul><li>Model Monitor</li></ul></div></starlight-tabs>`),
      'https://x/',
    );
    expect(markdown).toContain('**Build and track**\n\n- Pipelines');
    expect(markdown).toContain('**Watch and explain**\n\n- Model Monitor');
    expect(markdown.match(/Watch and explain/g)).toHaveLength(1);
  });

  it('writes tables as GFM tables with a word between the level and its explanation', () => {
    const { markdown } = pageToMarkdown(
      page(`<table><thead><tr><th>Aspect</th><th>Amazon Bedrock</th></tr></thead><tbody><tr id="lora">
<th scope="row"><span>LoRA</span><small class="cmp-note"><span>Note:</span> changed in 2026.</small></th>
<td><span class="level" data-level="yes">Yes</span><span class="sr-only">, </span><span>Managed jobs</span></td></tr></tbody></table>`),
      'https://x/',
    );
    expect(markdown).toMatch(/\| Aspect +\| Amazon Bedrock +\|/);
    expect(markdown).toMatch(/\| LoRA \(Note: changed in 2026\.\) +\| \*\*Yes\*\*: Managed jobs +\|/);
  });

  it('turns diagrams into their title and description, and links into absolute URLs', () => {
    const { markdown } = pageToMarkdown(
      page(`<figure><svg aria-roledescription="flowchart-v2"><title>Layers</title><desc>Apps call Bedrock.</desc><g><text>node</text></g></svg></figure>
<p>See <a href="../cost/#spot">cost</a> and <a href="https://aws.amazon.com/bedrock/">AWS</a>.</p>`),
      'https://x/',
    );
    expect(markdown).toContain('\\[Diagram] Layers: Apps call Bedrock.');
    expect(markdown).not.toContain('node');
    expect(markdown).toContain('[cost](https://example.com/docs/cost/#spot)');
    expect(markdown).toContain('[AWS](https://aws.amazon.com/bedrock/)');
  });

  it('labels the Vietnamese edition in Vietnamese', () => {
    const html = page('<p>Xin chào.</p>').replace('lang="en"', 'lang="vi"');
    expect(pageToMarkdown(html, 'https://x/').markdown).toContain(
      'Thông tin được đối chiếu với tài liệu AWS: 2026-11-22',
    );
  });
});

describe('where Markdown versions and images live', () => {
  it('maps page URLs and built files to the same .md path', () => {
    expect(markdownHref('/compare/')).toBe('/compare.md');
    expect(markdownHref('/')).toBe('/index.md');
    expect(markdownHref('/vi/')).toBe('/vi.md');
    expect(markdownHref('/docs/sales/faq/', '/docs/')).toBe('/docs/sales/faq.md');
    expect(markdownHref('/docs/', '/docs')).toBe('/docs/index.md');
    expect(markdownFileFor('compare/index.html')).toBe('compare.md');
    expect(markdownFileFor('index.html')).toBe('index.md');
    expect(markdownFileFor('vi/index.html')).toBe('vi.md');
  });

  it('knows the not-found pages of both languages, by id and by built file', () => {
    for (const page of ['404', 'vi/404', '404.html', 'vi/404/index.html'])
      expect(isNotFoundPage(page)).toBe(true);
    for (const page of ['compare', 'vi/compare/index.html', 'x404.html'])
      expect(isNotFoundPage(page)).toBe(false);
  });

  it('names one preview image per page id', () => {
    expect(ogImageKey('vi/compare')).toBe('vi/compare.png');
    expect(ogImagePath('index', '/docs')).toBe('/docs/og/index.png');
  });
});

describe('llms.txt', () => {
  it('lists each group and page with its Markdown link and description', () => {
    const entry = {
      page: {
        title: 'Full comparison',
        description: 'Row by row.',
        url: '',
        lang: 'en',
        lastReviewed: undefined,
        markdown: '',
      },
      markdownUrl: 'https://example.com/compare.md',
    };
    const text = llmsTxt('Site', 'What it is.', [
      { label: 'Compare', pages: [entry] },
      { label: 'Empty', pages: [] },
    ]);
    expect(text).toContain('# Site\n\n> What it is.\n');
    expect(text).toContain(
      '## Compare\n\n- [Full comparison](https://example.com/compare.md): Row by row.\n',
    );
    expect(text).not.toContain('Empty');
  });
});

describe('page kinds for search labels', () => {
  it('come from the sidebar group, in both languages', () => {
    expect(pageKind('compare')).toBe('comparison');
    expect(pageKind('vi/sales/faq')).toBe('sales');
    expect(pageKind('glossary')).toBe('reference');
    expect(pageKind('index')).toBe('guide');
  });
});

describe('the sidebar', () => {
  it('fails naming a slug that has no page', () => {
    expect(() => buildSidebar('tests/fixtures/pages')).toThrow(
      /src\/config\/sidebar.ts lists "overview", "decide", .* but tests\/fixtures\/pages has no such page/,
    );
  });

  it('labels each group in every language from the UI strings', () => {
    const [first] = buildSidebar('content/docs');
    expect(first).toMatchObject({ label: 'Start here', translations: { vi: 'Bắt đầu' } });
  });
});

describe('redirects', () => {
  it('each old path and target is a relative directory path, and no path is both', () => {
    for (const [from, to] of Object.entries(redirects)) {
      expect(from).toMatch(/^[a-z0-9-]+(\/[a-z0-9-]+)*\/$/);
      expect(to).toMatch(/^[a-z0-9-]+(\/[a-z0-9-]+)*\/$/);
      expect(Object.keys(redirects)).not.toContain(to);
    }
  });

  it('a redirect page keeps the query and anchor, works without JavaScript and is not indexed', () => {
    const html = redirectPage({
      locale: 'vi',
      to: '/docs/vi/compare/',
      canonical: 'https://e.com/docs/vi/compare/',
    });
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('location.replace("/docs/vi/compare/" + location.search + location.hash)');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/docs/vi/compare/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<a href="/docs/vi/compare/">');
    expect(redirectsFile([['/pricing/', '/cost/']])).toBe('/pricing/ /cost/ 301\n');
  });
});

describe('host rules for a missing address', () => {
  it('send a missing Vietnamese address to the Vietnamese 404, with status 404, under the base path', () => {
    expect(notFoundRules('/', ['vi/'])).toBe('/vi/* /vi/404/index.html 404\n');
    expect(notFoundRules('/docs/', ['vi/'])).toBe('/docs/vi/* /docs/vi/404/index.html 404\n');
  });
});
