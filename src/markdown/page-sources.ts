import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { localeOfFile } from '../config/i18n';
import type { UiStrings } from './strings';
import type { Source } from '../schemas/sources';

/** The id of the generated section; no page may use it for a heading of its own. */
export const SOURCES_ID = 'page-sources';

/**
 * Appends a "Sources" section to a page whose frontmatter lists `sources:`: a heading (so it
 * has an anchor, a copy link and a place in the table of contents) and the list of links. It is
 * part of the content, so the Markdown version and llms-full.txt carry it too.
 */
export default function remarkPageSources({ strings: ui }: { strings: UiStrings }) {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data.astro as { frontmatter?: { sources?: Source[] } } | undefined)
      ?.frontmatter;
    const sources = frontmatter?.sources ?? [];
    if (!sources.length) return;
    const locale = localeOfFile(file.path);
    tree.children.push(
      {
        type: 'heading',
        depth: 2,
        children: [{ type: 'text', value: ui(locale, 'sources.heading') }],
        data: { hProperties: { id: SOURCES_ID } },
      },
      { type: 'paragraph', children: [{ type: 'text', value: ui(locale, 'sources.intro') }] },
      {
        type: 'list',
        ordered: false,
        spread: false,
        children: sources.map((source) => ({
          type: 'listItem',
          spread: false,
          children: [
            {
              type: 'paragraph',
              children: [
                { type: 'link', url: source.url, children: [{ type: 'text', value: source.title }] },
              ],
            },
          ],
        })),
      },
    );
  };
}
