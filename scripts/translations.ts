// The translation report: what each language still lacks in the data files (content/data/) and
// the UI strings (content/i18n/<lang>.json). Until a text is translated the site shows the
// default language's text in its place; this report, also run by the unit tests
// (tests/unit/translations.test.ts), keeps CI failing until nothing is missing.
//
//   npm run translations      prints the report; exits 1 when something is missing
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { defaultLocale, localeConfig, locales } from '../src/config/locales.ts';
import { translationReport } from '../src/lib/translations.ts';

/** The report over the site's own files. */
export function siteTranslationReport(): string[] {
  const ordered = [defaultLocale, ...locales.filter((l) => l !== defaultLocale)];
  return translationReport({
    dataFiles: readdirSync('content/data')
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => join('content/data', f))
      .map((file) => ({ file, data: parse(readFileSync(file, 'utf8')) })),
    strings: ordered.map((locale) => {
      const file = `content/i18n/${localeConfig[locale].lang}.json`;
      return { file, locale, values: JSON.parse(readFileSync(file, 'utf8')) };
    }),
    locales: ordered,
  });
}

if (import.meta.main) {
  const report = siteTranslationReport();
  if (report.length) {
    console.error(`${report.length} text(s) not yet translated:\n${report.map((l) => `  ${l}`).join('\n')}`);
    process.exit(1);
  }
  console.log('Every text and UI string is translated into every language.');
}
