import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFileError, loadDataFile } from '../../src/lib/data/load';
import { readData } from '../../src/lib/data/registry';
import { pageSchema } from '../../src/schemas/page';

const docs = 'content/docs';
const pages = (readdirSync(docs, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.mdx') || f.endsWith('.md'))
  .map((f) => ({ file: join(docs, f), text: readFileSync(join(docs, f), 'utf8') }));
const comparison = readData('comparison');
const glossary = readData('glossary');
const rowIds = new Set(comparison.rows.map((r) => r.id));
const dimensionIds = new Set(comparison.dimensions.map((d) => d.id));
const tags = new Set(comparison.rows.flatMap((r) => r.tags));

/** Validates a page's frontmatter; a problem throws an error naming the file and the field. */
const checkFrontmatter = (file: string, text: string) =>
  loadDataFile(file, /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '', pageSchema);

describe('pages', () => {
  it.each(pages.map((p) => [p.file, p.text]))('%s has valid frontmatter', (file, text) => {
    expect(() => checkFrontmatter(file, text)).not.toThrow();
  });

  it.each([
    [
      'no-description',
      'field "description": description is required: one sentence saying what the page answers',
    ],
    [
      'no-last-reviewed',
      'field "lastReviewed": lastReviewed is required: the date the facts were last checked, as YYYY-MM-DD',
    ],
  ])('frontmatter of %s.mdx is rejected, naming the file and the field', (name, message) => {
    const file = `tests/fixtures/pages/${name}.mdx`;
    const check = () => checkFrontmatter(file, readFileSync(file, 'utf8'));
    expect(check).toThrow(DataFileError);
    expect(check).toThrow(`Invalid data in ${file}:\n  - ${message}`);
  });

  it('no comparison is hand-typed as a Markdown table (they come from content/data)', () => {
    const typed = pages.flatMap(({ file, text }) =>
      text
        .split('\n')
        .filter((line) => /^\|.*Bedrock.*\|.*SageMaker.*\|/.test(line))
        .map((line) => `${file}: ${line}`),
    );
    expect(typed).toEqual([]);
  });

  it('every H2 and H3 of every page has an explicit id', () => {
    const missing = pages.flatMap(({ file, text }) =>
      text
        .split('\n')
        .filter((line) => /^#{2,3} /.test(line) && !/\{\/\* #[a-z0-9-]+ \*\/\}\s*$/.test(line))
        .map((line) => `${file}: ${line}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('comparison rows used by pages', () => {
  const usages = pages.flatMap(({ file, text }) =>
    [...text.matchAll(/<ComparisonTable\s([^>]*)\/>/g)].map((m) => ({ file, props: m[1]! })),
  );

  it('every dimension, tag and row a page asks for exists', () => {
    const problems: string[] = [];
    for (const { file, props } of usages) {
      const dimension = /dimension="([^"]+)"/.exec(props)?.[1];
      const tag = /tag="([^"]+)"/.exec(props)?.[1];
      const rows = /rows=\{\[([^\]]*)\]\}/.exec(props)?.[1];
      if (dimension && !dimensionIds.has(dimension))
        problems.push(`${file}: unknown dimension "${dimension}"`);
      if (tag && !tags.has(tag)) problems.push(`${file}: no row has the tag "${tag}"`);
      for (const id of rows?.match(/[a-z0-9-]+/g) ?? [])
        if (!rowIds.has(id)) problems.push(`${file}: unknown row "${id}"`);
    }
    expect(problems).toEqual([]);
  });

  it('no row is unused: /compare/ shows every dimension, each under a heading with its id', () => {
    const compare = pages.find((p) => p.file.endsWith('docs/compare.mdx'))!.text;
    for (const id of dimensionIds) {
      expect(compare, id).toContain(`{/* #${id} */}`);
      expect(compare, id).toMatch(new RegExp(`<ComparisonTable dimension="${id}" anchors />`));
    }
    const shown = new Set(comparison.rows.filter((r) => dimensionIds.has(r.dimension)).map((r) => r.id));
    expect([...rowIds].filter((id) => !shown.has(id))).toEqual([]);
  });

  it('links to comparison rows and glossary terms point at ids that exist', () => {
    const terms = new Set(glossary.terms.map((t) => t.id));
    const problems = pages.flatMap(({ file, text }) => [
      ...[...text.matchAll(/\/compare\/#([a-z0-9-]+)/g)]
        .filter((m) => !rowIds.has(m[1]!) && !dimensionIds.has(m[1]!) && m[1] !== 'next')
        .map((m) => `${file}: /compare/#${m[1]}`),
      ...[...text.matchAll(/\/glossary\/#([a-z0-9-]+)/g)]
        .filter((m) => !terms.has(m[1]!))
        .map((m) => `${file}: /glossary/#${m[1]}`),
    ]);
    expect(problems).toEqual([]);
  });
});

describe('the Vietnamese edition', () => {
  const headingIds = (text: string) =>
    [...text.matchAll(/^(#{2,3}) .*\{\/\* #([a-z0-9-]+) \*\/\}\s*$/gm)].map((m) => `${m[1]}${m[2]}`);
  const english = pages.filter((p) => !p.file.startsWith(join(docs, 'vi')));
  const vietnamese = pages.filter((p) => p.file.startsWith(join(docs, 'vi')));

  it('every English page has a Vietnamese twin and vice versa', () => {
    const en = english.map((p) => p.file.slice(docs.length + 1)).sort();
    const vi = vietnamese.map((p) => p.file.slice(docs.length + 4)).sort();
    expect(vi).toEqual(en);
  });

  it.each(english.map((p) => [p.file, p.text]))(
    '%s and its twin have the same headings and ids',
    (file, text) => {
      const twin = vietnamese.find((p) => p.file === file.replace(`${docs}/`, `${docs}/vi/`))!;
      expect(headingIds(twin.text)).toEqual(headingIds(text));
    },
  );

  it('Vietnamese pages link only within the Vietnamese edition', () => {
    const strays = vietnamese.flatMap(({ file, text }) =>
      [...text.matchAll(/\]\((\/[^)]*)\)|href="(\/[^"]*)"|link: (\/\S*)/g)]
        .map((m) => m[1] ?? m[2] ?? m[3]!)
        .filter((href) => !href.startsWith('/vi/'))
        .map((href) => `${file}: ${href}`),
    );
    expect(strays).toEqual([]);
  });
});
