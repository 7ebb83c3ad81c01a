// The price refresh (tools/prices/update.ts): its time over the test fixtures, and its peak
// memory over a generated offer file of 300 MB or more, which it must stream rather than load.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';

const VERSION = '20261201000000';

/**
 * Runs the refresh with the command line of `npm run prices:update` (its Node flags included:
 * a small young generation keeps the streaming parse's garbage from piling up), polling the
 * child's peak resident memory (VmHWM in /proc, a high-water mark, so a late poll still sees it).
 * @returns {Promise<{ ms: number, peakRssBytes: number | null, code: number | null, output: string }>}
 */
async function runUpdate(root, args) {
  const started = performance.now();
  const { scripts } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const quoted = ['--dry-run', ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  // `exec` keeps the pid, so /proc/<pid> is the refresh itself; node is the project's (node_modules/.bin).
  const child = spawn('sh', ['-c', `exec ${scripts['prices:update']} ${quoted}`], {
    cwd: root,
    env: { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` },
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let peak = null;
  const poll = setInterval(async () => {
    try {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]);
      if (kb) peak = Math.max(peak ?? 0, kb * 1024);
    } catch {
      // the process has ended, or /proc is not there (not Linux): no figure
    }
  }, 50);
  const [code] = await once(child, 'exit');
  clearInterval(poll);
  return { ms: performance.now() - started, peakRssBytes: peak, code, output };
}

/** A Price List tree whose AmazonBedrock us-east-1 file holds `bytes` or more of products and terms. */
async function syntheticTree(dir, bytes) {
  const base = join(dir, 'offers/v1.0/aws');
  for (const offer of ['AmazonBedrock', 'AmazonBedrockFoundationModels', 'AmazonSageMaker']) {
    await mkdir(join(base, offer, 'current'), { recursive: true });
    await mkdir(join(base, offer, VERSION, 'us-east-1'), { recursive: true });
    const index = {
      formatVersion: 'v1.0',
      publicationDate: '2026-12-01T00:00:00Z',
      regions: {
        'us-east-1': {
          regionCode: 'us-east-1',
          currentVersionUrl: `/offers/v1.0/aws/${offer}/${VERSION}/us-east-1/index.json`,
        },
      },
    };
    await writeFile(join(base, offer, 'current/region_index.json'), JSON.stringify(index));
    if (offer !== 'AmazonBedrock') {
      // The calculator's default instance keeps its rate, as in a real refresh.
      const small = {
        formatVersion: 'v1.0',
        offerCode: offer,
        version: VERSION,
        publicationDate: '2026-12-01T00:00:00Z',
        products: {},
        terms: { OnDemand: {} },
      };
      if (offer === 'AmazonSageMaker') {
        const attributes = {
          usagetype: 'USE1-Host:ml.g5.2xlarge',
          component: 'Hosting',
          instanceName: 'ml.g5.2xlarge',
          regionCode: 'us-east-1',
        };
        small.products = { SYNHOST: { sku: 'SYNHOST', productFamily: 'ML Instance', attributes } };
        const dimension = { unit: 'Hrs', pricePerUnit: { USD: '1.5150000000' }, description: 'synthetic' };
        small.terms.OnDemand = {
          SYNHOST: {
            'SYNHOST.JRTCKXETXF': { priceDimensions: { 'SYNHOST.JRTCKXETXF.6YS6EN2CT7': dimension } },
          },
        };
      }
      await writeFile(join(base, offer, VERSION, 'us-east-1/index.json'), JSON.stringify(small));
    }
  }
  const file = join(base, 'AmazonBedrock', VERSION, 'us-east-1/index.json');
  const out = createWriteStream(file);
  const write = async (text) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const sku = (i) => `SYN${String(i).padStart(13, '0')}`;
  // One product the site prices (Ministral 8B 3.0 input tokens) among many it does not.
  const product = (i) =>
    JSON.stringify({
      sku: sku(i),
      productFamily: 'Amazon Bedrock',
      attributes: {
        servicecode: 'AmazonBedrock',
        location: 'US East (N. Virginia)',
        locationType: 'AWS Region',
        usagetype: i === 0 ? 'USE1-Ministral3-8B-input-tokens' : `USE1-Synthetic${i}-input-tokens`,
        operation: '',
        feature: 'On-demand Inference',
        inferenceType: 'Input tokens',
        model: i === 0 ? 'Ministral 8B 3.0' : `Synthetic model ${i}`,
        provider: 'Synthetic',
        regionCode: 'us-east-1',
        servicename: 'Amazon Bedrock',
      },
    });
  const term = (i) =>
    JSON.stringify({
      [`${sku(i)}.JRTCKXETXF`]: {
        offerTermCode: 'JRTCKXETXF',
        sku: sku(i),
        effectiveDate: '2026-12-01T00:00:00Z',
        priceDimensions: {
          [`${sku(i)}.JRTCKXETXF.6YS6EN2CT7`]: {
            rateCode: `${sku(i)}.JRTCKXETXF.6YS6EN2CT7`,
            description: `$0.00015 per 1K input tokens for synthetic model ${i} in US East (N. Virginia)`,
            beginRange: '0',
            endRange: 'Inf',
            unit: '1K tokens',
            pricePerUnit: { USD: '0.0001500000' },
            appliesTo: [],
          },
        },
        termAttributes: {},
      },
    });
  // Products and terms take about the same room: the products half ends at half the size.
  const each = product(1).length + term(1).length + 2 * (sku(1).length + 6);
  const count = Math.ceil((bytes * 1.02) / each);
  await write(
    `{"formatVersion":"v1.0","disclaimer":"synthetic","offerCode":"AmazonBedrock","version":"${VERSION}","publicationDate":"2026-12-01T00:00:00Z","products":{\n`,
  );
  for (let i = 0; i < count; i++) await write(`${i ? ',\n' : ''}"${sku(i)}":${product(i)}`);
  await write('},\n"terms":{"OnDemand":{\n');
  for (let i = 0; i < count; i++) await write(`${i ? ',\n' : ''}"${sku(i)}":${term(i)}`);
  await write('}}}\n');
  out.end();
  await once(out, 'finish');
  return (await stat(file)).size;
}

/**
 * @param {{ root: string, scratch: string, syntheticBytes: number, log: (line: string) => void }} options
 */
export async function measurePriceRefresh({ root, scratch, syntheticBytes, log }) {
  const fixtures = await runUpdate(root, ['--source', 'tests/fixtures/price-list']);
  if (fixtures.code !== 0) throw new Error(`prices:update failed on the fixtures:\n${fixtures.output}`);
  log(`  fixtures: ${(fixtures.ms / 1000).toFixed(2)} s`);
  const dir = join(scratch, 'price-list');
  await rm(dir, { recursive: true, force: true });
  const bytes = await syntheticTree(dir, syntheticBytes);
  log(`  synthetic offer file: ${(bytes / 1024 ** 2).toFixed(0)} MB`);
  const big = await runUpdate(root, ['--source', dir, '--regions', 'us-east-1']);
  await rm(dir, { recursive: true, force: true });
  if (big.code !== 0) throw new Error(`prices:update failed on the synthetic file:\n${big.output}`);
  log(
    `  synthetic: ${(big.ms / 1000).toFixed(1)} s, peak RSS ${((big.peakRssBytes ?? 0) / 1024 ** 2).toFixed(0)} MB`,
  );
  return {
    fixturesMs: fixtures.ms,
    synthetic: { bytes, ms: big.ms, peakRssBytes: big.peakRssBytes },
  };
}

/** The price data the calculator page sends (its island's `book`), gzip bytes. */
export async function priceDataBytes(url) {
  const { gzipSync } = await import('node:zlib');
  const html = await (await fetch(url)).text();
  const raw = /<cost-calculator[^>]*data-config="([^"]*)"/.exec(html)?.[1];
  if (!raw) throw new Error(`${url}: no calculator configuration found`);
  const config = JSON.parse(
    raw
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
  return gzipSync(JSON.stringify(config.book), { level: 9 }).length;
}
