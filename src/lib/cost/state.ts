/**
 * The calculator's state in the URL: fixed parameter names, every number bounded. A value that
 * does not parse or is out of range resets that one field to its default and is reported, so a
 * broken link still opens a working calculator and says what it dropped.
 */
import type { Inputs } from './engine';

/** What the state needs of the price table (content/data/prices.yaml). */
export interface Catalog {
  batchDiscount: number;
  defaults: { model: string; instance: string };
  models: { id: string; input: number; output: number; batch: boolean }[];
  instances: { id: string; rate: number; tps: number }[];
}

export interface State {
  tin: number;
  tout: number;
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
}

type NumberKey = 'tin' | 'tout' | 'in' | 'out' | 'batch' | 'rate' | 'n' | 'tps' | 'hours' | 'disc' | 'people';

/** Bounds of every number: [min, max, whole numbers only, min is exclusive]. */
export const BOUNDS: Record<NumberKey, [number, number, boolean?, boolean?]> = {
  tin: [0, 1e13],
  tout: [0, 1e13],
  in: [0, 1000],
  out: [0, 1000],
  batch: [0, 100],
  rate: [0, 1000, false, true],
  n: [1, 1000, true],
  tps: [1, 100_000],
  hours: [0, 24, false, true],
  disc: [0, 90],
  people: [0, 1_000_000],
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
] as const;
export type Param = (typeof PARAMS)[number];

const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

/**
 * A token amount as people write it: "250k", "40M", "1.2B", "1,000,000" or "750000". Returns
 * NaN for anything else.
 */
export function parseAmount(text: string): number {
  const m = /^(\d+(?:\.\d+)?|\.\d+)([kmb]?)$/i.exec(text.trim().replace(/(\d)[,_ ](?=\d{3}(?!\d))/g, '$1'));
  if (!m) return NaN;
  return Math.round(Number(m[1]) * (SUFFIX[m[2]!.toLowerCase()] ?? 1));
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
    if (key === 'model' || key === 'inst') {
      const list: { id: string }[] = key === 'model' ? catalog.models : catalog.instances;
      if (list.some((entry) => entry.id === raw)) state[key] = raw;
      else invalid.push(key);
      continue;
    }
    const value = key === 'tin' || key === 'tout' ? parseAmount(raw) : parsePlain(raw);
    if (inBounds(key, value)) state[key] = value;
    else invalid.push(key);
  }
  return { state, invalid };
}

/** The query string for a state: only what differs from the defaults, in PARAMS order. */
export function serializeState(state: State, catalog: Catalog): string {
  const initial = defaultState(catalog);
  const params = new URLSearchParams();
  for (const key of PARAMS) {
    const value = state[key];
    if (value === null || value === initial[key]) continue;
    params.set(key, key === 'tin' || key === 'tout' ? formatAmount(value as number) : String(value));
  }
  return params.toString();
}

/** The engine's inputs for a state: custom values win over the price table's. */
export function toInputs(state: State, catalog: Catalog): Inputs {
  const model = catalog.models.find((m) => m.id === state.model) ?? catalog.models[0]!;
  const inst = catalog.instances.find((i) => i.id === state.inst) ?? catalog.instances[0]!;
  const custom = state.in !== null || state.out !== null;
  return {
    tin: state.tin,
    tout: state.tout,
    inPrice: state.in ?? model.input,
    outPrice: state.out ?? model.output,
    batch: state.batch,
    batchDiscount: custom || model.batch ? catalog.batchDiscount : 0,
    rate: state.rate ?? inst.rate,
    n: state.n,
    tps: state.tps ?? inst.tps,
    hours: state.hours,
    disc: state.disc,
    people: state.people,
  };
}
