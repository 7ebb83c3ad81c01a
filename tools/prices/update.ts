#!/usr/bin/env node
/**
 * npm run prices:update -- [--source <url-or-folder>] [--regions a,b] [--dry-run] [--root <dir>]
 *
 * Reads AWS's public Price List for the models (content/data/models.yaml) and instances
 * (content/data/instances.yaml) the site covers, in the Regions of content/data/prices.yaml,
 * and rewrites that file's figures with their provenance. Every price that moved, appeared or
 * disappeared is printed and added to content/data/changes.yaml in every language. Nothing is
 * written unless everything was read and checked: any problem exits 1 and names it.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { locales } from '../../src/config/locales.ts';
import { changesFile } from '../../src/schemas/changes.ts';
import {
  instancesFile,
  modelsFile,
  pricesFile,
  type PriceFigure,
  type Prices,
} from '../../src/schemas/prices.ts';
import { loadDataFile } from '../../src/lib/data/load.ts';
import { collect } from './collect.ts';
import { merge, sortFigures, type Move } from './merge.ts';
import { AWS_PRICE_LIST, PriceListError } from './source.ts';
import { usedItems } from './used.ts';
import { changeEntry, pricesYaml, withChange, type ChangeText } from './write.ts';

const { values } = parseArgs({
  options: {
    source: { type: 'string', default: AWS_PRICE_LIST },
    regions: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    root: { type: 'string', default: '.' },
    today: { type: 'string' },
  },
});
const root = values.root;
const at = (file: string) => join(root, file);
const FILES = {
  models: 'content/data/models.yaml',
  instances: 'content/data/instances.yaml',
  prices: 'content/data/prices.yaml',
  changes: 'content/data/changes.yaml',
};
const today = values.today ?? new Date().toISOString().slice(0, 10);

/** Pricing pages a reader can open for a change entry (AWS says they win over the Price List). */
const PRICING_PAGES = {
  bedrock: {
    title: 'Amazon Bedrock Pricing',
    url: 'https://aws.amazon.com/bedrock/pricing/',
    kind: 'pricing',
  },
};

function fail(message: string): never {
  console.error(`✖ prices:update wrote nothing.\n${message}`);
  process.exit(1);
}

async function main() {
  const read = (file: string) => readFileSync(at(file), 'utf8');
  const models = loadDataFile(FILES.models, read(FILES.models), modelsFile).models;
  const instances = loadDataFile(FILES.instances, read(FILES.instances), instancesFile).instances;
  const prices: Prices = loadDataFile(FILES.prices, read(FILES.prices), pricesFile);
  const changesText = read(FILES.changes);
  const configured = prices.regions.map((r) => r.code);
  const regions = values.regions ? values.regions.split(',').map((r) => r.trim()) : configured;
  const unknown = regions.filter((r) => !configured.includes(r));
  if (unknown.length)
    fail(`--regions: ${unknown.join(', ')} not in ${FILES.prices} (regions: ${configured.join(', ')})`);

  console.log(`Reading the Price List from ${values.source} for ${regions.join(', ')}…`);
  const { fresh, files, notes } = await collect({ root: values.source, regions, models, instances, today });
  for (const note of notes) console.log(`  · ${note}`);

  const { figures, moves } = merge(prices.prices, fresh, regions, today);
  const items = [...models.map((m) => m.id), ...instances.map((i) => i.id)];
  const next: Prices = {
    ...prices,
    files: [...prices.files.filter((f) => !regions.includes(f.region)), ...files].sort(
      (a, b) => a.offer.localeCompare(b.offer) || configured.indexOf(a.region) - configured.indexOf(b.region),
    ),
    prices: sortFigures(figures, items, configured),
  };

  // A model or instance the site uses must still have its price.
  const problems: string[] = [];
  for (const use of usedItems(root, prices.defaults)) {
    const has = (kind: PriceFigure['kind']) =>
      next.prices.some((f) => f.item === use.item && f.region === use.region && f.kind === kind);
    const needed: PriceFigure['kind'][] = use.item.startsWith('ml.') ? ['hour'] : ['input', 'output'];
    const missing = needed.filter((k) => !has(k));
    if (missing.length)
      problems.push(
        `${use.item} (used by ${use.by}) has no ${missing.join(' or ')} price in ${use.region} in the new data`,
      );
  }
  if (problems.length) fail(problems.join('\n'));

  printMoves(moves);
  const found = new Set(fresh.map((f) => f.item));
  const unseen = items.filter((id) => !found.has(id));
  if (unseen.length)
    console.log(
      `  No Price List figure in ${regions.join(', ')} for ${unseen.length} item(s); if AWS lists one, its ` +
        `name differs from priceList.model in ${FILES.models}: ${unseen.join(', ')}`,
    );
  const text = pricesYaml(next);
  loadDataFile(FILES.prices, text, pricesFile); // what is written must load
  const names = new Map<string, string>([
    ...models.map((m): [string, string] => [m.id, `${m.provider} ${m.name}`]),
    ...instances.map((i): [string, string] => [i.id, i.id]),
  ]);
  const texts = Object.fromEntries(
    locales.map((l) => [l, JSON.parse(read(`content/i18n/${l}.json`)) as Record<string, string>]),
  );
  const entry = changeEntry({
    id: uniqueId(changesText, `prices-${today}`),
    date: today,
    moves,
    texts: Object.fromEntries(
      locales.map((l): [string, ChangeText] => {
        const s = texts[l]!;
        return [
          l,
          {
            title: s['prices.changeTitle']!,
            summary: s['prices.changeSummary']!,
            moved: s['prices.changeMoved']!,
            new: s['prices.changeNew']!,
            gone: s['prices.changeGone']!,
          },
        ];
      }),
    ),
    describe: (l, f) =>
      [names.get(f.item) ?? f.item, f.region, f.kind, f.route, f.tier]
        .filter(Boolean)
        .map((part, i) => (i < 2 ? part : (texts[l]![`cost.figure.${part}`] ?? part)))
        .join(', '),
    money: (l, usd) => `${new Intl.NumberFormat(l, { maximumSignificantDigits: 6 }).format(usd)} USD`,
    sources: [PRICING_PAGES.bedrock],
  });
  const changes = entry ? withChange(changesText, entry) : changesText;
  if (entry) loadDataFile(FILES.changes, changes, changesFile);

  if (values['dry-run']) {
    console.log('Dry run: nothing written.');
    return;
  }
  // Both files are written beside their targets and renamed only when both are ready.
  writeFileSync(`${at(FILES.prices)}.tmp`, text);
  if (entry) writeFileSync(`${at(FILES.changes)}.tmp`, changes);
  renameSync(`${at(FILES.prices)}.tmp`, at(FILES.prices));
  if (entry) renameSync(`${at(FILES.changes)}.tmp`, at(FILES.changes));
  console.log(
    `✔ ${FILES.prices}: ${next.prices.length} figures from ${files.length} Price List files` +
      (entry ? `; ${FILES.changes}: a dated entry` : '; no price changed'),
  );
}

function uniqueId(changesText: string, id: string): string {
  let candidate = id;
  for (let n = 2; new RegExp(`^\\s*- id: ${candidate}\\s*$`, 'm').test(changesText); n++)
    candidate = `${id}-${n}`;
  return candidate;
}

function printMoves(moves: Move[]) {
  const label = {
    moved: 'moved',
    new: 'new',
    gone: 'gone',
    confirmed: 'from the Price List',
    kept: 'kept (hand)',
  };
  const describe = (f: PriceFigure) =>
    `${f.item} ${f.region} ${[f.kind, f.route, f.tier].filter(Boolean).join(' ')}`;
  for (const m of moves) {
    if (m.type === 'confirmed' || m.type === 'kept') continue;
    console.log(
      `  ${label[m.type].padEnd(10)} ${describe(m.figure)}: ${m.type === 'moved' ? `${m.from} → ` : ''}${m.figure.usd}`,
    );
  }
  const count = (type: Move['type']) => moves.filter((m) => m.type === type).length;
  console.log(
    `  ${count('moved')} moved, ${count('new')} new, ${count('gone')} gone, ` +
      `${count('confirmed')} hand-entered now read from the Price List, ${count('kept')} hand-entered kept`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof PriceListError || (error instanceof Error && error.name === 'DataFileError'))
    fail(error.message);
  throw error;
});
