import type { ComparisonData, ComparisonRow } from '../../schemas/comparison';

export type RowSelector = { dimension: string } | { tag: string } | { rows: string[] };

/**
 * The rows a table shows, less those in `except`. An unknown dimension, tag or row id (in the
 * selector or in `except`) is an error naming it.
 */
export function selectRows(
  data: ComparisonData,
  selector: RowSelector,
  except: string[] = [],
): ComparisonRow[] {
  const unknown = except.filter((id) => !data.rows.some((r) => r.id === id));
  if (unknown.length) throw new Error(`ComparisonTable: unknown row id "${unknown[0]}" in except`);
  return pickRows(data, selector).filter((r) => !except.includes(r.id));
}

function pickRows(data: ComparisonData, selector: RowSelector): ComparisonRow[] {
  if ('dimension' in selector) {
    if (!data.dimensions.some((d) => d.id === selector.dimension)) {
      throw new Error(`ComparisonTable: unknown dimension "${selector.dimension}"`);
    }
    return data.rows.filter((r) => r.dimension === selector.dimension);
  }
  if ('tag' in selector) {
    const rows = data.rows.filter((r) => r.tags.includes(selector.tag));
    if (!rows.length) throw new Error(`ComparisonTable: no row has the tag "${selector.tag}"`);
    return rows;
  }
  const byId = new Map(data.rows.map((r) => [r.id, r]));
  return selector.rows.map((id) => {
    const row = byId.get(id);
    if (!row) throw new Error(`ComparisonTable: unknown row id "${id}"`);
    return row;
  });
}

/** A row where both services get the same verdict: hidden by "show only the differences". */
export function isSameForBoth(row: ComparisonRow): boolean {
  return row.bedrock.level === row.sagemaker.level && row.bedrock.level !== 'info';
}
