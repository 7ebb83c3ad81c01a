import { describe, expect, it } from 'vitest';
import { pickSubResults } from '../../src/scripts/search-results';

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
