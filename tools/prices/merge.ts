/**
 * Folding a fresh read of the Price List into the site's figures: what moved, appeared or
 * disappeared, with each figure's earlier values kept as history. Pure: no files, no clock.
 */
import { KINDS, ROUTES, TIERS, type PriceFigure } from '../../src/schemas/prices.ts';

/** A figure as read from the Price List. */
export interface Fresh {
  item: string;
  region: string;
  kind: PriceFigure['kind'];
  route?: PriceFigure['route'];
  tier?: PriceFigure['tier'];
  usd: number;
  sku: string;
}

export type Move =
  | { type: 'moved'; figure: PriceFigure; from: number }
  | { type: 'new'; figure: PriceFigure }
  | { type: 'gone'; figure: PriceFigure }
  /** A hand-entered figure now read from the Price List at the same value. */
  | { type: 'confirmed'; figure: PriceFigure }
  /** A hand-entered figure the Price List does not have (yet): kept. */
  | { type: 'kept'; figure: PriceFigure };

export const figureKey = (f: Pick<PriceFigure, 'item' | 'region' | 'kind' | 'route' | 'tier'>) =>
  [f.item, f.region, f.kind, f.route ?? '', f.tier ?? ''].join('|');

/** Sorts figures by item (in `items` order), Region (in `regions` order), kind, route and tier. */
export function sortFigures(figures: PriceFigure[], items: string[], regions: string[]): PriceFigure[] {
  const rank = (list: readonly string[], value: string | undefined) =>
    value === undefined ? -1 : list.indexOf(value) === -1 ? list.length : list.indexOf(value);
  const kinds = [...KINDS, 'hour'];
  return [...figures].sort(
    (a, b) =>
      rank(items, a.item) - rank(items, b.item) ||
      a.item.localeCompare(b.item) ||
      rank(regions, a.region) - rank(regions, b.region) ||
      rank(kinds, a.kind) - rank(kinds, b.kind) ||
      rank(ROUTES, a.route) - rank(ROUTES, b.route) ||
      rank(TIERS, a.tier) - rank(TIERS, b.tier),
  );
}

/**
 * The figures after a read of `regions` on `today`: Price List figures replace old and
 * hand-entered ones; a hand-entered figure the read did not find stays; a Price List figure the
 * read did not find is gone. Figures of other Regions are left as they were.
 */
export function merge(
  old: PriceFigure[],
  fresh: Fresh[],
  regions: string[],
  today: string,
): { figures: PriceFigure[]; moves: Move[] } {
  const before = new Map(old.map((f) => [figureKey(f), f]));
  const seen = new Set<string>();
  const figures: PriceFigure[] = [];
  const moves: Move[] = [];
  for (const f of fresh) {
    const key = figureKey(f);
    seen.add(key);
    const o = before.get(key);
    const base = {
      item: f.item,
      region: f.region,
      kind: f.kind,
      ...(f.route ? { route: f.route } : {}),
      ...(f.tier ? { tier: f.tier } : {}),
      usd: f.usd,
      sku: f.sku,
    };
    if (!o) {
      const figure = { ...base, since: today };
      figures.push(figure);
      moves.push({ type: 'new', figure });
    } else if (o.usd === f.usd) {
      const figure: PriceFigure = {
        ...base,
        since: o.since ?? today,
        ...(o.history?.length ? { history: o.history } : {}),
      };
      figures.push(figure);
      if (o.hand) moves.push({ type: 'confirmed', figure });
    } else {
      const figure: PriceFigure = {
        ...base,
        since: today,
        history: [{ usd: o.usd, until: today }, ...(o.history ?? [])],
      };
      figures.push(figure);
      moves.push({ type: 'moved', figure, from: o.usd });
    }
  }
  const refreshed = new Set(regions);
  for (const o of old) {
    if (seen.has(figureKey(o))) continue;
    if (!refreshed.has(o.region)) figures.push(o);
    else if (o.hand) {
      figures.push(o);
      moves.push({ type: 'kept', figure: o });
    } else moves.push({ type: 'gone', figure: o });
  }
  return { figures, moves };
}
