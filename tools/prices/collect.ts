/**
 * Reads the Price List for the site's models and instances in some Regions: each offer's Region
 * index, then each Region's offer file, streamed. Returns the figures and the files they came
 * from, or throws naming every problem found (a price that is not a number or is zero, a unit or
 * usage type it cannot classify, one SKU class with two prices).
 */
import type { InstanceEntry, ModelEntry, PriceFile } from '../../src/schemas/prices.ts';
import { classify, parseUsd } from './classify.ts';
import type { Fresh } from './merge.ts';
import { readOffer, regionIndex, type Product } from './offer.ts';
import { PriceListError } from './source.ts';

export interface Collected {
  fresh: Fresh[];
  files: PriceFile[];
  /** Lines worth printing: skipped usage types, offers without a file for a Region. */
  notes: string[];
}

/**
 * The Price List attribute that names a Bedrock model: `model`, `titanModel` on Titan rows, and
 * `servicename` ("Claude Sonnet 4.6 (Amazon Bedrock Edition)") on Marketplace-listed models.
 */
const modelName = (p: Product) => p.attributes.model ?? p.attributes.titanModel ?? p.attributes.servicename;

export async function collect(options: {
  root: string;
  regions: string[];
  models: ModelEntry[];
  instances: InstanceEntry[];
  today: string;
}): Promise<Collected> {
  const { root, regions, models, instances, today } = options;
  const problems: string[] = [];
  const notes: string[] = [];
  const files: PriceFile[] = [];
  const chosen = new Map<string, Fresh & { where: string }>();

  // Which item a product prices, per offer.
  const matchers = new Map<string, (p: Product) => string | undefined>();
  for (const m of models) {
    const names = new Map(m.priceList.model.map((n) => [n, m.id]));
    const previous = matchers.get(m.priceList.offer);
    matchers.set(m.priceList.offer, (p) => previous?.(p) ?? names.get(modelName(p) ?? ''));
  }
  if (instances.length) {
    const ids = new Set(instances.map((i) => i.id));
    matchers.set('AmazonSageMaker', (p) =>
      p.productFamily === 'ML Instance' &&
      p.attributes.component === 'Hosting' &&
      ids.has(p.attributes.instanceName ?? '')
        ? p.attributes.instanceName
        : undefined,
    );
  }

  const skipped = new Map<string, number>();
  for (const [offer, itemOf] of [...matchers].sort(([a], [b]) => a.localeCompare(b))) {
    const index = await regionIndex(root, offer);
    for (const region of regions) {
      const path = index.get(region);
      if (!path) {
        notes.push(`${offer} has no offer file for ${region}`);
        continue;
      }
      const file = await readOffer(root, path, offer, (p) => itemOf(p) !== undefined);
      files.push({
        offer: offer as PriceFile['offer'],
        region,
        version: file.version,
        published: file.publicationDate,
        read: today,
        url: file.url,
        sha256: file.sha256,
      });
      for (const { product, dimensions } of file.products) {
        const item = itemOf(product)!;
        const where = `${file.url}: SKU ${product.sku} (${item}, ${product.attributes.usagetype ?? 'no usage type'})`;
        if (product.attributes.regionCode && product.attributes.regionCode !== region) {
          problems.push(
            `${where}: regionCode is ${product.attributes.regionCode}, in the file for ${region}`,
          );
          continue;
        }
        if (!dimensions.length) problems.push(`${where}: no on-demand price`);
        for (const d of dimensions) {
          const usd = parseUsd(d.usd);
          const c = classify(product.attributes, d.unit, usd, d.description);
          if (c.type === 'skip') {
            skipped.set(c.why, (skipped.get(c.why) ?? 0) + 1);
            continue;
          }
          if (c.type === 'unknown') {
            problems.push(`${where}: cannot classify ${c.why}`);
            continue;
          }
          if (!(usd > 0)) {
            problems.push(`${where}: price "${d.usd ?? '(none)'}" USD is not a positive number`);
            continue;
          }
          const figure: Fresh & { where: string } =
            c.type === 'hour'
              ? { item, region, kind: 'hour', usd: c.perHour, sku: product.sku, where }
              : {
                  item,
                  region,
                  kind: c.kind,
                  route: c.route,
                  tier: c.tier,
                  usd: c.perMillion,
                  sku: product.sku,
                  where,
                };
          const key = [item, region, figure.kind, figure.route, figure.tier].join('|');
          const other = chosen.get(key);
          if (!other) chosen.set(key, figure);
          else if (other.usd !== figure.usd)
            problems.push(
              `${item} ${[figure.kind, figure.route, figure.tier].filter(Boolean).join(' ')} in ${region} has two prices: ` +
                `${other.usd} (SKU ${other.sku}) and ${figure.usd} (SKU ${figure.sku})`,
            );
          else if (figure.sku < other.sku) chosen.set(key, figure);
        }
      }
    }
  }
  for (const [why, count] of skipped) notes.push(`skipped ${count} price dimension(s): ${why}`);
  if (problems.length) throw new PriceListError(problems.join('\n'));
  const fresh = [...chosen.values()].map(({ where: _, ...f }) => f);
  return { fresh, files, notes };
}
