import { describe, expect, it } from 'vitest';
import { responseHeaders } from '../../src/config/headers';
import { headersFile } from '../../src/integrations/headers';

/** The rules of a `_headers` text: path lines, and the indented `Name: value` lines under each. */
function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
      continue;
    }
    const colon = line.indexOf(':');
    expect(current, `header line "${line}" comes before any path`).toBeDefined();
    current!.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return rules;
}

describe('_headers, rendered from src/config/headers.ts', () => {
  it('names each header once', () => {
    const names = responseHeaders.map((h) => h.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it('HSTS lasts at least a year, covers subdomains and does not ask for preloading', () => {
    const hsts = responseHeaders.find((h) => h.name === 'Strict-Transport-Security')!.value;
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(31536000);
    expect(hsts).toMatch(/includeSubDomains/);
    expect(hsts).not.toMatch(/preload/);
  });

  it.each(['/', '/docs/', '/docs'])(
    'carries every header of the list, for every path under base %s',
    (base) => {
      const rules = parseHeadersFile(headersFile(responseHeaders, base));
      const pattern = `${base.endsWith('/') ? base : `${base}/`}*`;
      expect([...rules.keys()]).toEqual([pattern]);
      const sent = rules.get(pattern)!;
      for (const { name, value } of responseHeaders) expect(sent.get(name), name).toBe(value);
      expect(sent.size).toBe(responseHeaders.length);
    },
  );

  it('says in its comments where the list lives', () => {
    const comments = headersFile(responseHeaders)
      .split('\n')
      .filter((line) => line.startsWith('#'))
      .join('\n');
    expect(comments).toContain('src/config/headers.ts');
  });

  it('renders whatever list it is given, so a header added to the list reaches the file', () => {
    const text = headersFile([...responseHeaders, { name: 'X-Example', value: 'one two' }]);
    expect(parseHeadersFile(text).get('/*')!.get('X-Example')).toBe('one two');
  });
});
