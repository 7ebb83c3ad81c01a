/**
 * What a Price List price dimension prices, read from its product's usage type and attributes:
 * a token figure (input, output, cache read or write × in-Region, geographic or global
 * cross-Region × standard, batch, flex or priority) in USD per 1M tokens, or an instance-hour.
 * Usage types the site does not quote (provisioned throughput, customization, long context...)
 * are skipped by name; anything else is an error that names it, never a guess.
 *
 * Usage types look like `<Region prefix>-<model key>-<meter>[-<route>][-<tier>]`, for example
 * `USE1-NovaLite-input-tokens`, `USE1-Nova2.0Lite-output-tokens-cross-region-global-batch`,
 * `USE1-NovaPro-cache-read-input-token-count`; Marketplace-listed models use
 * `USE1-MP:USE1_InputTokenCount_Global-Units` or `USE1-MP:USE1_input_tokens_global_standard-Units`;
 * SageMaker AI hosting is `USE1-Host:ml.g5.xlarge`.
 */
import type { Kind, Route, Tier } from '../../src/schemas/prices.ts';

export type Class =
  | { type: 'token'; kind: Kind; route: Route; tier: Tier; perMillion: number }
  | { type: 'hour'; perHour: number }
  | { type: 'skip'; why: string }
  | { type: 'unknown'; why: string };

/** Token units and how many of them make a million tokens. */
const TOKEN_UNITS: Record<string, number> = {
  '1k tokens': 1000,
  '1000 tokens': 1000,
  '1m tokens': 1,
  '1000000 tokens': 1,
  tokens: 1e6,
  token: 1e6,
};
const HOUR_UNITS = new Set(['hrs', 'hours', 'hour']);

/** Usage-type parts of products the calculator does not price, with the reason. */
const SKIPPED: [RegExp, string][] = [
  [/provisioned|modelunit|model-unit/i, 'provisioned throughput'],
  [/reserved/i, 'reserved tier'],
  [/customization|custom-model|training|storage/i, 'model customization'],
  [/long-context/i, 'long-context rate'],
  [/mantle/i, 'OpenAI-compatible endpoint rate'],
  [/cache[-_]?write.*(1h|1-hour)/i, 'one-hour cache write'],
  [/latency[-_]?optimi[sz]ed/i, 'latency-optimized inference'],
];

const METERS: [RegExp, Kind][] = [
  [/cache[-_]?read/i, 'cache-read'],
  [/cache[-_]?write/i, 'cache-write'],
  [/input[-_]?tokens?|inputtokencount/i, 'input'],
  [/output[-_]?tokens?|outputtokencount/i, 'output'],
];

/** Parses a Price List number ("0.0000600000"); anything else is NaN. */
export const parseUsd = (text: string | undefined) =>
  typeof text === 'string' && /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;

/** Rounds away floating-point noise of a unit conversion (0.00006 × 1000 → 0.06). */
const clean = (value: number) => Number(value.toPrecision(12));

/**
 * Marketplace-listed models (AmazonBedrockFoundationModels) bill "Units" and say in the rate's
 * description that a unit is a million tokens.
 */
const perMillionUnits = (unit: string, description: string) =>
  unit === 'units' && /\bmillion\b|\b1M\b/i.test(description) ? 1 : undefined;

export function classify(
  attributes: Record<string, string>,
  unit: string,
  usdPerUnit: number,
  description = '',
): Class {
  const usage = attributes.usagetype ?? '';
  const body = usage.replace(/^[A-Z0-9]+-/, '');
  for (const [pattern, why] of SKIPPED) if (pattern.test(body)) return { type: 'skip', why };
  const u = unit.trim().toLowerCase();
  if (/^Host:ml\./.test(body) || attributes.component === 'Hosting') {
    if (!HOUR_UNITS.has(u))
      return { type: 'unknown', why: `unit "${unit}" of hosting usage type "${usage}"` };
    return { type: 'hour', perHour: clean(usdPerUnit) };
  }
  const kind = METERS.find(([pattern]) => pattern.test(body))?.[1];
  if (!kind) return { type: 'unknown', why: `usage type "${usage}"` };
  const perUnit = TOKEN_UNITS[u] ?? perMillionUnits(u, description);
  if (perUnit === undefined) return { type: 'unknown', why: `unit "${unit}" of usage type "${usage}"` };
  // Marketplace rows say "Regional CRIS" in the description for geographic profiles.
  const route: Route = /global/i.test(body)
    ? 'global'
    : /cross-region-geo|[-_]geo\b/i.test(body) || /\bCRIS\b/.test(description)
      ? 'geo'
      : 'in-region';
  const feature = `${attributes.feature ?? ''} ${attributes.service_tier ?? ''} ${attributes.inferenceType ?? ''}`;
  const said = `${body} ${feature}`;
  const tier: Tier = /batch/i.test(said)
    ? 'batch'
    : /flex/i.test(said)
      ? 'flex'
      : /priority/i.test(said)
        ? 'priority'
        : 'standard';
  return { type: 'token', kind, route, tier, perMillion: clean(usdPerUnit * perUnit) };
}
