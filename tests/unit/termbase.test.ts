import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { localePrefix, translatedLocales } from '../../src/config/i18n';
import { defaultLocale, localeConfig } from '../../src/config/locales';
import {
  checkDataYaml,
  checkMdx,
  checkText,
  checkUiJson,
  forbiddenRules,
  formatProblem,
  type Termbase,
  validateTermbase,
} from '../../scripts/termbase';

const source = localeConfig[defaultLocale].lang;
const dataFiles = readdirSync('content/data')
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => join('content/data', f));

/** Every translated language that has a termbase, with its texts. */
const languages = translatedLocales
  .map((locale) => {
    const lang = localeConfig[locale].lang;
    const docs = `content/docs/${localePrefix(locale)}`;
    return {
      lang,
      termbaseFile: `content/i18n/terms.${lang}.yaml`,
      pages: (readdirSync(docs, { recursive: true }) as string[])
        .filter((f) => f.endsWith('.mdx') || f.endsWith('.md'))
        .sort()
        .map((f) => join(docs, f)),
      uiStrings: `content/i18n/${lang}.json`,
    };
  })
  .filter((l) => existsSync(l.termbaseFile));

describe.each(languages)('the $lang termbase', ({ lang, termbaseFile, pages, uiStrings }) => {
  const termbase = parse(readFileSync(termbaseFile, 'utf8')) as Termbase;
  const langs = { source, target: lang };

  it(`is valid: every term has ${source}, ${lang} and a known rule, and every forbidden pattern compiles`, () => {
    expect(validateTermbase(termbase, langs)).toEqual([]);
  });

  it(`no page, data text or UI string in ${lang} uses a forbidden variant`, () => {
    const rules = forbiddenRules(termbase, langs);
    const problems = [
      ...pages.flatMap((file) => checkMdx(file, readFileSync(file, 'utf8'), rules)),
      ...dataFiles.flatMap((file) => checkDataYaml(file, readFileSync(file, 'utf8'), rules, lang)),
      ...checkUiJson(uiStrings, readFileSync(uiStrings, 'utf8'), rules),
    ].map(formatProblem);
    expect(problems, `Fix each text, or change the rendering in ${termbaseFile}`).toEqual([]);
  });
});

/** The checker itself, on samples: Vietnamese texts against the Vietnamese termbase. */
describe('the termbase checker', () => {
  const sample = parse(readFileSync('content/i18n/terms.vi.yaml', 'utf8')) as Termbase;

  it('rejects a term without its text in either language', () => {
    expect(
      validateTermbase({ terms: [{ en: 'model', rule: 'translate' }] }, { source: 'en', target: 'vi' }),
    ).toEqual(['terms[0] "model": "vi" is missing']);
  });

  it('can fail: it names the file and line of each forbidden variant, and skips code and comments', () => {
    const rules = forbiddenRules(sample, { source: 'en' });
    const page = [
      '---',
      'title: Mẫu thử',
      'keywords: [team, quay lui]',
      '---',
      '',
      "import { Aside } from '@astrojs/starlight/components';",
      '',
      '## Tinh chỉnh {/* #team */}',
      '',
      'Hãy fine-tuning mô hình trên dữ liệu của bạn, rồi chạy',
      'thử nghiệm bóng trước khi chuyển lưu lượng.',
      '',
      '```python',
      'team = "shadow"  # quay lui',
      '```',
      '',
      'Xem [tài liệu](https://example.com/team/traffic).',
    ].join('\n');
    expect(checkMdx('sample.mdx', page, rules).map(formatProblem)).toEqual([
      'sample.mdx:10: "Hãy fine-tuning" (fine-tune (verb): forbidden)',
      'sample.mdx:11: "thử nghiệm bóng" (shadow test: forbidden)',
    ]);
    // Data files: only the `vi:` texts, at their own line; UI strings: at the line of their key.
    const data = [
      'rows:',
      '  - id: team',
      '    aspect: { en: "Your team", vi: "Nhóm của bạn" }',
      '    note:',
      '      en: "Shadow test"',
      '      vi: "Shadow test (thử nghiệm bóng)"',
    ].join('\n');
    expect(checkDataYaml('data.yaml', data, rules, 'vi').map(formatProblem)).toEqual([
      'data.yaml:6: "thử nghiệm bóng" (shadow test: forbidden)',
    ]);
    const ui = '{\n  "a": "Xóa",\n  "b": "Cái nào cũng được"\n}\n';
    expect(checkUiJson('vi.json', ui, rules).map(formatProblem)).toEqual([
      'vi.json:3: "Cái nào cũng được" (either (recommendation): forbidden)',
    ]);
    // Vietnamese letters count as word characters: "Đội" is found, and so is "team" in brackets.
    expect(checkText('x', 1, 'Đội ngũ kỹ sư', rules).map((p) => p.match)).toEqual(['Đội']);
    expect(checkText('x', 1, 'Các nhóm (team) khác', rules).map((p) => p.match)).toEqual(['team']);
    expect(checkText('x', 1, 'mô hình nền tảng và mô hình nền', rules).map((p) => p.match)).toEqual([
      'mô hình nền',
    ]);
  });
});
