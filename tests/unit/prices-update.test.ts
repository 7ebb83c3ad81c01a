/**
 * `npm run prices:update` end to end: the real command reads the Price List fixtures
 * (tests/fixtures/price-list, the layout of AWS's bulk files) from a loopback HTTP server and
 * rewrites a copy of content/; each bad variant (tests/fixtures/price-list-bad/<case>, files laid
 * over the good copy) fails, names the problem and writes nothing.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { classify } from '../../tools/prices/classify';
import { merge } from '../../tools/prices/merge';

const run = promisify(execFile);
const GOOD = 'tests/fixtures/price-list';
const BAD = 'tests/fixtures/price-list-bad';
const TODAY = '2026-12-06';

const made: string[] = [];
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};

/** A Price List tree: the good copy with a variant's files laid over it. */
function tree(variant?: string) {
  const dir = temp('price-list-');
  cpSync(GOOD, dir, { recursive: true });
  if (variant) cpSync(join(BAD, variant), dir, { recursive: true });
  return dir;
}

/** A copy of the site's content/ for the command to rewrite. */
function site() {
  const dir = temp('site-');
  for (const part of ['data', 'i18n', 'docs'])
    cpSync(`content/${part}`, join(dir, 'content', part), { recursive: true });
  return dir;
}

let server: Server;
let root = '';
let origin = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    try {
      const body = readFileSync(join(root, decodeURIComponent(new URL(request.url!, 'http://x').pathname)));
      response.writeHead(200, { 'content-type': 'application/json' }).end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

async function update(dir: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['tools/prices/update.ts', '--source', origin, '--root', dir, '--today', TODAY, ...args],
      { encoding: 'utf8' },
    );
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

const pricesOf = (dir: string) => parse(readFileSync(join(dir, 'content/data/prices.yaml'), 'utf8'));
const text = (dir: string, file: string) => readFileSync(join(dir, 'content/data', file), 'utf8');

describe('prices:update over a loopback copy of the Price List', () => {
  it('rewrites the figures with Price List provenance and dates the change in every language', async () => {
    root = tree();
    const dir = site();
    const { code, out } = await update(dir);
    expect(code, out).toBe(0);
    const data = pricesOf(dir);
    // Every file read is listed with its URL, version, publication date and digest.
    expect(data.files.map((f: { offer: string; region: string }) => `${f.offer} ${f.region}`)).toEqual([
      'AmazonBedrock us-east-1',
      'AmazonBedrock eu-central-1',
      'AmazonBedrockFoundationModels us-east-1',
      'AmazonSageMaker us-east-1',
    ]);
    const bedrock = data.files[0];
    expect(bedrock.url).toBe(`${origin}/offers/v1.0/aws/AmazonBedrock/20261201000000/us-east-1/index.json`);
    expect(bedrock).toMatchObject({
      version: '20261201000000',
      published: '2026-12-01T00:00:00Z',
      read: TODAY,
    });
    expect(bedrock.sha256).toMatch(/^[0-9a-f]{64}$/);
    const find = (item: string, region: string, kind: string, route?: string, tier?: string) =>
      data.prices.find(
        (f: Record<string, string>) =>
          f.item === item && f.region === region && f.kind === kind && f.route === route && f.tier === tier,
      );
    // Per 1K tokens, per token and Marketplace units all become USD per 1M tokens.
    expect(find('nova-micro', 'us-east-1', 'input', 'in-region', 'standard')).toMatchObject({
      usd: 0.035,
      since: TODAY,
    });
    expect(find('nova-2-lite', 'us-east-1', 'output', 'global', 'priority').usd).toBe(4.375);
    expect(find('nova-2-lite', 'us-east-1', 'input', 'global', 'flex').usd).toBe(0.15);
    expect(find('nova-2-lite', 'us-east-1', 'input', 'global', 'batch').usd).toBe(0.15);
    expect(find('nova-micro', 'us-east-1', 'cache-read', 'in-region', 'standard').usd).toBe(0.00875);
    expect(find('claude-sonnet-4-6', 'us-east-1', 'input', 'geo', 'standard')).toMatchObject({ usd: 3.3 });
    expect(find('claude-sonnet-4-6', 'us-east-1', 'input', 'global', 'batch').usd).toBe(1.5);
    expect(find('claude-haiku-4-5', 'us-east-1', 'cache-read', 'global', 'standard').usd).toBe(0.1);
    // A hand-entered figure read again at the same value now has its SKU.
    const confirmed = find('ministral-3-8b', 'us-east-1', 'input', 'in-region', 'standard');
    expect(confirmed.sku).toMatch(/^[0-9A-F]{16}$/);
    expect(confirmed.hand).toBeUndefined();
    // Hosting only: the training row of the same instance is ignored.
    expect(data.prices.filter((f: { item: string }) => f.item === 'ml.g5.2xlarge')).toEqual([
      expect.objectContaining({ region: 'us-east-1', kind: 'hour', usd: 1.515 }),
    ]);
    // A figure the Price List does not have stays hand-entered.
    expect(find('claude-fable-5', 'us-east-1', 'input', 'global', 'standard').hand).toBeDefined();
    expect(out).toMatch(/skipped 1 price dimension\(s\): provisioned throughput/);
    const changes = parse(text(dir, 'changes.yaml')).changes;
    expect(changes[0]).toMatchObject({ id: `prices-${TODAY}`, date: TODAY, affects: ['/cost/calculator/'] });
    expect(changes[0].summary.en).toContain('Amazon Nova Micro, us-east-1, input');
    expect(changes[0].summary.vi).toContain('đầu vào');

    // A second run over the same files changes nothing and adds no entry.
    const before = text(dir, 'prices.yaml');
    const again = await update(dir);
    expect(again.code, again.out).toBe(0);
    expect(text(dir, 'prices.yaml')).toBe(before);
    expect(parse(text(dir, 'changes.yaml')).changes[1].id).not.toMatch(/^prices-/);
  });

  it('with --dry-run prints the changes and writes nothing', async () => {
    root = tree();
    const dir = site();
    const { code, out } = await update(dir, '--dry-run', '--regions', 'us-east-1');
    expect(code, out).toBe(0);
    expect(out).toMatch(/new\s+nova-micro us-east-1 input in-region standard: 0\.035/);
    expect(out).toContain('Dry run: nothing written.');
    expect(text(dir, 'prices.yaml')).toBe(readFileSync('content/data/prices.yaml', 'utf8'));
  });

  it.each([
    [
      'duplicate-sku',
      /ministral-3-8b input in-region standard in us-east-1 has two prices: 0\.15 \(SKU \w+\) and 0\.2 \(SKU \w+\)/,
    ],
    [
      'unknown-unit',
      /SKU \w+ \(ministral-3-8b, USE1-Ministral3-8B-input-tokens\): cannot classify unit "1K characters"/,
    ],
    ['invalid-json', /AmazonSageMaker\/20261130080000\/us-east-1\/index\.json: not JSON/],
  ])('fails on the %s variant, naming it, and writes nothing', async (variant, message) => {
    root = tree(variant);
    const dir = site();
    const { code, out } = await update(dir);
    expect(code).toBe(1);
    expect(out).toMatch(message);
    expect(out).toContain('wrote nothing');
    expect(text(dir, 'prices.yaml')).toBe(readFileSync('content/data/prices.yaml', 'utf8'));
    expect(text(dir, 'changes.yaml')).toBe(readFileSync('content/data/changes.yaml', 'utf8'));
  });

  it('fails when a model the site uses disappears from the Price List', async () => {
    root = tree();
    const dir = site();
    expect((await update(dir)).code).toBe(0);
    const before = text(dir, 'prices.yaml');
    root = tree('used-model-gone');
    const { code, out } = await update(dir);
    expect(code).toBe(1);
    expect(out).toMatch(
      /claude-sonnet-4-6 \(used by content\/docs\/cost\/calculator\.mdx\) has no input or output price in us-east-1/,
    );
    expect(text(dir, 'prices.yaml')).toBe(before);
  });

  it('fails on a download that does not answer', async () => {
    root = tree();
    const dir = site();
    const { code, out } = await update(dir, '--source', `${origin}/nowhere`);
    expect(code).toBe(1);
    expect(out).toMatch(
      /nowhere\/offers\/v1\.0\/aws\/\w+\/current\/region_index\.json: download failed \(HTTP 404\)/,
    );
  });
});

describe('classifying a price dimension', () => {
  const a = (usagetype: string, extra: Record<string, string> = {}) => ({ usagetype, ...extra });
  it.each([
    [
      'USE1-NovaLite-input-tokens',
      '1K tokens',
      '',
      { kind: 'input', route: 'in-region', tier: 'standard', perMillion: 60 },
    ],
    [
      'USE1-Nova2.0Lite-output-tokens-cross-region-global-batch',
      'Tokens',
      '',
      { kind: 'output', route: 'global', tier: 'batch', perMillion: 60000 },
    ],
    [
      'USE1-NovaPro-cache-read-input-token-count',
      '1K tokens',
      '',
      { kind: 'cache-read', route: 'in-region', tier: 'standard' },
    ],
    [
      'USE1-MP:USE1_InputTokenCount-Units',
      'Units',
      'Million Input Tokens Regional CRIS',
      { kind: 'input', route: 'geo', perMillion: 0.06 },
    ],
    [
      'USE1-MP:USE1_output_tokens_global_standard-Units',
      '1M tokens',
      '',
      { kind: 'output', route: 'global', tier: 'standard' },
    ],
  ])('%s', (usage, unit, description, expected) => {
    expect(classify(a(usage), unit, 0.06, description)).toMatchObject({ type: 'token', ...expected });
  });

  it('reads batch from the feature when the usage type does not say it', () => {
    expect(
      classify(a('USE1-Qwen3-32B-input-tokens', { feature: 'Batch Inference' }), '1K tokens', 1),
    ).toMatchObject({
      tier: 'batch',
    });
  });

  it('skips what the calculator does not price and names what it cannot read', () => {
    expect(classify(a('USE1-NovaPro-Customization-Training'), '1K tokens', 1).type).toBe('skip');
    expect(classify(a('USE1-NovaLite-input-tokens'), '1K characters', 1)).toEqual({
      type: 'unknown',
      why: 'unit "1K characters" of usage type "USE1-NovaLite-input-tokens"',
    });
    expect(classify(a('USE1-NovaLite-images'), '1K tokens', 1).type).toBe('unknown');
    expect(classify(a('USE1-MP:USE1_InputTokenCount-Units'), 'Units', 1).type).toBe('unknown');
  });
});

describe('merging a fresh read', () => {
  const figure = {
    item: 'm',
    region: 'us-east-1',
    kind: 'input',
    route: 'in-region',
    tier: 'standard',
  } as const;
  it('keeps the earlier value as history when a price moves, and the day it was first read when not', () => {
    const old = [
      { ...figure, usd: 3, sku: 'A', since: '2026-10-01', history: [{ usd: 4, until: '2026-10-01' }] },
    ];
    const moved = merge(old, [{ ...figure, usd: 2, sku: 'A' }], ['us-east-1'], TODAY);
    expect(moved.figures[0]).toMatchObject({
      usd: 2,
      since: TODAY,
      history: [
        { usd: 3, until: TODAY },
        { usd: 4, until: '2026-10-01' },
      ],
    });
    expect(moved.moves).toEqual([expect.objectContaining({ type: 'moved', from: 3 })]);
    const same = merge(old, [{ ...figure, usd: 3, sku: 'A' }], ['us-east-1'], TODAY);
    expect(same.figures[0]).toEqual(old[0]);
    expect(same.moves).toEqual([]);
  });

  it('drops a Price List figure the read did not find, keeps a hand-entered one and other Regions', () => {
    const old = [
      { ...figure, usd: 3, sku: 'A', since: '2026-10-01' },
      {
        ...figure,
        kind: 'output' as const,
        usd: 15,
        hand: { title: 't', url: 'https://aws.amazon.com/x' },
        read: '2026-12-01',
      },
      { ...figure, region: 'eu-west-1', usd: 3.3, sku: 'B', since: '2026-10-01' },
    ];
    const { figures, moves } = merge(old, [], ['us-east-1'], TODAY);
    expect(figures.map((f) => f.usd)).toEqual([15, 3.3]);
    expect(moves.map((m) => m.type)).toEqual(['gone', 'kept']);
  });
});
