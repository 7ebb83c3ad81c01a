import type { PageExport } from './markdown';

/**
 * /llms.txt: the site in one short Markdown file for AI assistants and for people pasting the
 * site into a document: its name, what it answers, and every page's Markdown version, grouped
 * as the sidebar groups them, English first and then the Vietnamese edition.
 */
export interface LlmsGroup {
  label: string;
  pages: { page: PageExport; markdownUrl: string }[];
}

export function llmsTxt(title: string, summary: string, groups: LlmsGroup[]): string {
  const lines = [
    `# ${title}`,
    '',
    `> ${summary}`,
    '',
    'Each link below is the plain Markdown version of one page; the same page as HTML is at the URL given as its source.',
  ];
  for (const group of groups) {
    if (group.pages.length === 0) continue;
    lines.push('', `## ${group.label}`, '');
    for (const { page, markdownUrl } of group.pages) {
      lines.push(`- [${page.title}](${markdownUrl})${page.description ? `: ${page.description}` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
