/**
 * The calculator's price book: the Regions, the models and instances, and every figure keyed by
 * Region, item and price class, in a compact form that is built once and sent to the browser.
 * Pure: the component hands in the collections' data.
 */
import type { InstanceEntry, ModelEntry, PriceFigure, Prices, Route, Tier } from '../../schemas/prices';

export type PriceTable = Record<string, Record<string, Record<string, number>>>;

export interface PriceBook {
  regions: { code: string; name: string; geo: string }[];
  defaults: { region: string; model: string; instance: string };
  /** Percent off on-demand for batch, applied to prices the user types in. */
  batchDiscount: number;
  models: { id: string; name: string; provider: string; legacy?: string }[];
  instances: {
    id: string;
    accelerator: string;
    count: number;
    memory: number;
    tps?: number;
    /** What the estimate rests on, in the page's language: added by the calculator's page. */
    basis?: string;
  }[];
  /** region → item → price key → USD. */
  prices: PriceTable;
  /** region → item → price key → earlier values as [USD, until], newest first. */
  history: Record<string, Record<string, Record<string, [number, string][]>>>;
  /** region → item → index into `sources` of where the item's figures were read. */
  from: Record<string, Record<string, number>>;
  /** [what, date, url]: a Price List file ("AmazonBedrock 20261201000000") or a hand source's title. */
  sources: [string, string, string][];
  /** The newest day a figure was read. */
  asOf: string;
}

/** "input|global|standard", or "hour" for an instance. */
export const priceKey = (kind: string, route?: string, tier?: string) =>
  kind === 'hour' ? 'hour' : `${kind}|${route}|${tier}`;

export function priceBook(prices: Prices, models: ModelEntry[], instances: InstanceEntry[]): PriceBook {
  const book: PriceBook = {
    regions: prices.regions,
    defaults: prices.defaults,
    batchDiscount: prices.batchDiscount,
    models: models.map((m) => ({
      id: m.id,
      name: m.name,
      provider: m.provider,
      ...(m.lifecycle.status === 'legacy' ? { legacy: m.lifecycle.endOfLife ?? '' } : {}),
    })),
    instances: instances.map((i) => ({
      id: i.id,
      accelerator: i.accelerator,
      count: i.count,
      memory: i.memory,
      ...(i.estimate ? { tps: i.estimate.tps } : {}),
    })),
    prices: {},
    history: {},
    from: {},
    sources: [],
    asOf: '',
  };
  const offerOf = new Map<string, string>([
    ...models.map((m): [string, string] => [m.id, m.priceList.offer]),
    ...instances.map((i): [string, string] => [i.id, 'AmazonSageMaker']),
  ]);
  const sourceIndex = new Map<string, number>();
  const sourceOf = (f: PriceFigure): number => {
    let entry: [string, string, string];
    if (f.hand) entry = [f.hand.title, f.read!, f.hand.url];
    else {
      const file = prices.files.find((x) => x.offer === offerOf.get(f.item) && x.region === f.region);
      entry = [
        `AWS Price List: ${file?.offer ?? ''} ${file?.version ?? ''}`,
        file?.read ?? f.since!,
        file?.url ?? '',
      ];
    }
    const key = entry.join('\n');
    if (!sourceIndex.has(key)) {
      sourceIndex.set(key, book.sources.length);
      book.sources.push(entry);
    }
    return sourceIndex.get(key)!;
  };
  for (const f of prices.prices) {
    const key = priceKey(f.kind, f.route, f.tier);
    ((book.prices[f.region] ??= {})[f.item] ??= {})[key] = f.usd;
    if (f.history?.length)
      ((book.history[f.region] ??= {})[f.item] ??= {})[key] = f.history.map((h): [number, string] => [
        h.usd,
        h.until,
      ]);
    const index = sourceOf(f);
    // An item's figures in a Region share one source; a mix names the newest read.
    const where = (book.from[f.region] ??= {});
    if (where[f.item] === undefined || book.sources[index]![1] > book.sources[where[f.item]!]![1])
      where[f.item] = index;
    const day = book.sources[index]![1];
    if (day > book.asOf) book.asOf = day;
  }
  return book;
}

type Priced = Pick<PriceBook, 'prices'>;

/** Routes a model has on-demand prices for in a Region, in-Region first. */
export function routesOf(book: Priced, region: string, model: string): Route[] {
  const table = book.prices[region]?.[model] ?? {};
  return (['in-region', 'global', 'geo'] as const).filter(
    (r) =>
      table[priceKey('input', r, 'standard')] !== undefined &&
      table[priceKey('output', r, 'standard')] !== undefined,
  );
}

/** Tiers besides batch a model offers on a route in a Region, standard first. */
export function tiersOf(book: Priced, region: string, model: string, route: Route): Tier[] {
  const table = book.prices[region]?.[model] ?? {};
  return (['standard', 'flex', 'priority'] as const).filter(
    (t) =>
      table[priceKey('input', route, t)] !== undefined && table[priceKey('output', route, t)] !== undefined,
  );
}

/** The Regions where an item has any price, in picker order. */
export const regionsOf = (book: Pick<PriceBook, 'prices' | 'regions'>, item: string) =>
  book.regions.map((r) => r.code).filter((r) => book.prices[r]?.[item] !== undefined);

/** Days from `from` to `to`, both YYYY-MM-DD. */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Prices older than this many days get a visible notice. */
export const STALE_AFTER_DAYS = 45;
