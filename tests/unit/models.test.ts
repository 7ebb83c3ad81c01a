/**
 * /models/ and the price data describe the same models: every model the calculator prices has a
 * row, and a row's Regions and routes agree with the prices recorded for it. The filter reads
 * and writes its state in the address.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER,
  matches,
  parseFilter,
  serializeFilter,
  type FilterFacts,
} from '../../src/lib/models/facts';
import { parseData } from '../../src/data/files';

const read = (file: string) => readFileSync(file, 'utf8');
const prices = parseData('prices', read('content/data/prices.yaml'));
const { models, retired } = parseData('models', read('content/data/models.yaml'));
const geoOf = new Map(prices.regions.map((r) => [r.code, r.geo]));

describe('models and prices agree', () => {
  it('lists at least 30 models, and every model the price data prices has a row', () => {
    expect(models.length).toBeGreaterThanOrEqual(30);
    const ids = new Set(models.map((m) => m.id));
    const priced = new Set(prices.prices.filter((f) => f.kind !== 'hour').map((f) => f.item));
    expect([...priced].filter((id) => !ids.has(id))).toEqual([]);
  });

  it('prices a model only on routes its row says it has, in Regions its row lists', () => {
    const problems: string[] = [];
    for (const f of prices.prices) {
      const m = models.find((x) => x.id === f.item);
      if (!m) continue;
      const where = `${f.item} ${f.region} ${f.kind} ${f.route} ${f.tier}`;
      if (f.route === 'in-region' && m.inRegion && !m.inRegion.includes(f.region))
        problems.push(`${where}: priced in-Region, but inRegion is [${m.inRegion.join(', ')}]`);
      if (f.route === 'geo' && m.geo && !m.geo.includes(geoOf.get(f.region)!))
        problems.push(
          `${where}: priced on a ${geoOf.get(f.region)} profile, but geo is [${m.geo.join(', ')}]`,
        );
      if (f.route === 'global' && m.global === false)
        problems.push(`${where}: priced globally, but global is false`);
    }
    expect(problems).toEqual([]);
  });

  it('lists in-Region only Regions the price data covers', () => {
    for (const m of models) for (const r of m.inRegion ?? []) expect(geoOf.has(r), `${m.id} ${r}`).toBe(true);
  });

  it('keeps retired models apart, each with a date and, where named, a current successor', () => {
    const ids = new Set(models.map((m) => m.id));
    for (const r of retired) {
      expect(ids.has(r.id), r.id).toBe(false);
      if (r.successor) expect(ids.has(r.successor), `${r.id} → ${r.successor}`).toBe(true);
    }
    expect(retired.length).toBeGreaterThan(0);
  });
});

describe('model filter', () => {
  const regions = [
    { code: 'us-east-1', geo: 'US' },
    { code: 'eu-central-1', geo: 'EU' },
    { code: 'eu-west-1', geo: 'EU' },
  ];
  const euProfile: FilterFacts = {
    provider: 'Anthropic',
    inRegion: [],
    geo: ['US', 'EU'],
    global: true,
    tunable: false,
  };
  const frankfurt: FilterFacts = {
    provider: 'Mistral AI',
    inRegion: ['eu-central-1'],
    geo: [],
    global: false,
    tunable: false,
  };
  const usOnly: FilterFacts = {
    provider: 'Meta',
    inRegion: ['us-east-1'],
    geo: ['US'],
    global: false,
    tunable: true,
  };
  const pass = (f: FilterFacts, query: string) =>
    matches(
      f,
      parseFilter(query, {
        providers: ['Anthropic', 'Meta', 'Mistral AI'],
        regions: regions.map((r) => r.code),
      }).filter,
      regions,
    );

  it('finds what runs in a Region, in-Region or through a profile that covers it', () => {
    expect([euProfile, frankfurt, usOnly].map((f) => pass(f, 'region=eu-central-1'))).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('"without cross-Region routing" keeps only in-Region models', () => {
    expect([euProfile, frankfurt, usOnly].map((f) => pass(f, 'region=eu-central-1&local=1'))).toEqual([
      false,
      true,
      false,
    ]);
    expect([euProfile, frankfurt, usOnly].map((f) => pass(f, 'local=1'))).toEqual([false, true, true]);
  });

  it('"stays in the EU" wants an EU profile or an EU Region, and fine-tuning its own flag', () => {
    expect([euProfile, frankfurt, usOnly].map((f) => pass(f, 'eu=1'))).toEqual([true, true, false]);
    expect([euProfile, frankfurt, usOnly].map((f) => pass(f, 'tune=1&provider=Meta'))).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('drops and names what the page does not offer, and writes back only what is set', () => {
    const { filter, invalid } = parseFilter('provider=Acme&region=mars-1&eu=yes&tune=1', {
      providers: ['Meta'],
      regions: ['us-east-1'],
    });
    expect(invalid).toEqual(['provider', 'region', 'eu']);
    expect(filter).toEqual({ ...EMPTY_FILTER, tune: true });
    expect(serializeFilter(filter)).toBe('tune=1');
    expect(serializeFilter(EMPTY_FILTER)).toBe('');
  });
});
