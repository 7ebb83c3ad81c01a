import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Explicit heading ids: `## Do we need both? {/* #do-we-need-both *\/}`.
 * The MDX comment is invisible, survives translation, and fixes the anchor so a link pasted
 * into an email keeps working when the wording (or the language) of the heading changes.
 * An H2 or H3 without one fails the build, naming the file and the line.
 */
const idComment = /^\s*\/\*\s*#([a-z0-9]+(?:-[a-z0-9]+)*)\s*\*\/\s*$/;

export function explicitHeadingId(heading: Heading): string | undefined {
  const last = heading.children.at(-1) as { type: string; value?: string } | undefined;
  if (last?.type !== 'mdxTextExpression' || typeof last.value !== 'string') return undefined;
  return idComment.exec(last.value)?.[1];
}

export default function remarkHeadingIds() {
  return (tree: Root, file: VFile) => {
    const seen = new Map<string, number>();
    visit(tree, 'heading', (heading: Heading) => {
      const id = explicitHeadingId(heading);
      if (!id) {
        // H2 and H3 are what readers link to (and the table of contents lists): each needs one.
        if (heading.depth === 2 || heading.depth === 3) {
          file.fail(
            `H${heading.depth} at line ${heading.position?.start.line ?? '?'} has no explicit id: ` +
              'end it with an MDX comment such as {/* #short-id */}.',
            heading,
          );
        }
        return;
      }
      heading.children.pop();
      const before = heading.children.at(-1);
      if (before?.type === 'text') before.value = before.value.trimEnd();
      const line = heading.position?.start.line ?? 0;
      if (seen.has(id)) {
        file.fail(`Duplicate heading id "#${id}" (lines ${seen.get(id)} and ${line}).`, heading);
      }
      seen.set(id, line);
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
    });
  };
}
