import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { dataFiles, parseData, type DataName } from '../../src/data/files';

/**
 * Every ```yaml block in README.md that names its data file (`file=… list=…` after the
 * language) is an example a contributor will copy. Each is added to the list it names in the
 * real data file, and the whole file must then pass its schema and cross-entry checks.
 */
const readme = readFileSync('README.md', 'utf8');
const examples = [...readme.matchAll(/^```yaml file=(\S+) list=(\S+)\n([\s\S]*?)^```$/gm)].map(
  ([, file, list, body]) => ({ file: file!, list: list!, body: body! }),
);

const nameOf = (file: string) =>
  (Object.keys(dataFiles) as DataName[]).find((name) => dataFiles[name].file === file);

describe('README examples', () => {
  it('has YAML examples that name their data file', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples.map((e) => [`${e.file} → ${e.list}`, e] as const))(
    '%s is valid as written',
    (_, example) => {
      const name = nameOf(example.file);
      expect(name, `${example.file} is not a data file`).toBeDefined();
      const data = parse(readFileSync(example.file, 'utf8'));
      const entries = parse(example.body) as { id: string }[];
      const list = data[example.list] as { id: string }[];
      expect(Array.isArray(list), `${example.file} has no list "${example.list}"`).toBe(true);
      for (const entry of entries) {
        expect(
          list.map((e) => e.id),
          `the example's id "${entry.id}" is already used`,
        ).not.toContain(entry.id);
      }
      list.push(...entries);
      expect(() => parseData(name!, stringify(data))).not.toThrow();
    },
  );
});
