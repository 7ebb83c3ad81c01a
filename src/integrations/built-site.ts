import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * The built site for the after-build steps: its folder, and its HTML files as "/"-separated
 * paths relative to it, in a stable order.
 */
export async function builtPages(dir: URL): Promise<{ root: string; files: string[] }> {
  const root = fileURLToPath(dir);
  const files = (await readdir(root, { recursive: true }))
    .map((f) => f.replace(/\\/g, '/'))
    .filter((f) => f.endsWith('.html'))
    .sort();
  return { root, files };
}
