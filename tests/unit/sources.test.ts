import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { pageFiles } from './page-files';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/config/locales';
import { readData } from '../../src/lib/data/registry';
import { localePrefix } from '../../src/lib/i18n';
import { bibliography, sourceGroup } from '../../src/lib/sources';
import { ageInDays } from '../../src/schemas/sources';

const docs = 'content/docs';
/** A page's frontmatter, by its path under content/docs. */
const frontmatter = (file: string) =>
  parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(docs, file), 'utf8'))?.[1] ?? '') as {
    sources?: unknown;
    lastReviewed?: unknown;
  };

const sourced = [
  ...readData('comparison').rows.map((r) => ({ where: `comparison.yaml rows "${r.id}"`, ...r })),
  ...readData('glossary').terms.map((t) => ({ where: `glossary.yaml terms "${t.id}"`, ...t })),
  ...readData('scenarios').scenarios.map((s) => ({ where: `scenarios.yaml scenarios "${s.id}"`, ...s })),
];

describe('every fact has a source and a check date', () => {
  it('100% of comparison rows, glossary terms and scenarios have both', () => {
    const missing = sourced.filter((e) => !e.sources.length || !e.checked).map((e) => e.where);
    expect(missing).toEqual([]);
    console.log(
      `${sourced.length} of ${sourced.length} rows, terms and scenarios carry sources and a check date`,
    );
  });

  it('no check is older than 365 days (and those older than 180 are listed)', () => {
    const ages = sourced.map((e) => ({ where: e.where, checked: e.checked, days: ageInDays(e.checked) }));
    const stale = ages.filter((a) => a.days > 180);
    if (stale.length) {
      console.warn(
        `Re-check soon (checked over 180 days ago):\n${stale.map((a) => `  ${a.where}: ${a.checked}`).join('\n')}`,
      );
    }
    expect(ages.filter((a) => a.days > 365).map((a) => `${a.where}: checked ${a.checked}`)).toEqual([]);
  });

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
      .filter((f) => f.endsWith('.mdx') && !fromData.has(f.replace(/^vi[\\/]/, '')))
      .filter((f) => frontmatter(f).sources === undefined);
    expect(missing).toEqual([]);
  });

  it('every page that lists sources lists the same ones as its Vietnamese twin', () => {
    const pages = pageFiles(docs).filter(
      (f) => f.endsWith('.mdx') && !f.startsWith('vi/') && !f.startsWith(`vi${'\\'}`),
    );
    const differ = pages.filter(
      (f) => JSON.stringify(frontmatter(f).sources) !== JSON.stringify(frontmatter(join('vi', f)).sources),
    );
    expect(differ).toEqual([]);
  });

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
