/**
 * Where Price List files come from: AWS's public endpoint, a mirror over HTTP(S), or a folder
 * with the same layout (`offers/v1.0/aws/...`). Paths are the absolute paths the Price List uses
 * in its own links (`/offers/v1.0/aws/AmazonBedrock/current/region_index.json`).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A Price List file that cannot be read, or is not what it should be; the message names it. */
export class PriceListError extends Error {
  override name = 'PriceListError';
}

export const AWS_PRICE_LIST = 'https://pricing.us-east-1.amazonaws.com';

export interface Opened {
  /** What the file is called in messages and in prices.yaml. */
  url: string;
  body: AsyncIterable<Uint8Array>;
}

const isHttp = (root: string) => /^https?:\/\//.test(root);

/** Opens a Price List path under `root` (URL or folder); a missing file or failed download throws. */
export async function open(root: string, path: string): Promise<Opened> {
  if (isHttp(root)) {
    // Price List paths are absolute (`/offers/…`); a mirror may serve them under a path of its own.
    const url = `${root.replace(/\/+$/, '')}${path}`;
    let response: Response;
    try {
      response = await fetch(url);
    } catch (error) {
      throw new PriceListError(
        `${url}: download failed (${(error as Error).cause ?? (error as Error).message})`,
      );
    }
    if (!response.ok || !response.body)
      throw new PriceListError(`${url}: download failed (HTTP ${response.status})`);
    return { url, body: response.body as unknown as AsyncIterable<Uint8Array> };
  }
  const file = join(resolve(root), path);
  try {
    await stat(file);
  } catch {
    throw new PriceListError(`${file}: no such file`);
  }
  return { url: pathToFileURL(file).href, body: createReadStream(file) };
}
