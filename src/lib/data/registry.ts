import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { comparisonFile } from '../../schemas/comparison';
import { decisionTreeFile } from '../../schemas/decision-tree';
import { analogyFile, glossaryFile, journeyFile, scenarioFile } from '../../schemas/tables';
import { checkDecisionTree } from '../decision-tree/validate';
import { checkAnalogies, checkComparison, checkGlossary, checkJourney, checkScenarios } from './checks';
import { loadDataFile } from './load';

/** Every data file of the site: where it lives, its schema and its cross-entry checks. */
export const dataFiles = {
  comparison: { file: 'content/data/comparison.yaml', schema: comparisonFile, check: checkComparison },
  scenarios: { file: 'content/data/scenarios.yaml', schema: scenarioFile, check: checkScenarios },
  journey: { file: 'content/data/journey.yaml', schema: journeyFile, check: checkJourney },
  analogies: { file: 'content/data/analogies.yaml', schema: analogyFile, check: checkAnalogies },
  glossary: { file: 'content/data/glossary.yaml', schema: glossaryFile, check: checkGlossary },
  decisionTree: {
    file: 'content/data/decision-tree.yaml',
    schema: decisionTreeFile,
    check: checkDecisionTree,
  },
} as const;

type DataFiles = typeof dataFiles;
export type DataName = keyof DataFiles;
export type DataOf<N extends DataName> = z.output<DataFiles[N]['schema']>;

/** Validates the text of a data file (read by the caller) with its schema and checks. */
export function parseData<N extends DataName>(name: N, text: string): DataOf<N> {
  // One entry of the table above; the per-name types are restored by DataOf<N>.
  const { file, schema, check } = dataFiles[name] as unknown as {
    file: string;
    schema: z.ZodType;
    check: (data: unknown) => string[];
  };
  return loadDataFile(file, text, schema, check) as DataOf<N>;
}

const fromDisk = new Map<DataName, unknown>();

/** Reads and validates a data file from disk once per process (config time, Markdown plugins). */
export function readData<N extends DataName>(name: N): DataOf<N> {
  if (!fromDisk.has(name)) fromDisk.set(name, parseData(name, readFileSync(dataFiles[name].file, 'utf8')));
  return fromDisk.get(name) as DataOf<N>;
}
