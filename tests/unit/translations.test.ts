import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { missingStrings, missingTranslations, translationReport } from '../../src/lib/translations';
import { loadDataFile } from '../../src/lib/data/load';
import { comparisonFile } from '../../src/schemas/comparison';
import { checkComparison } from '../../src/lib/data/checks';
import { defaultLocale, locales } from '../../src/config/locales';
import { siteTranslationReport } from '../../scripts/translations';

const languages = [defaultLocale, ...locales.filter((l) => l !== defaultLocale)];
const fixture = 'tests/fixtures/comparison/missing-translation.yaml';

describe('translations', () => {
  it('a text without its translation still builds, showing the default language in its place', () => {
    const data = loadDataFile(fixture, readFileSync(fixture, 'utf8'), comparisonFile, checkComparison);
    const row = data.rows[0]!;
    for (const locale of languages) expect(row.aspect[locale]).toBe(row.aspect[defaultLocale]);
  });

  it('the report names the file, the entry, the field and the language it lacks', () => {
    const data = parse(readFileSync(fixture, 'utf8'));
    const translated = languages.slice(1);
    expect(missingTranslations(data, languages)).toEqual([
      { path: 'rows[0] "per-token".aspect', missing: translated },
    ]);
    expect(missingStrings({ a: 'A', b: 'B' }, { a: 'Á', b: ' ' })).toEqual(['b']);
    expect(
      translationReport({
        dataFiles: [{ file: fixture, data }],
        strings: [
          { file: 'default.json', locale: languages[0]!, values: { a: 'A' } },
          ...translated.map((locale) => ({ file: `${locale}.json`, locale, values: {} })),
        ],
        locales: languages,
      }),
    ).toEqual([
      `${fixture}: rows[0] "per-token".aspect (lacks ${translated.join(', ')})`,
      ...translated.map((locale) => `${locale}.json: "a" (lacks ${locale})`),
    ]);
  });

  it('search synonyms are per language by design, not texts to translate', () => {
    expect(missingTranslations({ synonyms: { [languages[1]!]: ['x'] } }, languages)).toEqual([]);
  });

  it('nothing on the site is missing a translation (npm run translations)', () => {
    expect(siteTranslationReport()).toEqual([]);
  });
});
