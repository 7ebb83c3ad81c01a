import type { ViewStrings } from './view';

const keys: Record<keyof ViewStrings, string> = {
  bedrock: 'cost.bedrock',
  sagemaker: 'cost.sagemaker',
  bedrockShort: 'cost.bedrockShort',
  sagemakerShort: 'cost.sagemakerShort',
  parts: 'cost.parts',
  moreSagemaker: 'cost.moreSagemaker',
  lessSagemaker: 'cost.lessSagemaker',
  same: 'cost.same',
  load: 'cost.load',
  overCapacity: 'cost.overCapacity',
  breakEven: 'cost.breakEven',
  noBreakEven: 'cost.noBreakEven',
  noBreakEvenSteps: 'cost.noBreakEvenSteps',
  chartTitle: 'cost.chartTitle',
  chartDesc: 'cost.chartDesc',
  you: 'cost.you',
  evenMark: 'cost.evenMark',
  capacity: 'cost.capacity',
  missingPrice: 'cost.missingPrice',
  missingRate: 'cost.missingRate',
  missingTps: 'cost.missingTps',
  summary: 'cost.summary',
  noTokens: 'cost.noTokens',
  instanceOne: 'cost.instanceOne',
  instanceMany: 'cost.instanceMany',
};

/** The view's templates from a page's UI strings (placeholders left for the view to fill). */
export function viewStrings(all: Record<string, unknown>): ViewStrings {
  return Object.fromEntries(
    Object.entries(keys).map(([k, key]) => [k, String(all[key] ?? '')]),
  ) as ViewStrings;
}
