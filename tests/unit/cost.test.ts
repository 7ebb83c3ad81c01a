import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartSvg } from '../../src/lib/cost/chart';
import {
  bedrockAt,
  compute,
  instancesFor,
  sagemakerAt,
  tokensPerInstance,
  type Inputs,
} from '../../src/lib/cost/engine';
import { formats } from '../../src/lib/cost/format';
import { priceBook } from '../../src/lib/cost/catalog';
import { changesSince, routeOptions } from '../../src/lib/cost/options';
import { formatAmount, parseAmount, parseState, serializeState, toInputs } from '../../src/lib/cost/state';
import { parseData } from '../../src/data/files';

const read = (file: string) => readFileSync(file, 'utf8');
const prices = parseData('prices', read('content/data/prices.yaml'));
const models = parseData('models', read('content/data/models.yaml')).models;
const instances = parseData('instances', read('content/data/instances.yaml')).instances;
const catalog = priceBook(prices, models, instances);

/** A small book with one model priced in-Region, globally and in batch, one instance with a rate, and history. */
const book = priceBook(
  {
    ...prices,
    files: [],
    prices: [
      {
        item: 'nova-micro',
        region: 'us-east-1',
        kind: 'input',
        route: 'in-region',
        tier: 'standard',
        usd: 0.035,
        sku: 'A',
        since: '2026-12-01',
      },
      {
        item: 'nova-micro',
        region: 'us-east-1',
        kind: 'output',
        route: 'in-region',
        tier: 'standard',
        usd: 0.14,
        sku: 'B',
        since: '2026-12-01',
        history: [
          { usd: 0.16, until: '2026-12-01' },
          { usd: 0.2, until: '2026-10-01' },
        ],
      },
      {
        item: 'nova-micro',
        region: 'us-east-1',
        kind: 'input',
        route: 'in-region',
        tier: 'batch',
        usd: 0.0175,
        sku: 'C',
        since: '2026-12-01',
      },
      {
        item: 'nova-micro',
        region: 'us-east-1',
        kind: 'output',
        route: 'in-region',
        tier: 'batch',
        usd: 0.07,
        sku: 'D',
        since: '2026-12-01',
      },
      {
        item: 'nova-micro',
        region: 'us-east-1',
        kind: 'cache-read',
        route: 'in-region',
        tier: 'standard',
        usd: 0.00875,
        sku: 'E',
        since: '2026-12-01',
      },
      {
        item: 'nova-micro',
        region: 'us-east-1',
        kind: 'input',
        route: 'global',
        tier: 'standard',
        usd: 0.0315,
        sku: 'F',
        since: '2026-12-01',
      },
      {
        item: 'nova-micro',
        region: 'us-east-1',
        kind: 'output',
        route: 'global',
        tier: 'standard',
        usd: 0.126,
        sku: 'G',
        since: '2026-12-01',
      },
      {
        item: 'nova-micro',
        region: 'eu-central-1',
        kind: 'input',
        route: 'in-region',
        tier: 'standard',
        usd: 0.046,
        hand: { title: 'x', url: 'https://aws.amazon.com/x' },
        read: '2026-12-02',
      },
      {
        item: 'nova-micro',
        region: 'eu-central-1',
        kind: 'output',
        route: 'in-region',
        tier: 'standard',
        usd: 0.184,
        hand: { title: 'x', url: 'https://aws.amazon.com/x' },
        read: '2026-12-02',
      },
      { item: 'ml.g5.2xlarge', region: 'us-east-1', kind: 'hour', usd: 1.515, sku: 'H', since: '2026-12-01' },
    ],
  },
  models,
  instances,
);

const base: Inputs = {
  tin: 1e9,
  tout: 200e6,
  inPrice: 3,
  outPrice: 15,
  batch: 0,
  batchIn: 1.5,
  batchOut: 7.5,
  cache: 0,
  cacheIn: 0.3,
  rate: 1.515,
  n: 2,
  tps: 120,
  hours: 24,
  disc: 0,
  people: 0,
};

describe('cost engine', () => {
  it('prices the example of the page by hand: $6,000 on Bedrock, $2,212 on SageMaker AI', () => {
    const r = compute(base);
    // 1,000 × $3 + 200 × $15 = $6,000; 2 × $1.515 × 730 h = $2,211.90.
    expect(r.bedrock).toBeCloseTo(6000, 6);
    expect(r.sagemaker).toBeCloseTo(2211.9, 6);
    expect(r.hoursPerMonth).toBe(730);
    expect(r.difference).toBeCloseTo(2211.9 - 6000, 6);
    expect(r.ratio).toBeCloseTo(2211.9 / 6000, 6);
    expect(formats('en').money(r.bedrock)).toBe('$6,000');
    expect(formats('en').money(r.sagemaker)).toBe('$2,212');
  });

  it('finds the break-even of a fixed endpoint and the load it implies', () => {
    const r = compute(base);
    if (r.breakEven.tokens === null) throw new Error('expected a break-even');
    // Blended Bedrock price: (5 × $3 + 1 × $15) / 6 = $5 per 1M tokens → 2,211.9 / 5 = 442.38M.
    expect(r.breakEven.tokens).toBeCloseTo(442.38e6, -3);
    expect(bedrockAt(base, r.breakEven.tokens)).toBeCloseTo(sagemakerAt(base, r.breakEven.tokens), 6);
    // Two instances deliver 2 × 120 × 3,600 × 730 output tokens; the mix is 1 output in 6.
    const capacity = 2 * 120 * 3600 * 730 * 6;
    expect(r.breakEven.utilization).toBeCloseTo(442.38e6 / capacity, 4);
  });

  it('says when there is no break-even within the endpoint’s capacity', () => {
    const open: Inputs = { ...base, inPrice: 0.22, outPrice: 0.22, rate: 1.52, n: null };
    const r = compute(open);
    expect(r.breakEven.tokens).toBeNull();
    if (r.breakEven.tokens !== null) return;
    const full = r.breakEven.atFull;
    expect(full.instances).toBe(1);
    expect(full.tokens).toBeCloseTo(tokensPerInstance(open), 0);
    expect(full.sagemaker).toBeCloseTo(1.52 * 730, 6);
    expect(full.bedrock).toBeLessThan(full.sagemaker);
    // And the same with a fixed count: compared at the full load of those instances.
    const fixed = compute({ ...open, n: 3 });
    expect(fixed.breakEven.tokens).toBeNull();
    if (fixed.breakEven.tokens === null) expect(fixed.breakEven.atFull.instances).toBe(3);
  });

  it('adds one instance at each full instance of output tokens (the steps)', () => {
    const stepped: Inputs = { ...base, n: null };
    const per = tokensPerInstance(stepped);
    const one = 1.515 * 730;
    expect(sagemakerAt(stepped, 1)).toBeCloseTo(one, 6);
    expect(sagemakerAt(stepped, per)).toBeCloseTo(one, 6);
    expect(sagemakerAt(stepped, per * 1.001)).toBeCloseTo(2 * one, 6);
    expect(sagemakerAt(stepped, per * 3)).toBeCloseTo(3 * one, 6);
    expect(instancesFor(stepped, per * 3 + 1)).toBe(4);
    expect(compute({ ...stepped, tout: 200e6 }).instances).toBe(1);
  });

  it('earns back a people cost over as many instances as it takes', () => {
    const i: Inputs = { ...base, n: null, people: 20_000 };
    const r = compute(i);
    if (r.breakEven.tokens === null) throw new Error('expected a break-even');
    expect(bedrockAt(i, r.breakEven.tokens)).toBeCloseTo(sagemakerAt(i, r.breakEven.tokens), 6);
    // Just below, Bedrock is still cheaper.
    expect(bedrockAt(i, r.breakEven.tokens * 0.999)).toBeLessThan(sagemakerAt(i, r.breakEven.tokens * 0.999));
    expect(r.breakEven.instances).toBeGreaterThan(1);
  });

  it('never charges less for more tokens (monotonic), on either side', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let run = 0; run < 200; run++) {
      const i: Inputs = {
        tin: rand() * 1e10,
        tout: rand() * 1e9,
        inPrice: rand() * 20,
        outPrice: rand() * 80,
        batch: rand() * 100,
        batchIn: rand() < 0.5 ? null : rand() * 10,
        batchOut: rand() * 40,
        cache: rand() * 100,
        cacheIn: rand() < 0.5 ? null : rand(),
        rate: 0.1 + rand() * 40,
        n: rand() < 0.5 ? null : 1 + Math.floor(rand() * 10),
        tps: 1 + rand() * 2000,
        hours: 1 + rand() * 23,
        disc: rand() * 64,
        people: rand() * 10000,
      };
      let prevB = -1;
      let prevS = -1;
      for (let x = 1e3; x < 1e13; x *= 1.7) {
        const b = bedrockAt(i, x);
        const s = sagemakerAt(i, x);
        expect(b).toBeGreaterThanOrEqual(prevB);
        expect(s).toBeGreaterThanOrEqual(prevS);
        prevB = b;
        prevS = s;
      }
      const more = compute({ ...i, tout: i.tout * 2, tin: i.tin * 2 });
      expect(more.bedrock).toBeGreaterThanOrEqual(compute(i).bedrock);
      expect(more.sagemaker).toBeGreaterThanOrEqual(compute(i).sagemaker);
    }
  });

  it('prices batch tokens at batch prices, cached input at the cache-read price, and hours and discounts on the instance', () => {
    expect(compute({ ...base, batch: 100 }).bedrock).toBeCloseTo(3000, 6);
    expect(compute({ ...base, batch: 50 }).bedrock).toBeCloseTo(4500, 6);
    // No batch price: the batch share is priced on demand.
    expect(compute({ ...base, batch: 100, batchIn: null, batchOut: null }).bedrock).toBeCloseTo(6000, 6);
    // Half the 1B input tokens from the cache: 500 × $3 + 500 × $0.30 + 200 × $15.
    expect(compute({ ...base, cache: 50 }).bedrock).toBeCloseTo(1500 + 150 + 3000, 6);
    expect(compute({ ...base, cache: 50, cacheIn: null }).bedrock).toBeCloseTo(6000, 6);
    expect(compute({ ...base, hours: 12 }).sagemaker).toBeCloseTo(2 * 1.515 * 365, 6);
    expect(compute({ ...base, disc: 64 }).sagemaker).toBeCloseTo(2211.9 * 0.36, 6);
    const r = compute({ ...base, people: 1000 });
    expect(r.sagemaker).toBeCloseTo(3211.9, 6);
    expect(r.people).toBe(1000);
    expect(r.compute).toBeCloseTo(2211.9, 6);
  });

  it('flags an endpoint that cannot keep up with the volume', () => {
    const r = compute({ ...base, n: 1, tout: 2e9 });
    expect(r.utilization).toBeGreaterThan(1);
    expect(r.needed).toBeGreaterThan(1);
  });
});

describe('token amounts', () => {
  it.each([
    ['1.2B', 1.2e9],
    ['250k', 250e3],
    ['40M', 40e6],
    ['40m', 40e6],
    ['1,000,000', 1e6],
    ['750000', 750e3],
    [' 3.5k ', 3500],
    ['0', 0],
  ])('reads %s', (text, value) => expect(parseAmount(text)).toBe(value));

  it.each(['', 'abc', '-5', '1.2.3B', '5x', '1,00', 'Infinity', '1e9'])('rejects "%s"', (text) =>
    expect(parseAmount(text)).toBeNaN(),
  );

  it('writes amounts back in their shortest exact form', () => {
    expect(formatAmount(1e9)).toBe('1B');
    expect(formatAmount(1.2e9)).toBe('1.2B');
    expect(formatAmount(250e3)).toBe('250k');
    expect(formatAmount(123_456_789)).toBe('123456789');
    for (const v of [0, 999, 1500, 40e6, 1.25e9, 7e12]) expect(parseAmount(formatAmount(v))).toBe(v);
  });
});

describe('calculator state in the URL', () => {
  it('reads the example link with custom prices that win over the table', () => {
    const { state, invalid } = parseState('?tin=1B&tout=200M&in=3&out=15&rate=1.515&n=2&hours=24', catalog);
    expect(invalid).toEqual([]);
    const r = compute(toInputs(state, catalog));
    expect(Math.round(r.bedrock)).toBe(6000);
    expect(Math.round(r.sagemaker)).toBe(2212);
  });

  it('resets each broken or out-of-range field to its default and names it', () => {
    const { state, invalid } = parseState(
      '?tin=lots&tout=1e99&model=gpt-99&batch=150&inst=ml.x.large&rate=-1&n=1.5&tps=0&hours=25&disc=95&people=-1' +
        '&region=mars-1&cache=101&route=moon&tier=batch&asof=yesterday',
      catalog,
    );
    expect(invalid).toEqual([
      'tin',
      'tout',
      'model',
      'batch',
      'inst',
      'rate',
      'n',
      'tps',
      'hours',
      'disc',
      'people',
      'region',
      'cache',
      'route',
      'tier',
      'asof',
    ]);
    expect(serializeState(state, catalog)).toBe('');
  });

  it('accepts the bounds themselves', () => {
    const { invalid } = parseState('?tin=10000B&n=1000&hours=24&disc=90&batch=100&people=1000000', catalog);
    expect(invalid).toEqual([]);
    expect(parseState('?n=1001', catalog).invalid).toEqual(['n']);
    expect(parseState('?tin=10001B', catalog).invalid).toEqual(['tin']);
  });

  it('writes a link that reads back to the same state', () => {
    const { state } = parseState(
      '?tin=1.2B&tout=40M&model=claude-sonnet-4-6&batch=20&n=3&disc=30&people=2500',
      catalog,
    );
    const again = parseState(`?${serializeState(state, catalog)}`, catalog).state;
    expect(again).toEqual(state);
    expect(serializeState(state, catalog)).toBe(
      'tin=1.2B&tout=40M&model=claude-sonnet-4-6&batch=20&n=3&disc=30&people=2500',
    );
  });

  it('prices from the book for the Region, route and tier, with batch and cache prices where the model has them', () => {
    const i = toInputs(parseState('?model=nova-micro', book).state, book);
    expect([i.inPrice, i.outPrice, i.batchIn, i.batchOut, i.cacheIn]).toEqual([
      0.035, 0.14, 0.0175, 0.07, 0.00875,
    ]);
    expect(i.rate).toBe(1.515);
    const global = toInputs(parseState('?model=nova-micro&route=global', book).state, book);
    expect([global.inPrice, global.batchIn, global.cacheIn]).toEqual([0.0315, null, null]);
    // Custom prices: batch at the stated discount, no cache price.
    const custom = toInputs(parseState('?in=3&out=15', book).state, book);
    expect([custom.batchIn, custom.batchOut, custom.cacheIn]).toEqual([1.5, 7.5, null]);
  });

  it('never borrows another Region’s figure: a price or rate missing there is asked for', () => {
    const eu = toInputs(parseState('?model=nova-micro&region=eu-central-1', book).state, book);
    expect(eu.inPrice).toBe(0.046);
    expect(eu.missing).toEqual(['rate']);
    expect(Number.isNaN(eu.rate)).toBe(true);
    const tokyo = toInputs(parseState('?model=nova-micro&region=ap-northeast-1&rate=2', book).state, book);
    expect(tokyo.missing).toEqual(['price']);
    // An instance without a throughput estimate asks for it too.
    const p5 = toInputs(parseState('?inst=ml.p5.48xlarge&rate=98', book).state, book);
    expect(p5.missing).toContain('tps');
  });

  it('opens a link without a Region in the default one, or the first that prices its model', () => {
    // Links made before Regions existed keep their model: Llama 3.1 8B is priced in Ohio only.
    const { state, invalid } = parseState('?model=llama-3-1-8b&tin=20M&tout=4M', catalog);
    expect(invalid).toEqual([]);
    expect(toInputs(state, catalog).inPrice).toBe(0.22);
    expect(serializeState(state, catalog, null)).toBe('tin=20M&tout=4M&model=llama-3-1-8b');
  });

  it('offers the routes a model has, the dearer one with its difference', () => {
    const options = routeOptions(
      book,
      parseState('?model=nova-micro', book).state,
      {
        'cost.route.in-region': 'In {{in}} {{more}}',
        'cost.route.global': 'Global {{in}} {{more}}',
        'cost.routeMore': '(+{{percent}}%)',
      },
      'en',
    );
    expect(options).toEqual([
      { value: 'in-region', label: 'In $0.035 (+11%)' },
      { value: 'global', label: 'Global $0.0315' },
    ]);
  });

  it('says what changed since a shared link’s day, from the value that applied that day', () => {
    const s = { 'cost.sinceLine': '{{what}} {{from}} → {{to}}', 'cost.figure.output': 'output' };
    const at = (asof: string) =>
      changesSince(book, parseState(`?model=nova-micro&asof=${asof}`, book).state, s, 'en');
    expect(at('2026-09-15')).toEqual(['Nova Micro, output $0.20 → $0.14']);
    expect(at('2026-11-15')).toEqual(['Nova Micro, output $0.16 → $0.14']);
    expect(at('2026-12-01')).toEqual([]);
    expect(changesSince(book, parseState('?model=nova-micro', book).state, s, 'en')).toEqual([]);
  });

  it('writes the day of its prices into a shared link', () => {
    expect(book.asOf).toBe('2026-12-02');
    const { state } = parseState('?model=nova-micro&region=eu-central-1', book);
    expect(serializeState(state, book, book.asOf)).toBe(
      'model=nova-micro&region=eu-central-1&asof=2026-12-02',
    );
  });
});

describe('price data', () => {
  it('covers at least 30 models and 15 instances, and every figure names a listed one', () => {
    expect(models.length).toBeGreaterThanOrEqual(30);
    expect(instances.length).toBeGreaterThanOrEqual(15);
    const ids = new Set([...models.map((m) => m.id), ...instances.map((i) => i.id)]);
    for (const f of prices.prices) expect(ids.has(f.item), f.item).toBe(true);
  });

  it('takes every price from AWS: a hand-entered figure cites an AWS page or AWS-owned repository', () => {
    for (const f of prices.prices.filter((p) => p.hand))
      expect(f.hand!.url, `${f.item} ${f.region}`).toMatch(
        /^https:\/\/(([a-z0-9.-]+\.)?(aws\.amazon\.com|amazonaws\.com)\/|github\.com\/(aws|awslabs|aws-samples)\/)/,
      );
  });

  it('fails naming the file, entry and field when a figure has neither a SKU nor a hand source', () => {
    const text = read('content/data/prices.yaml').replace(
      /(item: claude-sonnet-5, region: us-east-1, kind: input, route: global, tier: standard, usd: 2), hand: \{[^}]*\}/,
      '$1',
    );
    expect(() => parseData('prices', text)).toThrow(
      /prices\.yaml[\s\S]*prices\[\d+\][\s\S]*"sku"[\s\S]*either sku/,
    );
  });
});

describe('chart', () => {
  const t = {
    title: 'Monthly cost by monthly tokens',
    desc: 'description',
    bedrock: 'Bedrock',
    sagemaker: 'SageMaker AI',
    you: 'You',
    breakEven: 'Break-even',
    capacity: 'Capacity',
    money: formats('en').compactMoney,
    tokens: formats('en').tokens,
  };

  it('draws both lines, the reader’s volume and the break-even, with a title and description', () => {
    const svg = chartSvg(base, compute(base), t, 'c1');
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="c1-title c1-desc"/);
    expect(svg).toContain('<title id="c1-title">Monthly cost by monthly tokens</title>');
    expect(svg).toContain('class="cc-bedrock"');
    expect(svg).toContain('class="cc-sagemaker"');
    expect(svg).toContain('class="cc-even"');
    expect(svg).toContain('class="cc-you"');
    expect(svg).not.toMatch(/NaN|Infinity|style=/);
  });

  it('draws no break-even marker when there is none, and one step per added instance', () => {
    const open: Inputs = { ...base, inPrice: 0.22, outPrice: 0.22, n: null };
    const svg = chartSvg(open, compute(open), t, 'c2');
    expect(svg).not.toContain('cc-even');
    const steps = /class="cc-sagemaker" d="([^"]+)"/.exec(svg)![1]!.match(/V/g)!.length;
    expect(steps).toBeGreaterThan(5);
  });
});

describe('token amounts as a person types them, in the page language', () => {
  it.each([
    ['2,5M', 2.5e6],
    ['1,2 T', 1.2e9],
    ['3 Tr', 3e6],
    ['2.5M', 2.5e6],
    ['1.000.000', 1e6],
    ['40M', 40e6],
  ])('reads "%s" on a Vietnamese page', (text, value) => expect(parseAmount(text, 'vi')).toBe(value));

  it.each(['2,', '1e3', '2,5X', '1..2'])('keeps the last value while "%s" is half typed', (text) => {
    expect(parseAmount(text, 'vi')).toBeNaN();
    expect(parseAmount(text, 'en')).toBeNaN();
  });

  it('does not read a decimal comma on an English page', () => expect(parseAmount('2,5M', 'en')).toBeNaN());
});
