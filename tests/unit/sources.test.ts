import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { pageFiles } from './page-files';
import { describe, expect, it } from 'vitest';
import { defaultLocale, localeConfig, locales } from '../../src/config/locales';
import { readData } from '../../src/data/files';
import { localeOfId, localePrefix, translatedLocales, withoutLocale } from '../../src/config/i18n';
import { bibliography, sourceGroup } from '../../src/lib/sources';
import { type SourceKind, sourceProblem, unsuitableSources } from '../../src/schemas/source-rules';
import { repeatedUrls } from '../../src/schemas/sources';

const docs = 'content/docs';
/** A page's frontmatter, by its path under content/docs. */
const frontmatter = (file: string) =>
  parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(docs, file), 'utf8'))?.[1] ?? '') as {
    sources?: unknown;
    lastReviewed?: unknown;
  };

describe('which pages may back a claim', () => {
  const problem = (url: string, kind: SourceKind, why?: string) => sourceProblem({ url, kind, why });

  it('takes AWS documentation, API references, pricing pages, announcements and blogs as their kinds', () => {
    expect(
      problem('https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails.html', 'documentation'),
    ).toBeUndefined();
    expect(
      problem(
        'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateEndpoint.html',
        'api-reference',
      ),
    ).toBeUndefined();
    expect(problem('https://aws.amazon.com/bedrock/pricing/', 'pricing')).toBeUndefined();
    expect(problem('https://aws.amazon.com/about-aws/whats-new/2026/03/x/', 'announcement')).toBeUndefined();
    expect(problem('https://aws.amazon.com/blogs/machine-learning/x/', 'blog')).toBeUndefined();
  });

  it('names the kind an address really is when the entry says another', () => {
    expect(
      problem(
        'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateEndpoint.html',
        'documentation',
      ),
    ).toBe(
      'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateEndpoint.html is kind api-reference, not documentation',
    );
  });

  it('refuses product pages, getting-started pages and language SDK references', () => {
    expect(problem('https://aws.amazon.com/sagemaker/ai/', 'documentation')).toMatch(
      /product or marketing page/,
    );
    expect(problem('https://aws.amazon.com/bedrock/agentcore/', 'documentation')).toMatch(
      /product or marketing page/,
    );
    expect(
      problem('https://docs.aws.amazon.com/bedrock/latest/userguide/getting-started.html', 'documentation'),
    ).toMatch(/getting-started/);
    expect(
      problem('https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/sagemaker/x.html', 'api-reference'),
    ).toMatch(/SDK's reference/);
    for (const rule of unsuitableSources) expect(rule.why.length).toBeGreaterThan(10);
  });

  it('takes a third party only with a why, and never for an AWS page', () => {
    expect(problem('https://huggingface.co/blog/x', 'third-party')).toMatch(/add a why/);
    expect(
      problem('https://huggingface.co/blog/x', 'third-party', 'a measurement AWS does not publish'),
    ).toBeUndefined();
    expect(problem('https://docs.aws.amazon.com/bedrock/latest/userguide/x.html', 'third-party')).toMatch(
      /is an AWS page/,
    );
  });

  it('finds an address cited twice in one entry', () => {
    const a = { url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/a.html' };
    expect(repeatedUrls([a, { url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/b.html' }])).toEqual(
      [],
    );
    expect(repeatedUrls([a, a])).toEqual([`${a.url} is cited twice in this entry`]);
  });
});

describe('every page has its sources', () => {
  it('every prose page lists its sources (pages built from data show theirs per row)', () => {
    const fromData = new Set([
      'index.mdx',
      '404.mdx',
      'compare.mdx',
      // The handout shows comparison rows (each with its sources) and the talk track's summary.
      'compare/handout.mdx',
      'glossary.mdx',
      'decide.mdx',
      'changes.mdx',
      'about.mdx',
    ]);
    const missing = pageFiles(docs)
      .filter((f) => f.endsWith('.mdx') && !fromData.has(withoutLocale(f)))
      .filter((f) => frontmatter(f).sources === undefined);
    expect(missing).toEqual([]);
  });

  it.each(translatedLocales.map((l) => [localeConfig[l].name, l] as const))(
    'every page that lists sources lists the same ones in the %s edition',
    (_name, locale) => {
      const pages = pageFiles(docs).filter((f) => f.endsWith('.mdx') && localeOfId(f) === defaultLocale);
      const differ = pages.filter(
        (f) =>
          JSON.stringify(frontmatter(f).sources) !==
          JSON.stringify(frontmatter(`${localePrefix(locale)}${f}`).sources),
      );
      expect(differ).toEqual([]);
    },
  );

  it('a page whose facts a change entry touched says it was checked on or after that date', () => {
    // "Facts checked on 22 November" above a row marked "Updated 1 December" reads as a
    // contradiction: a change to a page's facts is a check of that page.
    const reviewed = (file: string) => String(frontmatter(file).lastReviewed ?? '').slice(0, 10);
    const behind: string[] = [];
    for (const change of readData('changes').changes) {
      for (const link of change.affects) {
        const path = (link.split('#')[0] ?? '').replace(/^\/|\/$/g, '') || 'index';
        for (const file of locales.map((locale) => `${localePrefix(locale)}${path}.mdx`)) {
          const date = reviewed(file);
          if (date < change.date)
            behind.push(`${file}: lastReviewed ${date}, change "${change.id}" ${change.date}`);
        }
      }
    }
    expect([...new Set(behind)]).toEqual([]);
  });
});

describe('the bibliography', () => {
  it('groups sources by the service their address names, and counts each URL once', () => {
    const a = {
      title: 'Guardrails',
      url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails.html',
    };
    const b = {
      title: 'Shadow tests',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/shadow-tests-create.html',
    };
    const c = { title: 'Decision guide', url: 'https://docs.aws.amazon.com/decision-guides/latest/x.html' };
    const groups = bibliography([[a, b], [a], [c]]);
    expect(groups.bedrock).toEqual([{ ...a, count: 2 }]);
    expect(groups.sagemaker).toEqual([{ ...b, count: 1 }]);
    expect(groups.general).toEqual([{ ...c, count: 1 }]);
    expect(sourceGroup('https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/x.html')).toBe(
      'bedrock',
    );
  });
});
