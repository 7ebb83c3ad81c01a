// The components MDX pages use: `import { ComparisonTable } from '~/components';`
export { default as AnalogyTable } from './AnalogyTable.astro';
export { default as Bibliography } from './Bibliography.astro';
export { default as ChangeLog } from './ChangeLog.astro';
export { default as ComparisonFilter } from './ComparisonFilter.astro';
export { default as ComparisonTable } from './ComparisonTable.astro';
export { default as Glossary } from './Glossary.astro';
export { default as JourneyTable } from './JourneyTable.astro';
export { default as ScenarioTable } from './ScenarioTable.astro';
export { default as DecisionTree } from './DecisionTree.astro';
export { default as ReportLink } from './ReportLink.astro';
export { default as SiteMap } from './SiteMap.astro';
export { default as CostCalculator } from './CostCalculator.astro';
export { default as CostExample } from './CostExample.astro';
export { default as CopyText } from './CopyText.astro';
export { default as Handout } from './Handout.astro';
