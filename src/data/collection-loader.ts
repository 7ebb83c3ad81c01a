import { file, type Loader } from 'astro/loaders';
import { z } from 'zod';
import { dataFiles, parseData, type DataName, type DataOf } from './files';

type Entries = Record<string, Record<string, unknown>> | Record<string, unknown>[];

/**
 * A content-collection loader for one data file: Astro's `file()` loader, whose parser runs the
 * file's schema and cross-entry checks (src/data/files.ts) and then hands over the
 * entries `select` picks (a list of rows with ids, or `{ id: data }`). List entries get an
 * `order` field (their place in the file), which `order` below adds to a collection's schema.
 *
 * `file()` catches a parser's error, logs only "Error reading data" and loads nothing; this
 * loader keeps the error and rethrows it, so bad data fails the build with the message that
 * names file, entry and field. In dev, where the file is re-read on change, the message is
 * printed instead.
 */
export function dataLoader<N extends DataName>(name: N, select: (data: DataOf<N>) => Entries): Loader {
  let failure: unknown;
  const inner = file(dataFiles[name].file, {
    parser: (text) => {
      failure = undefined;
      try {
        const entries = select(parseData(name, text));
        // Astro's store does not keep the file's order, so each list entry carries its place.
        return Array.isArray(entries) ? entries.map((entry, order) => ({ ...entry, order })) : entries;
      } catch (error) {
        failure = error;
        console.error(String(error instanceof Error ? error.message : error));
        throw error;
      }
    },
  });
  return {
    name: `site-data-${name}`,
    load: async (context) => {
      await inner.load(context);
      if (failure) throw failure;
    },
  };
}

/** The `order` field the loader adds to list entries: `schema.extend(order)` in a collection. */
export const order = { order: z.number().int().nonnegative() };
