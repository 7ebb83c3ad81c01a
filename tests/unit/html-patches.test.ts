import { describe, expect, it } from 'vitest';
import { buildPolicy, findInlineCode, withPolicy } from '../../src/lib/csp';
import {
  addButtonTypes,
  patchCodeBlocks,
  patchHtml,
  patchSearchButtonLabel,
} from '../../src/lib/html-patches';

describe('search button label', () => {
  it('names the button with its visible text, words separated', () => {
    const html =
      '<button data-open-modal disabled aria-label="Search" aria-keyshortcuts="Control+K"><svg></svg><span aria-hidden="true">Search</span><kbd class="a"><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button>';
    expect(patchSearchButtonLabel(html)).toBe(
      '<button data-open-modal disabled aria-label="Search Ctrl K" aria-keyshortcuts="Control+K"><svg></svg><span aria-hidden="true">Search</span> <kbd class="a"><kbd>Ctrl</kbd> <kbd>K</kbd></kbd></button>',
    );
  });
});

describe('button types', () => {
  it('gives buttons without a type type="button" and keeps explicit types', () => {
    expect(
      addButtonTypes(
        '<button data-open-modal class="a">Search</button><button type="submit">Go</button><button\n  TYPE="reset">x</button>',
      ),
    ).toBe(
      '<button type="button" data-open-modal class="a">Search</button><button type="submit">Go</button><button\n  TYPE="reset">x</button>',
    );
  });

  it('reads quoted values as values, not attributes, and leaves scripts and styles alone', () => {
    const html =
      '<button data-code="x type=1 > y">c</button><script>el.innerHTML = "<button>";</script><style>button{}</style>';
    expect(addButtonTypes(html)).toBe(
      '<button type="button" data-code="x type=1 > y">c</button><script>el.innerHTML = "<button>";</script><style>button{}</style>',
    );
  });
});

describe('code blocks', () => {
  const block =
    '<pre data-language="python" class="wrap"><code><div class="ec-line"><div class="code"><span style="--0:#C792EA">import</span> a &lt;div&gt;</div></div></code></pre>' +
    '<div class="copy"><div aria-live="polite"></div><button title="Copy to clipboard" data-copied="Copied!" data-code="a => b"><div></div></button></div>';

  it('turns the line <div>s inside <code> into <span>s, leaving other <div>s and escaped text alone', () => {
    const html = patchCodeBlocks(block);
    expect(html).toContain(
      '<code><span class="ec-line"><span class="code"><span style="--0:#C792EA">import</span> a &lt;div&gt;</span></span></code>',
    );
    expect(html).toContain('<div class="copy"><div aria-live="polite"></div>');
  });

  it('names the copy button by its title and draws its background with a <span>', () => {
    expect(patchCodeBlocks(block)).toContain(
      '<button title="Copy to clipboard" data-copied="Copied!" data-code="a => b" aria-label="Copy to clipboard"><span></span></button>',
    );
  });

  it('leaves other buttons with an empty <div> alone', () => {
    const html = '<button title="x"><div></div></button>';
    expect(patchCodeBlocks(html)).toBe(html);
  });
});

describe('all patches', () => {
  it('applies every patch once', () => {
    const html = patchHtml(
      '<button title="Copy" data-code="a"><div></div></button><code><div>x</div></code>',
    );
    expect(html).toBe(
      '<button type="button" title="Copy" data-code="a" aria-label="Copy"><span></span></button><code><span>x</span></code>',
    );
  });
});

describe('content security policy', () => {
  const page =
    '<html><head><meta http-equiv="content-security-policy" content="old"><script>alert(1)</script><script type="module" src="/a.js"></script><script type="application/json">{}</script><style>p{}</style></head><body><p style="color: red">x</p><p style="a &amp; b"></p></body></html>';

  it('finds inline scripts, styles and style attributes, skipping external and data scripts', () => {
    expect(findInlineCode(page)).toEqual({
      scripts: ['alert(1)'],
      styles: ['p{}'],
      styleAttributes: ['color: red', 'a & b'],
    });
  });

  it('allows exactly those by hash and nothing else inline', () => {
    const policy = buildPolicy(findInlineCode(page));
    expect(policy).toContain(
      "script-src 'self' 'wasm-unsafe-eval' 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='",
    );
    expect(policy).toContain("style-src-attr 'unsafe-hashes' ");
    expect(policy).not.toContain("'unsafe-inline'");
    expect(policy).toContain("object-src 'none'");
  });

  it('replaces an earlier policy with one meta as the first element of head', () => {
    const html = withPolicy(page);
    expect(html.match(/Content-Security-Policy/gi)).toHaveLength(1);
    expect(html).toMatch(
      /^<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self';/,
    );
  });

  it('keeps <meta charset> first, so it stays within the first 1,024 bytes', () => {
    const html = withPolicy(
      '<!DOCTYPE html><html><head><meta charset="utf-8"><script>x()</script></head></html>',
    );
    expect(html).toMatch(
      /^<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy"/,
    );
  });
});
