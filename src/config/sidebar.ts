import { existsSync } from 'node:fs';

/**
 * The sidebar: groups in reading order, each listing page slugs. Only pages whose file exists
 * in content/docs/ are shown, so the sidebar is always built from the pages that are there.
 */
/** What kind of page each group holds; search results show it as a label. */
export type PageKind = 'guide' | 'comparison' | 'sales' | 'reference';

interface Group {
  label: string;
  translations?: Record<string, string>;
  kind: PageKind;
  slugs: string[];
}

export const sidebarGroups: Group[] = [
  { label: 'Start here', translations: { vi: 'Bắt đầu' }, kind: 'guide', slugs: ['overview', 'decide'] },
  {
    label: 'Services',
    translations: { vi: 'Dịch vụ' },
    kind: 'guide',
    slugs: ['bedrock', 'sagemaker', 'why-bedrock'],
  },
  {
    label: 'Compare',
    translations: { vi: 'So sánh' },
    kind: 'comparison',
    slugs: ['compare', 'cost', 'security'],
  },
  { label: 'Architecture', translations: { vi: 'Kiến trúc' }, kind: 'guide', slugs: ['architecture'] },
  {
    label: 'Sales',
    translations: { vi: 'Bán hàng' },
    kind: 'sales',
    slugs: ['sales/talk-track', 'sales/faq'],
  },
  { label: 'Reference', translations: { vi: 'Tham khảo' }, kind: 'reference', slugs: ['glossary', 'about'] },
];

/** The kind of a page from its id ("vi/compare" → "comparison"); pages outside the sidebar are guides. */
export function pageKind(id: string): PageKind {
  const slug = id.replace(/^vi(\/|$)/, '');
  return sidebarGroups.find((g) => g.slugs.includes(slug))?.kind ?? 'guide';
}

const pageExists = (docsDir: string, slug: string) =>
  ['.mdx', '.md'].some((ext) => existsSync(`${docsDir}/${slug}${ext}`));

export function buildSidebar(docsDir: string) {
  return sidebarGroups
    .map(({ label, translations, slugs }) => ({
      label,
      translations,
      items: slugs.filter((slug) => pageExists(docsDir, slug)).map((slug) => ({ slug })),
    }))
    .filter((group) => group.items.length > 0);
}
