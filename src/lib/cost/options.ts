/**
 * What the calculator's pickers and notes say for a state: the route and tier options with their
 * prices, the batch and cache notes, where the figures come from, and what changed since a shared
 * link was made. Shared by the server-rendered form and the island, so both say the same.
 */
import { format } from '../format';
import { formats } from './format';
import { daysBetween, priceKey, routesOf, STALE_AFTER_DAYS, tiersOf, type PriceBook } from './catalog';
import { regionOf, routeOf, type State } from './state';

type Strings = Record<string, string>;

export interface Option {
  value: string;
  label: string;
}

/** USD per 1M tokens with the digits a price needs ($0.035 stays $0.035). */
export const perMillion = (lang: string, usd: number) => formats(lang).perMillion(usd);

export function routeOptions(book: PriceBook, state: State, s: Strings, lang: string): Option[] {
  const region = regionOf(state, book);
  const table = book.prices[region]?.[state.model] ?? {};
  const routes = routesOf(book, region, state.model);
  const cheapest = Math.min(...routes.map((r) => table[priceKey('input', r, 'standard')]!));
  const geo = book.regions.find((r) => r.code === region)?.geo ?? '';
  return routes.map((r) => {
    const input = table[priceKey('input', r, 'standard')]!;
    const more = input > cheapest ? Math.round((input / cheapest - 1) * 100) : 0;
    return {
      value: r,
      label: format(s[`cost.route.${r}`] ?? r, {
        geo,
        in: perMillion(lang, input),
        out: perMillion(lang, table[priceKey('output', r, 'standard')]!),
        more: more ? format(s['cost.routeMore'] ?? '', { percent: more }) : '',
      }).trim(),
    };
  });
}

export function tierOptions(book: PriceBook, state: State, s: Strings, lang: string): Option[] {
  const region = regionOf(state, book);
  const route = routeOf(state, book);
  const table = book.prices[region]?.[state.model] ?? {};
  return tiersOf(book, region, state.model, route).map((t) => ({
    value: t,
    label: format(s['cost.tierOption'] ?? '', {
      tier: s[`cost.tier.${t}`] ?? t,
      in: perMillion(lang, table[priceKey('input', route, t)]!),
      out: perMillion(lang, table[priceKey('output', route, t)]!),
    }),
  }));
}

/** The batch and cache notes under their fields. */
export function priceNotes(book: PriceBook, state: State, s: Strings, lang: string) {
  const region = regionOf(state, book);
  const route = routeOf(state, book);
  const table = book.prices[region]?.[state.model] ?? {};
  const custom = state.in !== null || state.out !== null;
  const batchIn = table[priceKey('input', route, 'batch')];
  const batchOut = table[priceKey('output', route, 'batch')];
  const cache =
    table[priceKey('cache-read', route, state.tier)] ?? table[priceKey('cache-read', route, 'standard')];
  return {
    batch: custom
      ? format(s['cost.batchCustom'] ?? '', { discount: book.batchDiscount })
      : batchIn !== undefined && batchOut !== undefined
        ? format(s['cost.batchYes'] ?? '', { in: perMillion(lang, batchIn), out: perMillion(lang, batchOut) })
        : (s['cost.batchNo'] ?? ''),
    cache:
      !custom && cache !== undefined
        ? format(s['cost.cacheYes'] ?? '', { price: perMillion(lang, cache) })
        : (s['cost.cacheNo'] ?? ''),
  };
}

/** Where the figures of the state's model and instance come from: [title, day, url] each, deduplicated. */
export function sourcesOf(book: PriceBook, state: State): [string, string, string][] {
  const region = regionOf(state, book);
  const used = [
    state.in === null && state.out === null ? state.model : '',
    state.rate === null ? state.inst : '',
  ]
    .map((item) => book.from[region]?.[item])
    .filter((i): i is number => i !== undefined);
  return [...new Set(used)].map((i) => book.sources[i]!);
}

/** The stale-data notice for `today`, or '' while the prices are recent. */
export function staleNotice(book: PriceBook, today: string, s: Strings, date: (day: string) => string) {
  const age = daysBetween(book.asOf, today);
  return age > STALE_AFTER_DAYS ? format(s['cost.stale'] ?? '', { date: date(book.asOf), days: age }) : '';
}

/**
 * What changed since a link's `asof` day in the figures the state uses: "Claude Sonnet 5, input:
 * $3.00 → $2.00". Empty when nothing did or the link carries no day.
 */
export function changesSince(book: PriceBook, state: State, s: Strings, lang: string): string[] {
  if (!state.asof) return [];
  const region = regionOf(state, book);
  const route = routeOf(state, book);
  const lines: string[] = [];
  const add = (item: string, name: string, kind: string, key: string) => {
    const past = book.history[region]?.[item]?.[key];
    const now = book.prices[region]?.[item]?.[key];
    if (!past || now === undefined) return;
    // The value that applied on the link's day: the oldest change after it.
    const then = [...past].reverse().find(([, until]) => until > state.asof!);
    if (!then || then[0] === now) return;
    lines.push(
      format(s['cost.sinceLine'] ?? '', {
        what: `${name}, ${s[`cost.figure.${kind}`] ?? kind}`,
        from: perMillion(lang, then[0]),
        to: perMillion(lang, now),
      }),
    );
  };
  if (state.in === null && state.out === null) {
    const name = book.models.find((m) => m.id === state.model)?.name ?? state.model;
    for (const kind of ['input', 'output']) add(state.model, name, kind, priceKey(kind, route, state.tier));
    if (state.batch > 0)
      for (const kind of ['input', 'output'])
        add(state.model, name, `batch-${kind}`, priceKey(kind, route, 'batch'));
  }
  if (state.rate === null) add(state.inst, state.inst, 'hour', 'hour');
  return lines;
}
