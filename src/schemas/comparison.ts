import { z } from 'zod';
import { internalHref, localized, slugId } from './common';
import { sourced } from './sources';

export const supportLevels = ['yes', 'partial', 'no', 'info'] as const;
export type SupportLevel = (typeof supportLevels)[number];

export const dimension = z
  .object({
    id: slugId,
    title: localized.describe('heading shown above the dimension'),
    intro: localized.describe('one-line introduction'),
  })
  .strict();

const cell = z
  .object({
    level: z
      .enum(supportLevels, {
        error: () => `must be one of ${supportLevels.join(', ')} (info = descriptive, no verdict)`,
      })
      .describe('yes / partial / no, or info for a descriptive cell'),
    text: localized.describe('short text shown in the cell'),
  })
  .strict();

export const comparisonRow = z
  .object({
    id: slugId,
    dimension: slugId.describe('id of a dimension in the same file'),
    aspect: localized.describe('what is compared, shown as the row header'),
    bedrock: cell,
    sagemaker: cell,
    note: localized.optional().describe('what changed, or a caveat'),
    more: internalHref.optional().describe('a page or section that says more, linked under the row'),
    tags: z.array(slugId).default([]).describe('slices shown on other pages, e.g. overview, cost'),
    ...sourced,
  })
  .strict();

export const comparisonFile = z
  .object({
    dimensions: z.array(dimension).min(1),
    rows: z.array(comparisonRow).min(1),
  })
  .strict();

export type Dimension = z.infer<typeof dimension>;
export type ComparisonRow = z.infer<typeof comparisonRow>;
export type ComparisonData = z.infer<typeof comparisonFile>;
