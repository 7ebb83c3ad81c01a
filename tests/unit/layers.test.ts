import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layering rule in eslint.config.js: a module of src/lib imports packages, src/lib and
 * src/schemas only, and reads no files or collections. `npm run lint` applies it to the real
 * code; these cases show it catches each kind of import it is there for.
 */
const eslint = new ESLint();
const errors = async (file: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
};

describe('src/lib stays pure', () => {
  it.each([
    ['src/lib/a.ts', "import { locales } from '../config/locales';"],
    ['src/lib/cost/a.ts', "import { ui } from '../../data/ui';"],
    ['src/lib/cost/a.ts', "import { findChromium } from '../../../scripts/chromium.mjs';"],
    ['src/lib/a.ts', "import { getCollection } from 'astro:content';"],
    ['src/lib/a.ts', "import { readFileSync } from 'node:fs';"],
  ])('%s: %s is refused', async (file, code) => {
    expect(await errors(file, `${code}\nexport {};\n`)).toHaveLength(1);
  });

  it.each([
    ['src/lib/a.ts', "import { format } from './format';"],
    ['src/lib/cost/a.ts', "import { format } from '../format';"],
    ['src/lib/data/a.ts', "import type { ComparisonFile } from '../../schemas/comparison';"],
    ['src/lib/a.ts', "import { createHash } from 'node:crypto';"],
    ['src/data/a.ts', "import { readFileSync } from 'node:fs';"],
  ])('%s: %s is allowed', async (file, code) => {
    expect(await errors(file, `${code}\nexport {};\n`)).toEqual([]);
  });
});
