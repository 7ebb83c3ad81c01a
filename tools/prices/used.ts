/**
 * The models and instances the site uses, with the Region each is used in: the calculator's
 * defaults, the worked examples (`<CostExample query="…">`) and links into the calculator from
 * any page (`/cost/calculator/?model=…`). A refresh must not leave one of them without a price.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Use {
  item: string;
  region: string;
  by: string;
}

function* pages(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* pages(path);
    else if (/\.mdx?$/.test(entry.name)) yield path;
  }
}

export function usedItems(
  root: string,
  defaults: { region: string; model: string; instance: string },
): Use[] {
  const uses: Use[] = [
    { item: defaults.model, region: defaults.region, by: 'the calculator default' },
    { item: defaults.instance, region: defaults.region, by: 'the calculator default' },
  ];
  const docs = join(root, 'content/docs');
  for (const file of pages(docs)) {
    const text = readFileSync(file, 'utf8');
    const queries = [
      ...[...text.matchAll(/<CostExample\b[^>]*\bquery="([^"]*)"/g)].map((m) => m[1]!),
      ...[...text.matchAll(/\/cost\/calculator\/\?([^\s)"'#>]+)/g)].map((m) => m[1]!.replace(/&amp;/g, '&')),
    ];
    for (const query of queries) {
      const params = new URLSearchParams(query);
      // A link with its own prices or rate does not use the table's.
      const region = params.get('region') ?? defaults.region;
      const by = relative(root, file);
      if (params.get('in') === null && params.get('out') === null)
        uses.push({ item: params.get('model') ?? defaults.model, region, by });
      if (params.get('rate') === null)
        uses.push({ item: params.get('inst') ?? defaults.instance, region, by });
    }
  }
  const seen = new Set<string>();
  return uses.filter((u) => {
    const key = `${u.item}|${u.region}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
