/**
 * What /models/ says about a model, derived once from the data: the filter attributes of its row
 * and the price it quotes. Pure: the component hands in the collections' data.
 */
import { priceKey, routesOf, type PriceBook } from '../cost/catalog';

export interface FilterFacts {
  provider: string;
  /** Regions where the model runs without a cross-Region profile. */
  inRegion: string[];
  /** Geographies with a cross-Region profile. */
  geo: string[];
  global: boolean;
  tunable: boolean;
}

/** The filters of /models/, as kept in the address: `?provider=…&region=…&local=1&eu=1&tune=1`. */
export interface ModelFilter {
  provider: string;
  region: string;
  /** Runs in the Region picked without cross-Region routing. */
  local: boolean;
  /** Can be used so that prompts stay in the EU: in-Region in an EU Region, or an EU profile. */
  eu: boolean;
  tune: boolean;
}

export const EMPTY_FILTER: ModelFilter = { provider: '', region: '', local: false, eu: false, tune: false };

/** Reads the filter from a query string; a value that is not offered is dropped and named. */
export function parseFilter(
  search: string,
  offered: { providers: string[]; regions: string[] },
): { filter: ModelFilter; invalid: string[] } {
  const params = new URLSearchParams(search);
  const filter = { ...EMPTY_FILTER };
  const invalid: string[] = [];
  const provider = params.get('provider');
  if (provider !== null) {
    if (offered.providers.includes(provider)) filter.provider = provider;
    else invalid.push('provider');
  }
  const region = params.get('region');
  if (region !== null) {
    if (offered.regions.includes(region)) filter.region = region;
    else invalid.push('region');
  }
  for (const key of ['local', 'eu', 'tune'] as const) {
    const value = params.get(key);
    if (value === null) continue;
    if (value === '1') filter[key] = true;
    else invalid.push(key);
  }
  return { filter, invalid };
}

export function serializeFilter(filter: ModelFilter): string {
  const params = new URLSearchParams();
  if (filter.provider) params.set('provider', filter.provider);
  if (filter.region) params.set('region', filter.region);
  for (const key of ['local', 'eu', 'tune'] as const) if (filter[key]) params.set(key, '1');
  return params.toString();
}

/**
 * Whether a model passes the filter. A model is available in a Region when it runs there
 * in-Region, through the profile of the Region's geography, or through a global profile;
 * "without cross-Region routing" asks for in-Region only (in the Region picked, or in any).
 * "Stays in the EU" asks for in-Region in an EU Region or an EU geographic profile.
 */
export function matches(
  f: FilterFacts,
  filter: ModelFilter,
  regions: { code: string; geo: string }[],
): boolean {
  const geoOf = (code: string) => regions.find((r) => r.code === code)?.geo ?? '';
  if (filter.provider && f.provider !== filter.provider) return false;
  if (filter.region) {
    const inRegion = f.inRegion.includes(filter.region);
    if (filter.local ? !inRegion : !inRegion && !f.geo.includes(geoOf(filter.region)) && !f.global)
      return false;
  } else if (filter.local && f.inRegion.length === 0) return false;
  if (filter.eu && !f.geo.includes('EU') && !f.inRegion.some((r) => geoOf(r) === 'EU')) return false;
  if (filter.tune && !f.tunable) return false;
  return true;
}

/**
 * The price a row quotes: in the first Region (picker order) that prices the model, on its
 * first route (in-Region first), standard tier; undefined where no Region has one.
 */
export function quotedPrice(book: PriceBook, model: string) {
  for (const { code } of book.regions) {
    const route = routesOf(book, code, model)[0];
    if (!route) continue;
    const table = book.prices[code]![model]!;
    return {
      region: code,
      route,
      input: table[priceKey('input', route, 'standard')]!,
      output: table[priceKey('output', route, 'standard')]!,
    };
  }
  return undefined;
}
