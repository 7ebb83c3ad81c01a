import { describe, expect, it } from 'vitest';
import {
  fold,
  pickSubResults,
  promoteTitleMatches,
  settledHead,
  titleHolds,
} from '../../src/scripts/search-results';

const sub = (url: string, hits: number) => ({ title: url, url, excerpt: '', locations: Array(hits).fill(0) });

describe('pickSubResults', () => {
  it('leaves out the section that is the page itself', () => {
    const data = { url: '/a/', excerpt: '', meta: {}, sub_results: [sub('/a/', 5), sub('/a/#x', 1)] };
    expect(pickSubResults(data).map((s) => s.url)).toEqual(['/a/#x']);
  });

  it('keeps the three sections with the most matches, in page order', () => {
    const subs = [sub('/a/#1', 1), sub('/a/#2', 4), sub('/a/#3', 2), sub('/a/#4', 9), sub('/a/#5', 3)];
    const data = { url: '/a/', excerpt: '', meta: {}, sub_results: subs };
    expect(pickSubResults(data).map((s) => s.url)).toEqual(['/a/#2', '/a/#4', '/a/#5']);
  });

  it('uses the page URL from the metadata when there is one', () => {
    const data = {
      url: '/raw/',
      excerpt: '',
      meta: { url: '/a/' },
      sub_results: [sub('/a/', 1), sub('/a/#x', 1)],
    };
    expect(pickSubResults(data).map((s) => s.url)).toEqual(['/a/#x']);
  });

  it('has nothing to show for a page without sections', () => {
    expect(pickSubResults({ url: '/a/', excerpt: '', meta: {} })).toEqual([]);
  });
});

describe('page tops and search terms', () => {
  it('never offers the page top as a section of its own page', () => {
    const data = {
      url: '/a/',
      excerpt: '',
      meta: { url: '/a/' },
      sub_results: [
        { title: 'A', url: '/a/#_top', excerpt: 'x · y · z', locations: [1, 2, 3] },
        { title: 'B', url: '/a/#b', excerpt: 'b', locations: [4] },
      ],
    };
    expect(pickSubResults(data).map((s) => s.url)).toEqual(['/a/#b']);
  });
});

describe('section titles that name the whole query', () => {
  it('compares words without case or diacritics', () => {
    expect(fold('Lưu trú dữ liệu Đâu')).toBe('luu tru du lieu dau');
    expect(titleHolds('Lưu trú dữ liệu và suy luận liên vùng', ['lưu', 'trú', 'dữ', 'liệu'])).toBe(true);
    expect(titleHolds('Lưu trú dữ liệu', ['luu', 'tru'])).toBe(true);
    expect(titleHolds('Cách dữ liệu của bạn được sử dụng', ['dữ', 'liệu', 'xử', 'lý'])).toBe(false);
    expect(titleHolds('Anything', [])).toBe(false);
  });

  it('moves pages with such a section ahead within the first results, keeping each group in order', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    expect(promoteTitleMatches(items, (x) => x === 'c' || x === 'e', 4)).toEqual(['c', 'a', 'b', 'd', 'e']);
    expect(promoteTitleMatches(items, () => false)).toEqual(items);
  });

  it('keeps a section titled with every word among the sections shown', () => {
    const section = (url: string, title: string, n: number) => ({
      title,
      url,
      excerpt: '',
      locations: Array(n).fill(0),
    });
    const data = {
      url: '/s/',
      excerpt: '',
      meta: {},
      sub_results: [
        section('/s/#a', 'Guardrails', 9),
        section('/s/#b', 'Access', 8),
        section('/s/#c', 'Audit', 7),
        section('/s/#data-residency', 'Data residency', 1),
      ],
    };
    expect(pickSubResults(data, 3, ['data', 'residency']).map((s) => s.url)).toContain('/s/#data-residency');
    expect(pickSubResults(data, 3).map((s) => s.url)).not.toContain('/s/#data-residency');
  });
});

describe('results drawn as their data arrives', () => {
  const items = ['a', 'b', 'c', 'd', 'e'];
  it('draws the hits of the known run at the start, and nothing past the first unknown', () => {
    expect(settledHead(items, [true, undefined, true, true], 4)).toEqual(['a']);
    expect(settledHead(items, [false, true, undefined, true], 4)).toEqual(['b']);
    expect(settledHead(items, [false, undefined, true, true], 4)).toEqual([]);
  });
  it('gives the whole promoted order once the window is known, matching promoteTitleMatches', () => {
    const known = [false, false, true, false];
    expect(settledHead(items, known, 4)).toEqual(promoteTitleMatches(items, (x) => x === 'c', 4));
    expect(settledHead(items, known, 4)).toEqual(['c', 'a', 'b', 'd', 'e']);
  });
});
