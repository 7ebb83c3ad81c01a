import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Explicit heading ids: `## Do we need both? {/* #do-we-need-both *\/}`.
 * The MDX comment is invisible, survives translation, and fixes the anchor so a link pasted
 * into an email keeps working when the wording (or the language) of the heading changes.
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
      if (!id) return;
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
