import { localePrefix } from './i18n';
import { readData } from '../data/files';
import { locales } from './locales';

/**
 * Anchors that components render from data (comparison rows and dimensions, glossary terms,
 * decision-tree nodes, change entries), by page path. The Markdown link validator cannot see them, so links to these
 * anchors are checked here against the data instead.
 */
export function dataAnchors(): Map<string, Set<string>> {
  return new Map([
    [
      '/compare/',
      new Set([...readData('comparison').rows, ...readData('comparison').dimensions].map((r) => r.id)),
    ],
    ['/glossary/', new Set(readData('glossary').terms.map((t) => t.id))],
    ['/decide/', new Set(readData('decisionTree').nodes.map((n) => `dt-${n.id}`))],
    ['/changes/', new Set(readData('changes').changes.map((c) => c.id))],
  ]);
}

/**
 * Every link to a data-defined anchor, in every language ("/glossary/#rag", "/vi/glossary/#rag"),
 * for the link validator's `exclude` list. A link to an anchor the data does not define is not
 * in the list, so the validator still reports it.
 */
export function dataAnchorLinks(): string[] {
  return [...dataAnchors()].flatMap(([path, ids]) =>
    [...ids].flatMap((id) => locales.map((l) => `/${localePrefix(l)}${path.slice(1)}#${id}`)),
  );
}
