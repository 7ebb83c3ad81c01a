import type { Heading, Paragraph, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Change } from '../schemas/changes';
import { formatDate, localeOfFile, localePrefix, withoutLocale } from '../config/i18n';
import type { UiStrings } from './strings';

/** The page path of a content file: content/docs/vi/sales/faq.mdx → "/sales/faq/", index → "/". */
function pagePath(file: string): string {
  const rel = file
    .replace(/\\/g, '/')
    .replace(/^.*\/content\/docs\//, '')
    .replace(/\.mdx?$/, '');
  const slug = withoutLocale(rel).replace(/(^|\/)index$/, '');
  return slug ? `/${slug}/` : '/';
}

/**
 * Below each section heading that a change of the last 90 days affects
 * (content/data/changes.yaml, `affects: [/page/#heading]`), a line "Updated <date>" that links
 * to the change entry on /changes/. Runs after the heading ids are set.
 */
export default function remarkUpdatedSections({
  recent: byTarget,
  strings: ui,
}: {
  /** The recent change of each target ("/page/#heading"): `recentChanges` of src/lib/changes.ts. */
  recent: Map<string, Change>;
  strings: UiStrings;
}) {
  return (tree: Root, file: VFile) => {
    if (!file.path?.includes('/content/docs/')) return;
    const page = pagePath(file.path);
    const locale = localeOfFile(file.path);
    visit(tree, 'heading', (heading: Heading, index, parent) => {
      const id = (heading.data?.hProperties as { id?: string } | undefined)?.id;
      const change = id && byTarget.get(`${page}#${id}`);
      if (!change || !parent || index === undefined) return;
      const note: Paragraph = {
        type: 'paragraph',
        data: { hProperties: { className: ['updated-note'], dataPagefindIgnore: '' } },
        children: [
          {
            type: 'link',
            url: `/${localePrefix(locale)}changes/#${change.id}`,
            children: [
              { type: 'text', value: `${ui(locale, 'changes.updated')} ${formatDate(locale, change.date)}` },
            ],
          },
        ],
      };
      parent.children.splice(index + 1, 0, note);
    });
  };
}
