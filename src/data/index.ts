/**
 * The site's data, read once from content/data/*.yaml and validated at build time.
 * Imported with ?raw so the dev server reloads a page when its data changes.
 */
import analogiesYaml from '../../content/data/analogies.yaml?raw';
import comparisonYaml from '../../content/data/comparison.yaml?raw';
import decisionTreeYaml from '../../content/data/decision-tree.yaml?raw';
import glossaryYaml from '../../content/data/glossary.yaml?raw';
import journeyYaml from '../../content/data/journey.yaml?raw';
import scenariosYaml from '../../content/data/scenarios.yaml?raw';
import {
  checkAnalogies,
  checkComparison,
  checkGlossary,
  checkJourney,
  checkScenarios,
} from '../lib/data/checks';
import { loadDataFile } from '../lib/data/load';
import { comparisonFile } from '../schemas/comparison';
import { decisionTreeFile } from '../schemas/decision-tree';
import { checkDecisionTree } from '../lib/decision-tree/validate';
import { analogyFile, glossaryFile, journeyFile, scenarioFile } from '../schemas/tables';

export const comparison = loadDataFile(
  'content/data/comparison.yaml',
  comparisonYaml,
  comparisonFile,
  checkComparison,
);
export const scenarios = loadDataFile(
  'content/data/scenarios.yaml',
  scenariosYaml,
  scenarioFile,
  checkScenarios,
).scenarios;
export const stages = loadDataFile(
  'content/data/journey.yaml',
  journeyYaml,
  journeyFile,
  checkJourney,
).stages;
export const analogies = loadDataFile(
  'content/data/analogies.yaml',
  analogiesYaml,
  analogyFile,
  checkAnalogies,
).analogies;
export const glossary = loadDataFile(
  'content/data/glossary.yaml',
  glossaryYaml,
  glossaryFile,
  checkGlossary,
).terms;
export const decisionTree = loadDataFile(
  'content/data/decision-tree.yaml',
  decisionTreeYaml,
  decisionTreeFile,
  checkDecisionTree,
);
