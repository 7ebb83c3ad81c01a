import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';

/** A problem in a data file, reported with the file, the entry and the field. */
export class DataFileError extends Error {
  readonly file: string;
  readonly problems: string[];
  constructor(file: string, problems: string[]) {
    super(`Invalid data in ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'DataFileError';
    this.file = file;
    this.problems = problems;
  }
}

type Path = readonly PropertyKey[];

/**
 * "rows[3] \"spot-instances\" → field \"bedrock.level\"": names the list entry by its id; a list
 * inside an entry stays in the field path ("sources.0.url").
 */
export function describePath(raw: unknown, path: Path): string {
  let node: unknown = raw;
  let where = '';
  let field: string[] = [];
  for (const key of path) {
    const next = (node as Record<PropertyKey, unknown> | undefined)?.[key as never];
    const id = (next as { id?: unknown } | undefined)?.id;
    if (typeof key === 'number' && (typeof id === 'string' || !where)) {
      // An entry with an id (or a top-level entry) names the place: rows[3] "spot-instances".
      where = `${where ? `${where} → ` : ''}${field.join('.')}[${key}]${typeof id === 'string' ? ` "${id}"` : ''}`;
      field = [];
    } else {
      field.push(String(key));
    }
    node = next;
  }
  const fieldText = field.length ? `field "${field.join('.')}"` : '';
  return [where, fieldText].filter(Boolean).join(' → ') || 'top level';
}

/** Finds ids used more than once in a list of entries. */
export function duplicateIds(entries: { id: string }[], label: string): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const [i, { id }] of entries.entries()) {
    if (seen.has(id)) problems.push(`${label}[${i}] "${id}" → field "id": duplicate id "${id}"`);
    seen.add(id);
  }
  return problems;
}

/**
 * Parses a YAML data file and validates it with a schema and then with cross-entry checks.
 * Any problem throws a DataFileError naming the file, the entry and the field.
 */
export function loadDataFile<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  check: (data: z.output<S>) => string[] = () => [],
): z.output<S> {
  let raw: unknown;
  try {
    raw = parseYaml(text, { prettyErrors: true });
  } catch (error) {
    const message = error instanceof YAMLParseError ? error.message : String(error);
    throw new DataFileError(file, [`not valid YAML: ${message}`]);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    throw new DataFileError(
      file,
      result.error.issues.map((issue) => `${describePath(raw, issue.path)}: ${issue.message}`),
    );
  }
  const problems = check(result.data);
  if (problems.length) throw new DataFileError(file, problems);
  return result.data;
}
