import { readFileSync } from 'node:fs';
import { checkComparison, checkGlossary } from '../lib/data/checks';
import { loadDataFile } from '../lib/data/load';
import { checkDecisionTree } from '../lib/decision-tree/validate';
import { comparisonFile } from '../schemas/comparison';
import { decisionTreeFile } from '../schemas/decision-tree';
import { glossaryFile } from '../schemas/tables';

const read = (file: string) => readFileSync(file, 'utf8');

/**
 * Anchors that components render from data (comparison rows, glossary terms, decision-tree
 * nodes), by page path. The Markdown link validator cannot see them, so links to these
 * anchors are checked here against the data instead.
 */
export function dataAnchors(): Map<string, Set<string>> {
  const comparison = loadDataFile(
    'content/data/comparison.yaml',
    read('content/data/comparison.yaml'),
    comparisonFile,
    checkComparison,
  );
  const glossary = loadDataFile(
    'content/data/glossary.yaml',
    read('content/data/glossary.yaml'),
    glossaryFile,
    checkGlossary,
  );
  const tree = loadDataFile(
    'content/data/decision-tree.yaml',
    read('content/data/decision-tree.yaml'),
    decisionTreeFile,
    checkDecisionTree,
  );
  return new Map([
    ['/compare/', new Set(comparison.rows.map((r) => r.id))],
    ['/glossary/', new Set(glossary.terms.map((t) => t.id))],
    ['/decide/', new Set(tree.nodes.map((n) => `dt-${n.id}`))],
  ]);
}

/**
 * Every link to a data-defined anchor, in both languages ("/glossary/#rag", "/vi/glossary/#rag"),
 * for the link validator's `exclude` list. A link to an anchor the data does not define is not
 * in the list, so the validator still reports it.
 */
export function dataAnchorLinks(): string[] {
  return [...dataAnchors()].flatMap(([path, ids]) =>
    [...ids].flatMap((id) => [`${path}#${id}`, `/vi${path}#${id}`]),
  );
}
