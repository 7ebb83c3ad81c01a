import type { InstanceEntry, ModelEntry, Prices } from '../../schemas/prices';
import type { Change } from '../../schemas/changes';
import type { ComparisonData } from '../../schemas/comparison';
import type { GlossaryTerm, Scenario, Stage, Analogy } from '../../schemas/tables';
import { serviceUrlWords } from '../../schemas/source-rules';
import { repeatedUrls } from '../../schemas/sources';
import { duplicateIds } from './load';

const serviceNames = { bedrock: 'Amazon Bedrock', sagemaker: 'Amazon SageMaker AI' } as const;

/**
 * Cross-entry rules for the comparison: unique ids, rows in known dimensions, each cell citing
 * a page of its own service, and no address cited twice in a row.
 */
export function checkComparison(data: ComparisonData): string[] {
  const dimensions = new Set(data.dimensions.map((d) => d.id));
  const problems = [...duplicateIds(data.dimensions, 'dimensions'), ...duplicateIds(data.rows, 'rows')];
  for (const [i, row] of data.rows.entries()) {
    for (const service of ['bedrock', 'sagemaker'] as const) {
      if (!row[service].sources.some((s) => serviceUrlWords[service].test(s.url))) {
        problems.push(
          `rows[${i}] "${row.id}" → field "${service}.sources": no source names the service in its address; cite ${serviceNames[service]}'s own page for this cell`,
        );
      }
    }
    for (const repeat of repeatedUrls([...row.bedrock.sources, ...row.sagemaker.sources, ...row.sources])) {
      problems.push(`rows[${i}] "${row.id}" → field "sources": ${repeat}`);
    }
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

/** Cross-entry rules for the price figures: known Regions, defaults in them, one figure per class. */
export function checkPrices(data: Prices): string[] {
  const regions = new Set(data.regions.map((r) => r.code));
  const problems: string[] = [];
  if (!regions.has(data.defaults.region))
    problems.push(`defaults → field "region": "${data.defaults.region}" is not one of regions`);
  const seen = new Set<string>();
  for (const [i, f] of data.prices.entries()) {
    const where = `prices[${i}] "${f.item}" ${f.region}`;
    if (!regions.has(f.region)) problems.push(`${where} → field "region": not one of regions`);
    const key = [f.item, f.region, f.kind, f.route, f.tier].join('|');
    if (seen.has(key))
      problems.push(
        `${where} → field "kind": a second ${[f.kind, f.route, f.tier].filter(Boolean).join(' ')} figure`,
      );
    seen.add(key);
  }
  return problems;
}

export const checkModels = (data: { models: ModelEntry[] }) => duplicateIds(data.models, 'models');
export const checkInstances = (data: { instances: InstanceEntry[] }) =>
  duplicateIds(data.instances, 'instances');

/**
 * Rules across the three price files: every figure prices a listed model or instance (a model's
 * figures are tokens, an instance's are hours) and the defaults name listed ones.
 */
export function checkPriceItems(prices: Prices, models: ModelEntry[], instances: InstanceEntry[]): string[] {
  const modelIds = new Set(models.map((m) => m.id));
  const instanceIds = new Set(instances.map((i) => i.id));
  const problems: string[] = [];
  if (!modelIds.has(prices.defaults.model))
    problems.push(`defaults → field "model": "${prices.defaults.model}" is not in content/data/models.yaml`);
  if (!instanceIds.has(prices.defaults.instance))
    problems.push(
      `defaults → field "instance": "${prices.defaults.instance}" is not in content/data/instances.yaml`,
    );
  for (const [i, f] of prices.prices.entries()) {
    const ok = f.kind === 'hour' ? instanceIds.has(f.item) : modelIds.has(f.item);
    if (!ok)
      problems.push(
        `prices[${i}] "${f.item}" → field "item": not ${f.kind === 'hour' ? 'an instance in content/data/instances.yaml' : 'a model in content/data/models.yaml'}`,
      );
  }
  return problems;
}
