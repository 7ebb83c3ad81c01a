import { existsSync } from 'node:fs';
import { defaultLocale, localeConfig } from './locales';
import { translatedLocales, withoutLocale } from './i18n';
import { ui, type UiKey } from '../data/ui';

/** What kind of page each group holds; search results show it as a label. */
export type PageKind = 'guide' | 'comparison' | 'sales' | 'reference';

interface Group {
  /** The group's label: a UI string in content/i18n/<lang>.json. */
  label: UiKey;
  kind: PageKind;
  slugs: string[];
}

/** The sidebar: groups in reading order, each listing page slugs (files in content/docs/). */
export const sidebarGroups: Group[] = [
  { label: 'sidebar.start', kind: 'guide', slugs: ['overview', 'decide'] },
  { label: 'sidebar.services', kind: 'guide', slugs: ['bedrock', 'sagemaker', 'why-bedrock'] },
  {
    label: 'sidebar.compare',
    kind: 'comparison',
    slugs: ['compare', 'models', 'cost', 'cost/calculator', 'security'],
  },
  { label: 'sidebar.architecture', kind: 'guide', slugs: ['architecture'] },
  { label: 'sidebar.sales', kind: 'sales', slugs: ['sales/talk-track', 'sales/faq'] },
  { label: 'sidebar.reference', kind: 'reference', slugs: ['glossary', 'changes', 'about'] },
];

/** The kind of a page from its id ("vi/compare" → "comparison"); pages outside the sidebar are guides. */
export function pageKind(id: string): PageKind {
  const slug = withoutLocale(id);
  return sidebarGroups.find((g) => g.slugs.includes(slug))?.kind ?? 'guide';
}

const pageExists = (docsDir: string, slug: string) =>
  ['.mdx', '.md'].some((ext) => existsSync(`${docsDir}/${slug}${ext}`));

/**
 * Starlight's sidebar config, with each group's label in every language. A slug with no page
 * in `docsDir` fails the build, naming it, so a typo never hides a page.
 */
export function buildSidebar(docsDir: string) {
  const missing = sidebarGroups.flatMap((g) => g.slugs).filter((slug) => !pageExists(docsDir, slug));
  if (missing.length) {
    throw new Error(
      `src/config/sidebar.ts lists ${missing.map((s) => `"${s}"`).join(', ')}, but ${docsDir} has no such page (.mdx or .md).`,
    );
  }
  return sidebarGroups.map(({ label, slugs }) => ({
    label: ui(defaultLocale, label),
    translations: Object.fromEntries(translatedLocales.map((l) => [localeConfig[l].lang, ui(l, label)])),
    items: slugs.map((slug) => ({ slug })),
  }));
}
