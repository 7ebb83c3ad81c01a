import type { Prices } from '../../schemas/prices';
import type { Change } from '../../schemas/changes';
import type { ComparisonData } from '../../schemas/comparison';
import type { GlossaryTerm, Scenario, Stage, Analogy } from '../../schemas/tables';
import { duplicateIds } from './load';

/** Cross-entry rules for the comparison: unique ids, rows in known dimensions. */
export function checkComparison(data: ComparisonData): string[] {
  const dimensions = new Set(data.dimensions.map((d) => d.id));
  const problems = [...duplicateIds(data.dimensions, 'dimensions'), ...duplicateIds(data.rows, 'rows')];
  for (const [i, row] of data.rows.entries()) {
    if (!dimensions.has(row.dimension)) {
      problems.push(
        `rows[${i}] "${row.id}" → field "dimension": unknown dimension "${row.dimension}" (known: ${[...dimensions].join(', ')})`,
      );
    }
  }
  return problems;
}

export function checkGlossary(data: { terms: GlossaryTerm[] }): string[] {
  const ids = new Set(data.terms.map((t) => t.id));
  const problems = duplicateIds(data.terms, 'terms');
  for (const [i, term] of data.terms.entries()) {
    for (const other of term.seeAlso) {
      if (!ids.has(other))
        problems.push(`terms[${i}] "${term.id}" → field "seeAlso": unknown term "${other}"`);
    }
  }
  return problems;
}

export const checkScenarios = (data: { scenarios: Scenario[] }) => duplicateIds(data.scenarios, 'scenarios');
export const checkJourney = (data: { stages: Stage[] }) => duplicateIds(data.stages, 'stages');
export const checkAnalogies = (data: { analogies: Analogy[] }) => duplicateIds(data.analogies, 'analogies');

/** Changes: unique ids, newest first (the page and the feed keep the file's order). */
export function checkChanges(data: { changes: Change[] }): string[] {
  const problems = duplicateIds(data.changes, 'changes');
  for (const [i, entry] of data.changes.entries()) {
    const before = data.changes[i - 1];
    if (before && before.date < entry.date) {
      problems.push(
        `changes[${i}] "${entry.id}" → field "date": ${entry.date} is newer than the entry above it; keep the newest first`,
      );
    }
  }
  return problems;
}

/** Cross-entry rules for the price table: unique ids, defaults that name a listed model and instance. */
export function checkPrices(data: Prices): string[] {
  const problems = [...duplicateIds(data.models, 'models'), ...duplicateIds(data.instances, 'instances')];
  if (!data.models.some((m) => m.id === data.defaults.model))
    problems.push(`defaults → field "model": "${data.defaults.model}" is not a listed model`);
  if (!data.instances.some((i) => i.id === data.defaults.instance))
    problems.push(`defaults → field "instance": "${data.defaults.instance}" is not a listed instance`);
  return problems;
}
