import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pageFiles } from './page-files';
import { describe, expect, it } from 'vitest';
import { readData } from '../../src/data/files';
import { defaultLocale, localeConfig } from '../../src/config/locales';
import { localeOfId, localePrefix, translatedLocales, withoutLocale } from '../../src/config/i18n';

const docs = 'content/docs';
const pages = pageFiles(docs).map((f) => ({
  file: join(docs, f),
  text: readFileSync(join(docs, f), 'utf8'),
}));
const comparison = readData('comparison');
const dimensionIds = new Set(comparison.dimensions.map((d) => d.id));

describe('pages', () => {
  // Real pages are validated by the build's content layer; these one-page fixture sites show
  // what it says about bad frontmatter: the file and the field.
  it.each([
    ['no-description', 'description: description is required: one sentence saying what the page answers'],
    [
      'no-last-reviewed',
      'lastReviewed: lastReviewed is required: the date the facts were last checked, as YYYY-MM-DD',
    ],
  ])(
    'the content layer rejects the frontmatter of %s, naming the file and the field',
    (name, message) => {
      const root = `tests/fixtures/pages/site/${name}`;
      const run = spawnSync('npx', ['astro', 'sync', '--root', root], {
        encoding: 'utf8',
        env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
      });
      // Astro colours its messages when it thinks a terminal is there (CI): compare plain text.
      const output = `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
      expect(run.status, output).not.toBe(0);
      expect(output).toContain(message);
      expect(output).toContain(`${root}/content/docs/index.mdx`);
    },
    60_000,
  );

  it('no comparison is hand-typed as a Markdown table (they come from content/data)', () => {
    const typed = pages.flatMap(({ file, text }) =>
      text
        .split('\n')
        .filter((line) => /^\|.*Bedrock.*\|.*SageMaker.*\|/.test(line))
        .map((line) => `${file}: ${line}`),
    );
    expect(typed).toEqual([]);
  });
});

describe('comparison rows used by pages', () => {
  it('no row is unused: /compare/ in every language renders every dimension from the data', () => {
    const compares = pages.filter((p) => /docs\/(.+\/)?compare\.mdx$/.test(p.file));
    expect(compares.length).toBeGreaterThan(1);
    // ComparisonDimensions renders each dimension of comparison.yaml with its rows; a row's
    // dimension must be one of them (the schema checks), so every row is shown.
    for (const { file, text } of compares) expect(text, file).toContain('<ComparisonDimensions />');
    expect(dimensionIds.size).toBeGreaterThan(0);
  });
});

/** A page's path under content/docs ("vi/compare.mdx"), its language, and pages by language. */
const local = (file: string) => relative(docs, file).split(sep).join('/');
const defaultPages = pages.filter((p) => localeOfId(local(p.file)) === defaultLocale);
const translated = translatedLocales.map((locale) => ({ locale, name: localeConfig[locale].name }));

describe.each(translated)('the $name edition', ({ locale }) => {
  const headingIds = (text: string) =>
    [...text.matchAll(/^(#{2,3}) .*\{\/\* #([a-z0-9-]+) \*\/\}\s*$/gm)].map((m) => `${m[1]}${m[2]}`);
  const edition = pages.filter((p) => localeOfId(local(p.file)) === locale);
  const twinOf = (file: string) =>
    edition.find((p) => local(p.file) === `${localePrefix(locale)}${local(file)}`);

  it('has a twin of every page of the default language, and no other page', () => {
    const source = defaultPages.map((p) => local(p.file)).sort();
    const twins = edition.map((p) => withoutLocale(local(p.file))).sort();
    expect(twins).toEqual(source);
  });

  it.each(defaultPages.map((p) => [p.file, p.text]))(
    '%s and its twin have the same headings and ids',
    (file, text) => {
      const twin = twinOf(file);
      expect(twin, `no twin of ${file}`).toBeDefined();
      expect(headingIds(twin!.text)).toEqual(headingIds(text));
    },
  );
});
