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
import { toLocale } from '../../config/i18n';
import { localeConfig } from '../../config/locales';
import { ui } from '../../data/ui';

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
  // Hidden tab panels are content (only one shows at a time on screen); their tab list is not.
  '[hidden]:not([role="tabpanel"])',
  '.tablist-wrapper',
  // Kept out of search, but links a reader of the Markdown still wants.
  // Table headers are kept out of search (each cell names its column there) but not out of Markdown.
  '[data-pagefind-ignore]:not(.glossary-links, .read-more, .source-links, thead)',
  '.sl-anchor-link',
  '[aria-hidden="true"]',
  // The pause a screen reader hears after a support level; the Markdown writes its own ": ".
  '.level + .sr-only',
].join(', ');

/** A diagram's title and description ("Layers: Apps call Bedrock."). */
function diagramText(svg: Element): string {
  return ['title', 'desc']
    .map((tag) => select(tag, svg))
    .filter((el) => el !== undefined)
    .map((el) => toString(el).trim())
    .join(': ');
}

/**
 * In one pass: removes the chrome elements, keeps every tab panel under its tab's label,
 * replaces each diagram (an SVG with a title; icons
 * have none) with a paragraph naming it, and adds the words text needs between pieces that are
 * laid out as blocks on screen ("Yes: Fully managed…", "Infrastructure management (Note: …)").
 */
function simplify(content: Element, diagramWord: string) {
  // Each tab panel keeps its tab's label as a lead-in, since the tab list is dropped.
  const tabLabels = new Map(
    selectAll('[role="tab"]', content).map((tab) => [String(tab.properties.id), toString(tab).trim()]),
  );
  const dropped = new Set(selectAll(DROP, content));
  visit(content, 'element', (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    if (dropped.has(node)) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.properties.role === 'tabpanel') {
      const label = tabLabels.get(String(node.properties.ariaLabelledBy));
      if (label) {
        node.children.unshift({
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [
            {
              type: 'element',
              tagName: 'strong',
              properties: {},
              children: [{ type: 'text', value: label }],
            },
          ],
        });
      }
      return undefined;
    }
    if (node.tagName === 'svg' && select('title', node)) {
      const text: Element['children'] = [{ type: 'text', value: `[${diagramWord}] ${diagramText(node)}` }];
      parent.children.splice(index, 1, { type: 'element', tagName: 'p', properties: {}, children: text });
      return SKIP;
    }
    const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
    if (classes.includes('level')) {
      parent.children.splice(
        index,
        1,
        { type: 'element', tagName: 'strong', properties: {}, children: node.children },
        { type: 'text', value: ': ' },
      );
      return SKIP;
    }
    if (classes.includes('cmp-note') || classes.includes('source-links')) {
      node.children = [{ type: 'text', value: ' (' }, ...node.children, { type: 'text', value: ')' }];
    }
    // Expressive Code keeps the language on <pre>; Markdown wants it on <code>.
    if (node.tagName === 'pre' && typeof node.properties.dataLanguage === 'string') {
      const code = select('code', node);
      if (code) code.properties.className = [`language-${node.properties.dataLanguage}`];
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
  const locale = toLocale(attr('html', 'lang'));
  const lang = localeConfig[locale].lang;
  const lastReviewed = attr('.last-reviewed time', 'dateTime');

  const content = select('.sl-markdown-content', doc);
  let body = '';
  if (content) {
    simplify(content, ui(locale, 'diagram.label'));
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

  const meta = [
    `${ui(locale, 'page.source')}: <${url}>`,
    lastReviewed && `${ui(locale, 'page.lastReviewed')}: ${lastReviewed}`,
  ]
    .filter(Boolean)
    .join('  \n');
  const markdown = [`# ${title}`, description && `> ${description}`, meta, body]
    .filter(Boolean)
    .join('\n\n')
    .concat('\n');
  return { title, description, url, lang, lastReviewed, markdown };
}
