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
import {
  formatAmount,
  parseAmount,
  parseState,
  serializeState,
  toInputs,
  type Catalog,
} from '../../src/lib/cost/state';
import { parseData } from '../../src/lib/data/registry';

const prices = parseData('prices', readFileSync('content/data/prices.yaml', 'utf8'));
const catalog: Catalog = prices;

const base: Inputs = {
  tin: 1e9,
  tout: 200e6,
  inPrice: 3,
  outPrice: 15,
  batch: 0,
  batchDiscount: 50,
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
        batchDiscount: 50,
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

  it('prices batch tokens at the batch discount, and hours per day and discounts on the instance', () => {
    expect(compute({ ...base, batch: 100 }).bedrock).toBeCloseTo(3000, 6);
    expect(compute({ ...base, batch: 50 }).bedrock).toBeCloseTo(4500, 6);
    expect(compute({ ...base, batch: 100, batchDiscount: 0 }).bedrock).toBeCloseTo(6000, 6);
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
      '?tin=lots&tout=1e99&model=gpt-99&batch=150&inst=ml.x.large&rate=0&n=1.5&tps=0&hours=25&disc=95&people=-1',
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

  it('uses the price table when no custom value is given, with batch only where the model has it', () => {
    const sonnet5 = toInputs(parseState('?model=claude-sonnet-5', catalog).state, catalog);
    expect(sonnet5.inPrice).toBe(2);
    expect(sonnet5.batchDiscount).toBe(0);
    const lite = toInputs(parseState('?model=nova-lite&inst=ml.p4d.24xlarge', catalog).state, catalog);
    expect(lite.batchDiscount).toBe(50);
    expect(lite.rate).toBe(37.69);
  });
});

describe('price table', () => {
  it('gives every model and instance a source and a check date', () => {
    for (const entry of [...prices.models, ...prices.instances]) {
      expect(entry.sources.length, entry.id).toBeGreaterThan(0);
      expect(entry.checked, entry.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('fails naming the file, entry and field when a source is missing', () => {
    const text = readFileSync('content/data/prices.yaml', 'utf8').replace(
      /(id: nova-lite[\s\S]*?)\n\s+sources: \*aws-table/,
      '$1',
    );
    expect(() => parseData('prices', text)).toThrow(/prices\.yaml[\s\S]*"nova-lite"[\s\S]*sources/);
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
