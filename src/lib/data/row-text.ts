/**
 * A comparison row as plain text for an email or a chat: the aspect, a line per service with
 * its level and text, the note, and the sources with their addresses, so the text stands on its
 * own without the page.
 */
export interface RowTextParts {
  aspect: string;
  cells: {
    column: string;
    level: string | undefined;
    text: string;
    sources: { title: string; url: string }[];
  }[];
  note?: { label: string; text: string } | undefined;
  sources: { title: string; url: string }[];
  sourcesLabel: string;
}

const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

export function rowAsText(row: RowTextParts): string {
  const lines = [row.aspect];
  for (const cell of row.cells)
    lines.push(`- ${cell.column}: ${sentence(cell.level ? `${cell.level}. ${cell.text}` : cell.text)}`);
  if (row.note) lines.push(`  ${row.note.label}: ${sentence(row.note.text)}`);
  const sources = [...row.cells.flatMap((c) => c.sources), ...row.sources];
  if (sources.length) {
    lines.push(`  ${row.sourcesLabel}`);
    for (const s of sources) lines.push(`  - ${s.title}: ${s.url}`);
  }
  return lines.join('\n');
}
