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
import { parseData } from '../lib/data/registry';

export const comparison = parseData('comparison', comparisonYaml);
export const scenarios = parseData('scenarios', scenariosYaml).scenarios;
export const stages = parseData('journey', journeyYaml).stages;
export const analogies = parseData('analogies', analogiesYaml).analogies;
export const glossary = parseData('glossary', glossaryYaml).terms;
export const decisionTree = parseData('decisionTree', decisionTreeYaml);
