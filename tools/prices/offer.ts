/**
 * Reading AWS Price List files: the Region index of an offer, and one offer file streamed so that
 * memory stays flat whatever its size. Only the products a caller keeps, and their on-demand
 * terms, are held; everything else is dropped as it is parsed.
 *
 * Layout (AWS Billing User Guide, "Reading the service price list file"):
 *   { formatVersion, disclaimer, offerCode, version, publicationDate,
 *     products: { <sku>: { sku, productFamily, attributes: {...} } },
 *     terms: { OnDemand: { <sku>: { <sku>.<termCode>: { priceDimensions: { <rateCode>: {
 *       unit, description, pricePerUnit: { USD } } } } } }, Reserved: {...} } }
 * Real files put `products` before `terms`; a file that does not is refused rather than read
 * with a second pass.
 */
import { createHash } from 'node:crypto';
import { JSONParser } from '@streamparser/json';
import { open, PriceListError, type Opened } from './source.ts';

export { PriceListError };

export interface Product {
  sku: string;
  productFamily?: string;
  attributes: Record<string, string>;
}

export interface Dimension {
  sku: string;
  rateCode: string;
  unit: string;
  usd: string | undefined;
  description: string;
}

export interface OfferFile {
  url: string;
  offerCode: string;
  version: string;
  publicationDate: string;
  sha256: string;
  /** Kept products with their on-demand price dimensions. */
  products: { product: Product; dimensions: Dimension[] }[];
}

/** `offers/v1.0/aws/<offer>/current/region_index.json`: the current file of each Region. */
export async function regionIndex(root: string, offer: string): Promise<Map<string, string>> {
  const path = `/offers/v1.0/aws/${offer}/current/region_index.json`;
  const { url, body } = await open(root, path);
  const chunks: Uint8Array[] = [];
  for await (const chunk of body) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new PriceListError(`${url}: not JSON (${(error as Error).message})`);
  }
  const regions = (data as { regions?: unknown }).regions;
  if (typeof regions !== 'object' || regions === null || Array.isArray(regions))
    throw new PriceListError(`${url}: not a Price List Region index (no "regions" object)`);
  const found = new Map<string, string>();
  for (const [code, entry] of Object.entries(regions)) {
    const next = (entry as { currentVersionUrl?: unknown }).currentVersionUrl;
    if (typeof next !== 'string' || !next.startsWith('/'))
      throw new PriceListError(`${url}: Region "${code}" has no currentVersionUrl path`);
    found.set(code, next);
  }
  return found;
}

/**
 * Streams one offer file. `keep` picks the products to hold (by their attributes); their
 * on-demand terms are collected as they come. Throws naming the URL when the file is not JSON,
 * not a Price List offer, of another offer, or lays out terms before products.
 */
export async function readOffer(
  root: string,
  path: string,
  expected: string,
  keep: (product: Product) => boolean,
): Promise<OfferFile> {
  const opened: Opened = await open(root, path);
  const { url } = opened;
  const header: Record<string, unknown> = {};
  const kept = new Map<string, { product: Product; dimensions: Dimension[] }>();
  let sawTerms = false;
  const parser = new JSONParser({
    paths: [
      '$.formatVersion',
      '$.offerCode',
      '$.version',
      '$.publicationDate',
      '$.products.*',
      '$.terms.OnDemand.*',
    ],
    keepStack: false,
    // Strings are built in one reused buffer instead of by concatenation: less garbage per product.
    stringBufferSize: 64 * 1024,
  });
  const checkHeader = () => {
    if (header.formatVersion !== 'v1.0' || typeof header.offerCode !== 'string')
      throw new PriceListError(
        `${url}: not a Price List offer file (formatVersion "v1.0" and offerCode expected first)`,
      );
    if (header.offerCode !== expected)
      throw new PriceListError(`${url}: offerCode is "${String(header.offerCode)}", expected "${expected}"`);
  };
  parser.onValue = ({ value, key, stack }) => {
    const depth = stack.length;
    if (depth === 1) {
      header[String(key)] = value;
      return;
    }
    const under = stack[1]?.key;
    if (under === 'products') {
      checkHeader();
      if (sawTerms)
        throw new PriceListError(`${url}: "products" comes after "terms"; this layout is not read`);
      const product = value as unknown as Product;
      if (typeof product?.attributes !== 'object')
        throw new PriceListError(`${url}: product "${String(key)}" has no attributes`);
      if (keep(product)) kept.set(String(key), { product, dimensions: [] });
    } else if (under === 'terms') {
      sawTerms = true;
      const entry = kept.get(String(key));
      if (!entry) return;
      for (const term of Object.values(
        value as Record<string, { priceDimensions?: Record<string, unknown> }>,
      )) {
        for (const [rateCode, raw] of Object.entries(term.priceDimensions ?? {})) {
          const d = raw as { unit?: string; pricePerUnit?: { USD?: string }; description?: string };
          entry.dimensions.push({
            sku: String(key),
            rateCode,
            unit: String(d.unit ?? ''),
            usd: d.pricePerUnit?.USD,
            description: String(d.description ?? ''),
          });
        }
      }
    }
  };
  const hash = createHash('sha256');
  try {
    for await (const chunk of opened.body as AsyncIterable<Uint8Array>) {
      hash.update(chunk);
      parser.write(chunk);
    }
    if (!parser.isEnded) parser.end();
  } catch (error) {
    if (error instanceof PriceListError) throw error;
    throw new PriceListError(`${url}: not JSON (${(error as Error).message})`);
  }
  checkHeader();
  if (typeof header.version !== 'string' || typeof header.publicationDate !== 'string')
    throw new PriceListError(`${url}: not a Price List offer file (no version or publicationDate)`);
  return {
    url,
    offerCode: header.offerCode as string,
    version: header.version,
    publicationDate: header.publicationDate,
    sha256: hash.digest('hex'),
    products: [...kept.values()],
  };
}
