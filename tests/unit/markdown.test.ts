import { readFileSync } from 'node:fs';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it, vi } from 'vitest';
import rehypeBaseLinks from '../../src/markdown/base-links';
import rehypeDiagramStyles from '../../src/markdown/diagram-styles';
import remarkDiagrams from '../../src/markdown/diagrams';
import { ui as strings } from '../../src/data/ui';
import remarkHeadingIds from '../../src/markdown/heading-ids';
import rehypeRenderDiagrams from '../../src/markdown/render-diagrams';

const read = (name: string) => {
  const path = `tests/fixtures/markdown/${name}`;
  return new VFile({ path, value: readFileSync(path, 'utf8') });
};

describe('explicit heading ids', () => {
  it('takes the id from the MDX comment, removes it from the text, and rejects duplicates', async () => {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkHeadingIds);
    const file = read('headings.mdx');
    await expect(processor.run(processor.parse(file), file)).rejects.toThrow(
      'Duplicate heading id "#do-we-need-both" (lines 1 and 5)',
    );
  });

  it('fails, naming the file and the line, on an H2 or H3 without an explicit id', async () => {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkHeadingIds);
    const file = new VFile({
      path: 'x.mdx',
      value: '# Title\n\n## Has one {/* #has-one */}\n\n### No id here\n',
    });
    await expect(processor.run(processor.parse(file), file)).rejects.toThrow(
      'H3 at line 5 has no explicit id: end it with an MDX comment such as {/* #short-id */}.',
    );
    expect(file.messages[0]?.file).toBe('x.mdx');
  });

  it('sets the id on the heading', async () => {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkHeadingIds).use(remarkRehype);
    const file = new VFile({ path: 'x.mdx', value: '## Do we need both? {/* #do-we-need-both */}\n' });
    const tree = (await processor.run(processor.parse(file), file)) as unknown as {
      children: { properties: { id: string }; children: { value: string }[] }[];
    };
    const h2 = tree.children[0]!;
    expect(h2.properties.id).toBe('do-we-need-both');
    expect(h2.children[0]!.value).toBe('Do we need both?');
  });
});

describe('diagrams', () => {
  const base = () => unified().use(remarkParse).use(remarkDiagrams, { strings }).use(remarkRehype);

  it('fails, naming the file, when a diagram has no accTitle or accDescr', async () => {
    const file = read('no-acc.md');
    const processor = base();
    await expect(processor.run(processor.parse(file), file)).rejects.toThrow(/no accTitle or accDescr/);
    expect(file.messages[0]?.file).toBe('tests/fixtures/markdown/no-acc.md');
  });

  it('renders a diagram to an SVG with title and description inside a captioned figure, with no Mermaid styles', async () => {
    const processor = base()
      .use(rehypeRenderDiagrams, { mermaidConfig: {}, strings })
      .use(rehypeDiagramStyles)
      .use(rehypeStringify);
    const html = String(await processor.process(read('good.md')));
    expect(html).toMatch(
      /<figure class="diagram" data-name="two-boxes"><div class="diagram-tools" data-pagefind-ignore[^>]*><button type="button" data-diagram-action="open">Full screen<\/button><button type="button" data-diagram-action="download">Download SVG<\/button><\/div><section class="diagram-scroll" tabindex="0" aria-label="Diagram: Two boxes"><svg/,
    );
    expect(html).toContain('<title id="chart-title-mermaid-0">Two boxes</title>');
    expect(html).toContain('<desc id="chart-desc-mermaid-0">Box A points to box B.</desc>');
    expect(html).toContain('<figcaption>Box A points to box B.</figcaption>');
    expect(html).not.toContain('<style');
    expect(html).not.toContain('language-mermaid');
  }, 60_000);

  it('writes each label line as one tspan, not one per word, keeping its words and attributes', () => {
    type Node = {
      type: 'element';
      tagName: string;
      properties: Record<string, unknown>;
      children: unknown[];
    };
    const el = (tagName: string, properties: Record<string, unknown>, children: unknown[]): Node => ({
      type: 'element',
      tagName,
      properties,
      children,
    });
    const word = (value: string, fontWeight = 'normal') =>
      el('tspan', { className: ['text-inner-tspan'], fontWeight }, [{ type: 'text', value }]);
    const line = (words: Node[]) =>
      el('tspan', { className: ['text-outer-tspan', 'row'], x: '0', dy: '1.1em' }, words);
    const svg = el('svg', { id: 'mermaid-9', viewBox: '0 0 10 10' }, [
      el('text', {}, [line([word('A'), word(' generative'), word(' AI', 'bold')]), line([word('feature')])]),
    ]);
    const tree = { type: 'root', children: [svg] };
    (rehypeDiagramStyles() as (tree: unknown) => void)(tree);
    const out = unified()
      .use(rehypeStringify)
      .stringify(tree as never);
    expect(out).toContain(
      '<tspan class="text-outer-tspan row" x="0" dy="1.1em"><tspan class="text-inner-tspan" font-weight="normal">A generative</tspan><tspan class="text-inner-tspan" font-weight="bold"> AI</tspan></tspan>',
    );
    expect(out).toContain(
      '<tspan font-weight="normal" class="text-outer-tspan row" x="0" dy="1.1em">feature</tspan>',
    );
  });

  it('fails, naming the file, on a syntax error', async () => {
    const processor = base().use(rehypeRenderDiagrams, { mermaidConfig: {}, strings }).use(rehypeStringify);
    const file = read('bad-syntax.md');
    await expect(processor.process(file)).rejects.toThrow();
    expect(file.messages[0]?.file).toBe('tests/fixtures/markdown/bad-syntax.md');
  }, 60_000);

  const noBrowser = (mode: 'build' | 'dev', lookups: string[] = []) =>
    base()
      .use(rehypeRenderDiagrams, {
        mermaidConfig: {},
        strings,
        state: { mode },
        findBrowser: async () => {
          lookups.push('looked');
          return undefined;
        },
      })
      .use(rehypeStringify);

  it('does not look for a browser on a page without diagrams', async () => {
    const lookups: string[] = [];
    await noBrowser('build', lookups).process('# No diagram here\n');
    expect(lookups).toEqual([]);
  });

  it('fails a build naming the file when no Chromium is found', async () => {
    const file = read('good.md');
    await expect(noBrowser('build').process(file)).rejects.toThrow(
      /Cannot render 1 diagram\(s\): no Chromium was found/,
    );
    expect(file.messages[0]?.file).toBe('tests/fixtures/markdown/good.md');
  });

  it('in dev without Chromium, shows the source in a marked box and warns once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const processor = noBrowser('dev');
    const html = String(await processor.process(read('good.md')));
    await processor.process(read('good.md'));
    expect(html).toContain('<div class="diagram-unrendered"><p>Diagram not rendered');
    expect(html).toContain('accTitle: Two boxes');
    expect(html).not.toContain('<svg');
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe('links under a base path', () => {
  it('prefixes root-relative links and leaves others alone', async () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkRehype)
      .use(rehypeBaseLinks, { base: '/docs/' })
      .use(rehypeStringify);
    const html = String(
      await processor.process('[a](/cost/) [b](https://aws.amazon.com/) [c](#x) [d](/docs/cost/)'),
    );
    expect(html).toContain('href="/docs/cost/"');
    expect(html).toContain('href="https://aws.amazon.com/"');
    expect(html).toContain('href="#x"');
    expect(html).not.toContain('/docs/docs/');
  });

  it('prefixes the href of components in MDX too', async () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkMdx)
      // As in @astrojs/mdx: components pass through to the HTML tree as they are.
      .use(remarkRehype, { passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement'] })
      .use(rehypeBaseLinks, { base: '/docs/' });
    const file = new VFile({
      path: 'x.mdx',
      value:
        '<LinkCard title="Compare" href="/vi/compare/#cost" />\n\n<LinkCard href="https://aws.amazon.com/" />\n',
    });
    const tree = await processor.run(processor.parse(file), file);
    const hrefs: unknown[] = [];
    visit(tree, (node) => {
      if (node.type === 'mdxJsxFlowElement') {
        hrefs.push(
          ...node.attributes.flatMap((a) =>
            a.type === 'mdxJsxAttribute' && a.name === 'href' ? [a.value] : [],
          ),
        );
      }
    });
    expect(hrefs).toEqual(['/docs/vi/compare/#cost', 'https://aws.amazon.com/']);
  });
});
