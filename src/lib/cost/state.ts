/**
 * The calculator's state in the URL: fixed parameter names, every number bounded. A value that
 * does not parse or is out of range resets that one field to its default and is reported, so a
 * broken link still opens a working calculator and says what it dropped.
 */
import type { Route, Tier } from '../../schemas/prices';
import { priceKey, regionsOf, routesOf, tiersOf, type PriceBook } from './catalog';
import type { Inputs } from './engine';

/** What the state needs of the price book. */
export type Catalog = Pick<
  PriceBook,
  'regions' | 'defaults' | 'batchDiscount' | 'models' | 'instances' | 'prices'
>;

export interface State {
  tin: number;
  tout: number;
  /** A Region of the price book, or null: the default one, or the first that prices the model. */
  region: string | null;
  /** Where the prompt is processed, or null: the model's first route in the Region. */
  route: Route | null;
  tier: Exclude<Tier, 'batch'>;
  /** Share of on-demand input tokens read from the prompt cache, percent. */
  cache: number;
  /** The day of the prices a shared link was made with (YYYY-MM-DD), or null. */
  asof: string | null;
  /** A model of the price table. */
  model: string;
  /** Custom Bedrock prices (USD per 1M tokens); they win over the model's. */
  in: number | null;
  out: number | null;
  batch: number;
  /** An instance type of the price table. */
  inst: string;
  /** A custom rate (USD per hour); it wins over the instance's. */
  rate: number | null;
  /** Instances set by hand; null = as many as the volume needs. */
  n: number | null;
  /** Output tokens per second per instance; null = the instance's estimate. */
  tps: number | null;
  hours: number;
  disc: number;
  people: number;
  /** Requests per month when the workload is given as requests × tokens per request; else null. */
  req: number | null;
}

type NumberKey =
  | 'tin'
  | 'tout'
  | 'in'
  | 'out'
  | 'batch'
  | 'cache'
  | 'rate'
  | 'n'
  | 'tps'
  | 'hours'
  | 'disc'
  | 'people'
  | 'req';

/** Bounds of every number: [min, max, whole numbers only, min is exclusive]. */
export const BOUNDS: Record<NumberKey, [number, number, boolean?, boolean?]> = {
  tin: [0, 1e13],
  tout: [0, 1e13],
  in: [0, 1000],
  out: [0, 1000],
  batch: [0, 100],
  cache: [0, 100],
  rate: [0, 1000],
  n: [1, 1000, true],
  tps: [1, 100_000],
  hours: [1, 24],
  disc: [0, 90],
  people: [0, 1_000_000],
  req: [1, 1e12, true],
};

/** URL parameters in the order links write them. */
export const PARAMS = [
  'tin',
  'tout',
  'model',
  'in',
  'out',
  'batch',
  'inst',
  'rate',
  'n',
  'tps',
  'hours',
  'disc',
  'people',
  'region',
  'route',
  'tier',
  'cache',
  'req',
  'asof',
] as const;
export type Param = (typeof PARAMS)[number];

const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

const localeCache = new Map<string, { decimal: string; suffixes: Record<string, number> }>();

/**
 * How a language writes amounts, read from Intl itself: its decimal mark, and the short words
 * its compact numbers use ("N", "Tr", "T" in Vietnamese for thousand, million, billion), which
 * are accepted besides k, M and B.
 */
function amountsIn(lang: string) {
  let found = localeCache.get(lang);
  if (!found) {
    const parts = (n: number, options?: Intl.NumberFormatOptions) =>
      new Intl.NumberFormat(lang, options).formatToParts(n);
    const decimal = parts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
    const suffixes: Record<string, number> = { ...SUFFIX };
    for (const size of [1e3, 1e6, 1e9]) {
      const word = parts(size, { notation: 'compact' }).find((p) => p.type === 'compact')?.value;
      if (word) suffixes[word.toLocaleLowerCase()] = size;
    }
    localeCache.set(lang, (found = { decimal, suffixes }));
  }
  return found;
}

/**
 * A token amount as people write it: "250k", "40M", "1.2B", "1,000,000" or "750000", and in a
 * language with a decimal comma also "2,5M", "1,2 T" or "1.000.000". A mark followed by groups
 * of three digits separates thousands; otherwise it is the decimal mark. Returns NaN for
 * anything else, so a half-typed value ("2,", "1e3") is never taken for another number.
 */
export function parseAmount(text: string, lang?: string): number {
  // Without a language: the address bar's own notation (a decimal point; k, M, B).
  const { decimal, suffixes } = lang ? amountsIn(lang) : { decimal: '.', suffixes: SUFFIX };
  const m = /^([\d.,]+)\s*(\p{L}*)$/u.exec(text.trim().replace(/[\u00a0\u202f_ ](?=\d{3}(?!\d))/g, ''));
  if (!m) return NaN;
  let number = m[1]!;
  const size = m[2] ? suffixes[m[2].toLocaleLowerCase()] : 1;
  if (size === undefined) return NaN;
  const grouped = /^\d{1,3}([.,])\d{3}(?:\1\d{3})*$/.exec(number);
  if (grouped && (grouped[1] !== decimal || number.split(grouped[1]!).length > 2))
    number = number.replaceAll(grouped[1]!, '');
  else if (decimal === ',' && /^\d*,\d+$/.test(number)) number = number.replace(',', '.');
  if (!/^(\d+(\.\d+)?|\.\d+)$/.test(number)) return NaN;
  return Math.round(Number(number) * size);
}

/** The shortest exact way to write an amount with a suffix: 1e9 → "1B", 250000 → "250k". */
export function formatAmount(value: number): string {
  let best = String(value);
  for (const [suffix, size] of [
    ['B', 1e9],
    ['M', 1e6],
    ['k', 1e3],
  ] as const) {
    const scaled = value / size;
    const text = `${Number(scaled.toFixed(3))}${suffix}`;
    if (scaled >= 1 && Math.abs(Number(scaled.toFixed(3)) - scaled) < 1e-9 && text.length < best.length)
      best = text;
  }
  return best;
}

/** A plain number ("1.515", "24"), or NaN. */
const parsePlain = (text: string) => (/^\d+(?:\.\d+)?$|^\.\d+$/.test(text.trim()) ? Number(text) : NaN);

/** Whether `value` is a valid `key`. */
export function inBounds(key: NumberKey, value: number): boolean {
  const [min, max, whole, exclusive] = BOUNDS[key];
  if (!Number.isFinite(value) || value > max || (exclusive ? value <= min : value < min)) return false;
  return !whole || Number.isInteger(value);
}

export function defaultState(catalog: Catalog): State {
  return {
    tin: 500e6,
    tout: 100e6,
    region: null,
    route: null,
    tier: 'standard',
    cache: 0,
    asof: null,
    model: catalog.defaults.model,
    in: null,
    out: null,
    batch: 0,
    inst: catalog.defaults.instance,
    rate: null,
    n: null,
    tps: null,
    hours: 24,
    disc: 0,
    people: 0,
    req: null,
  };
}

/** Reads the state from a query string; `invalid` lists the parameters that were reset. */
export function parseState(search: string, catalog: Catalog): { state: State; invalid: Param[] } {
  const params = new URLSearchParams(search);
  const state = defaultState(catalog);
  const invalid: Param[] = [];
  for (const key of PARAMS) {
    const raw = params.get(key);
    if (raw === null) continue;
    if (key === 'model' || key === 'inst' || key === 'region') {
      const list: { id?: string; code?: string }[] =
        key === 'model' ? catalog.models : key === 'inst' ? catalog.instances : catalog.regions;
      if (list.some((entry) => (entry.id ?? entry.code) === raw)) state[key] = raw;
      else invalid.push(key);
      continue;
    }
    if (key === 'route' || key === 'tier' || key === 'asof') continue; // checked below, against the model
    const value = key === 'tin' || key === 'tout' || key === 'req' ? parseAmount(raw) : parsePlain(raw);
    if (inBounds(key, value)) state[key] = value;
    else invalid.push(key);
  }
  const region = regionOf(state, catalog);
  const route = params.get('route');
  if (route !== null) {
    if ((routesOf(catalog, region, state.model) as string[]).includes(route)) state.route = route as Route;
    else invalid.push('route');
  }
  const tier = params.get('tier');
  if (tier !== null) {
    const tiers = tiersOf(catalog, region, state.model, routeOf(state, catalog)) as string[];
    if (tier !== 'batch' && tiers.includes(tier)) state.tier = tier as State['tier'];
    else invalid.push('tier');
  }
  const asof = params.get('asof');
  if (asof !== null) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(asof) && !Number.isNaN(Date.parse(asof))) state.asof = asof;
    else invalid.push('asof');
  }
  return { state, invalid };
}

/** The Region a state prices in: its own, else the default if it prices the model, else the first that does. */
export function regionOf(state: State, catalog: Catalog): string {
  if (state.region) return state.region;
  const priced = regionsOf(catalog, state.model);
  return priced.includes(catalog.defaults.region) || !priced.length ? catalog.defaults.region : priced[0]!;
}

/** The route a state prices on: its own, else the model's first in the Region (in-Region first). */
export function routeOf(state: State, catalog: Catalog): Route {
  return state.route ?? routesOf(catalog, regionOf(state, catalog), state.model)[0] ?? 'in-region';
}

/**
 * The query string for a state: only what differs from the defaults, in PARAMS order, and the day
 * of the prices it was computed with (`asof`), so a later visit can say what changed since.
 */
export function serializeState(state: State, catalog: Catalog, asof: string | null = state.asof): string {
  const initial = defaultState(catalog);
  const params = new URLSearchParams();
  for (const key of PARAMS) {
    const value = key === 'asof' ? asof : state[key];
    if (value === null || value === initial[key]) continue;
    params.set(
      key,
      key === 'tin' || key === 'tout' || key === 'req' ? formatAmount(value as number) : String(value),
    );
  }
  return params.toString();
}

/**
 * The engine's inputs for a state: custom values win over the price book's. A price the book
 * does not have for the Region is NaN, and `missing` says which, so the view can ask for it
 * instead of inventing one.
 */
export function toInputs(state: State, catalog: Catalog): Inputs & { missing: ('price' | 'rate' | 'tps')[] } {
  const region = regionOf(state, catalog);
  const route = routeOf(state, catalog);
  const table = catalog.prices[region]?.[state.model] ?? {};
  const price = (kind: string, tier: string) => table[priceKey(kind, route, tier)] ?? null;
  const inst = catalog.instances.find((i) => i.id === state.inst) ?? catalog.instances[0]!;
  const custom = state.in !== null || state.out !== null;
  const inPrice = state.in ?? price('input', state.tier) ?? NaN;
  const outPrice = state.out ?? price('output', state.tier) ?? NaN;
  const off = 1 - catalog.batchDiscount / 100;
  const rate = state.rate ?? catalog.prices[region]?.[inst.id]?.['hour'] ?? NaN;
  const tps = state.tps ?? inst.tps ?? NaN;
  const missing: ('price' | 'rate' | 'tps')[] = [];
  if (Number.isNaN(inPrice) || Number.isNaN(outPrice)) missing.push('price');
  if (Number.isNaN(rate)) missing.push('rate');
  if (Number.isNaN(tps)) missing.push('tps');
  return {
    tin: state.tin,
    tout: state.tout,
    inPrice,
    outPrice,
    batch: state.batch,
    batchIn: custom ? inPrice * off : price('input', 'batch'),
    batchOut: custom ? outPrice * off : price('output', 'batch'),
    cache: state.cache,
    cacheIn: custom ? null : (price('cache-read', state.tier) ?? price('cache-read', 'standard')),
    rate,
    n: state.n,
    tps,
    hours: state.hours,
    disc: state.disc,
    people: state.people,
    missing,
  };
}
