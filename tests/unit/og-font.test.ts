import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import CanvasKitInit from 'canvaskit-wasm/full';
import { parse } from 'yaml';
import { pageFiles } from './page-files';
import { describe, expect, it } from 'vitest';
import { ogFonts } from '../../src/lib/og';

/**
 * The link-preview images are drawn with the fonts shipped in src/assets/fonts. Every character
 * of every page's title and description, in both languages, must have a glyph in them, or the
 * image would show empty boxes (a missing glyph has id 0).
 */
const docs = 'content/docs';
const texts = pageFiles(docs)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const data = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(docs, f), 'utf8'))![1]!) as {
      title: string;
      description: string;
    };
    return { file: f, text: `${data.title} ${data.description}` };
  });

describe('link-preview fonts', () => {
  it('cover every character of every title and description, English and Vietnamese', async () => {
    expect(
      texts.some(
        (t) =>
          t.file.startsWith('vi/') && /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉĩọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(t.text),
      ),
    ).toBe(true);
    const canvasKit = await CanvasKitInit();
    for (const path of ogFonts) {
      const typeface = canvasKit.Typeface.MakeTypefaceFromData(new Uint8Array(readFileSync(path)).buffer);
      expect(typeface, path).toBeTruthy();
      const font = new canvasKit.Font(typeface, 32);
      const missing = texts.flatMap(({ file, text }) => {
        const chars = [...text];
        const ids = font.getGlyphIDs(text);
        return chars.filter((_, i) => ids[i] === 0).map((c) => `${file}: "${c}"`);
      });
      expect(missing, path).toEqual([]);
    }
  });

  it('would notice a character the font lacks', async () => {
    const canvasKit = await CanvasKitInit();
    const typeface = canvasKit.Typeface.MakeTypefaceFromData(
      new Uint8Array(readFileSync(ogFonts[0]!)).buffer,
    );
    const font = new canvasKit.Font(typeface, 32);
    expect([...font.getGlyphIDs('a\u{1F9EA}')]).toContain(0);
  });
});
