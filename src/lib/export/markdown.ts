import type { Element, Root as HastRoot } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Root as MdastRoot } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Plain Markdown from a built page, for pasting into documents and for AI assistants. It is
 * made from the final HTML, so tables and lists rendered from the data files are included, and
 * it drops the page chrome: copy-link buttons, heading anchors, filters, search-only words and
 * anything hidden. Diagrams become their title and description; links become absolute.
 */
export interface PageExport {
  title: string;
  description: string;
  url: string;
  lang: string;
  lastReviewed: string | undefined;
  markdown: string;
}

/** Elements that are chrome or hidden, never content. */
const DROP = [
  'script',
  'style',
  'template',
  'button',
  'noscript',
  '[hidden]',
  // Kept out of search, but links a reader of the Markdown still wants.
  '[data-pagefind-ignore]:not(.glossary-links, .read-more)',
  '.sl-anchor-link',
  '[aria-hidden="true"]',
].join(', ');

function diagramText(svg: Element): string {
  const title = select('title', svg);
  const desc = select('desc', svg);
  return [title && toString(title).trim(), desc && toString(desc).trim()].filter(Boolean).join(': ');
}

/** Replaces each diagram (an SVG with a title; icons have none) with a paragraph naming it, and removes the chrome elements. */
function simplify(content: Element, diagramWord: string) {
  visit(content, 'element', (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    if (node.tagName === 'svg' && select('title', node)) {
      const text = diagramText(node);
      const replacement: Element = {
        type: 'element',
        tagName: 'p',
        properties: {},
        children: [{ type: 'text', value: text ? `[${diagramWord}] ${text}` : `[${diagramWord}]` }],
      };
      parent.children.splice(index, 1, replacement);
      return SKIP;
    }
    // Inline pieces that are laid out as blocks on screen need words between them in text:
    // "Yes: Fully managed…", "Infrastructure management (Note: …)".
    const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
    if (classes.includes('level-word')) {
      parent.children.splice(
        index,
        1,
        { type: 'element', tagName: 'strong', properties: {}, children: node.children },
        { type: 'text', value: ': ' },
      );
      return SKIP;
    }
    if (classes.includes('cmp-note')) {
      node.children = [{ type: 'text', value: ' (' }, ...node.children, { type: 'text', value: ')' }];
    }
    // Expressive Code keeps the language on <pre>; Markdown wants it on <code>.
    if (node.tagName === 'pre' && typeof node.properties.dataLanguage === 'string') {
      const code = select('code', node);
      if (code) code.properties.className = [`language-${node.properties.dataLanguage}`];
    }
    return undefined;
  });
  const dropped = new Set(selectAll(DROP, content));
  visit(content, 'element', (node, index, parent) => {
    if (parent && index !== undefined && dropped.has(node)) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
}

/** Turns relative link and image URLs into absolute ones, against the page's own URL. */
function absoluteUrls(tree: MdastRoot, pageUrl: string) {
  visit(tree, (node) => {
    if ((node.type === 'link' || node.type === 'image') && 'url' in node) {
      try {
        node.url = new URL(node.url, pageUrl).href;
      } catch {
        /* leave anything that is not a URL as it is */
      }
    }
  });
}

export function pageToMarkdown(html: string, fallbackUrl: string): PageExport {
  const doc = unified().use(rehypeParse).parse(html) as HastRoot;
  const attr = (selector: string, name: string) => {
    const el = select(selector, doc);
    const value = el?.properties[name];
    return typeof value === 'string' ? value : undefined;
  };
  const title = toString(select('h1', doc) ?? select('title', doc) ?? doc).trim();
  const description = attr('meta[name="description"]', 'content') ?? '';
  const url = attr('link[rel="canonical"]', 'href') ?? fallbackUrl;
  const lang = attr('html', 'lang') ?? 'en';
  const lastReviewed = attr('.last-reviewed time', 'dateTime');

  const content = select('.sl-markdown-content', doc);
  let body = '';
  if (content) {
    simplify(content, lang.startsWith('vi') ? 'Sơ đồ' : 'Diagram');
    const mdast = unified()
      .use(rehypeRemark)
      .runSync({ type: 'root', children: content.children } as HastRoot) as unknown as MdastRoot;
    absoluteUrls(mdast, url);
    body = unified()
      .use(remarkGfm)
      .use(remarkStringify, { bullet: '-', rule: '-', fences: true })
      .stringify(mdast)
      .trim();
  }

  const labels = lang.startsWith('vi')
    ? { source: 'Nguồn', reviewed: 'Kiểm tra thông tin lần cuối' }
    : { source: 'Source', reviewed: 'Facts last reviewed' };
  const meta = [`${labels.source}: <${url}>`, lastReviewed && `${labels.reviewed}: ${lastReviewed}`]
    .filter(Boolean)
    .join('  \n');
  const markdown = [`# ${title}`, description && `> ${description}`, meta, body]
    .filter(Boolean)
    .join('\n\n')
    .concat('\n');
  return { title, description, url, lang, lastReviewed, markdown };
}
