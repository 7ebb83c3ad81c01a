import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
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

const termbaseFile = 'content/i18n/terms.vi.yaml';
const termbase = parse(readFileSync(termbaseFile, 'utf8')) as Termbase;

const viDocs = 'content/docs/vi';
const pages = (readdirSync(viDocs, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.mdx') || f.endsWith('.md'))
  .sort()
  .map((f) => join(viDocs, f));
const dataFiles = readdirSync('content/data')
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => join('content/data', f));
const uiStrings = 'content/i18n/vi.json';

describe('the Vietnamese termbase', () => {
  it('is valid: every term has en, vi and a known rule, and every forbidden pattern compiles', () => {
    expect(validateTermbase(termbase)).toEqual([]);
  });

  it('can fail: it names the file and line of each forbidden variant, and skips code and comments', () => {
    const rules = forbiddenRules(termbase);
    const sample = [
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
    expect(checkMdx('sample.mdx', sample, rules).map(formatProblem)).toEqual([
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
    expect(checkDataYaml('data.yaml', data, rules).map(formatProblem)).toEqual([
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

  it('no Vietnamese page, data text or UI string uses a forbidden variant', () => {
    const rules = forbiddenRules(termbase);
    const problems = [
      ...pages.flatMap((file) => checkMdx(file, readFileSync(file, 'utf8'), rules)),
      ...dataFiles.flatMap((file) => checkDataYaml(file, readFileSync(file, 'utf8'), rules)),
      ...checkUiJson(uiStrings, readFileSync(uiStrings, 'utf8'), rules),
    ].map(formatProblem);
    expect(problems, `Fix each text, or change the rendering in ${termbaseFile}`).toEqual([]);
  });
});
