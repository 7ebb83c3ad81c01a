import { describe, expect, it } from 'vitest';
import { buildPolicy, findInlineCode, withPolicy } from '../../src/lib/csp';
import { patchSearchButtonLabel } from '../../src/lib/html-patches';

describe('search button label', () => {
  it('names the button with its visible text, words separated', () => {
    const html =
      '<button data-open-modal disabled aria-label="Search" aria-keyshortcuts="Control+K"><svg></svg><span aria-hidden="true">Search</span><kbd class="a"><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button>';
    expect(patchSearchButtonLabel(html)).toBe(
      '<button data-open-modal disabled aria-label="Search Ctrl K" aria-keyshortcuts="Control+K"><svg></svg><span aria-hidden="true">Search</span> <kbd class="a"><kbd>Ctrl</kbd> <kbd>K</kbd></kbd></button>',
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
});
