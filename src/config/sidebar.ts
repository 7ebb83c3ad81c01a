import { existsSync } from 'node:fs';

/**
 * The sidebar: groups in reading order, each listing page slugs. Only pages whose file exists
 * in content/docs/ are shown, so the sidebar is always built from the pages that are there.
 */
interface Group {
  label: string;
  translations?: Record<string, string>;
  slugs: string[];
}

export const sidebarGroups: Group[] = [
  { label: 'Start here', translations: { vi: 'Bắt đầu' }, slugs: ['overview', 'decide'] },
  {
    label: 'Services',
    translations: { vi: 'Dịch vụ' },
    slugs: ['bedrock', 'sagemaker', 'why-bedrock'],
  },
  { label: 'Compare', translations: { vi: 'So sánh' }, slugs: ['compare', 'cost', 'security'] },
  { label: 'Architecture', translations: { vi: 'Kiến trúc' }, slugs: ['architecture'] },
  { label: 'Sales', translations: { vi: 'Bán hàng' }, slugs: ['sales/talk-track', 'sales/faq'] },
  { label: 'Reference', translations: { vi: 'Tham khảo' }, slugs: ['glossary', 'about'] },
];

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
