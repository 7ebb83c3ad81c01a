import { z } from 'zod';
import { internalHref, localized, slugId, synonyms } from './common';
import { checkedDate, source } from './sources';

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
    sources: z
      .array(source, {
        error: "sources is required: the pages that state this cell's claim, as { title, url, kind }",
      })
      .min(1, "sources needs at least one page that states this cell's claim")
      .describe("pages that state this cell's claim, for this cell's service"),
    closedToNew: z
      .array(z.string().trim().min(2))
      .optional()
      .describe(
        'names of features in this cell that no longer take new customers; the decision tree may not recommend them',
      ),
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
    synonyms,
    sources: z.array(source).default([]).describe('pages that state what applies to both services'),
    checked: checkedDate,
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
