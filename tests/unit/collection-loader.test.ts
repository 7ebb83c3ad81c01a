import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it, vi } from 'vitest';
import { dataLoader } from '../../src/data/collection-loader';

/**
 * Runs the real loader (Astro's file() loader inside) over a project root holding one data
 * file, with a store that keeps what it is given.
 */
async function load(fixture: string) {
  const root = mkdtempSync(join(tmpdir(), 'data-loader-'));
  mkdirSync(join(root, 'content/data'), { recursive: true });
  cpSync(`tests/fixtures/comparison/${fixture}.yaml`, join(root, 'content/data/comparison.yaml'));
  const stored: { id: string; data: unknown }[] = [];
  const logged: string[] = [];
  const context = {
    collection: 'comparison',
    config: { root: pathToFileURL(`${root}/`) },
    logger: { error: (m: string) => logged.push(m), warn: () => {}, info: () => {}, debug: () => {} },
    parseData: async ({ data }: { data: unknown }) => data,
    store: {
      clear: () => (stored.length = 0),
      set: (entry: { id: string; data: unknown }) => stored.push(entry),
    },
  } as unknown as LoaderContext;
  await dataLoader('comparison', (d) => d.rows).load(context);
  return stored;
}

describe('the data collection loader', () => {
  it('stores each row under its id, numbered in file order (not sorted)', async () => {
    const stored = await load('two-rows');
    expect(stored.map((e) => e.id)).toEqual(['zz-first-in-file', 'per-token']);
    expect(stored.map((e) => (e.data as { order: number }).order)).toEqual([0, 1]);
  });

  it('fails with the schema message that names file, row and field', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(load('bad-level')).rejects.toThrow(
      /Invalid data in content\/data\/comparison.yaml:\n {2}- rows\[0\]/,
    );
    error.mockRestore();
  });
});
