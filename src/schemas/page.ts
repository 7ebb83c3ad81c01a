import { z } from 'zod';
import { source } from './sources';

/** Frontmatter every page must carry, on top of Starlight's own fields. */
export const pageSchema = z.object({
  description: z
    .string({ error: 'description is required: one sentence saying what the page answers' })
    .trim()
    .min(20, 'description must be a full sentence (20+ characters)')
    .describe('one sentence; feeds search results and link previews'),
  lastReviewed: z.coerce
    .date({ error: 'lastReviewed is required: the date the facts were last checked, as YYYY-MM-DD' })
    .describe('date the facts on the page were last checked'),
  keywords: z
    .array(z.string().trim().min(1))
    .default([])
    .describe('extra search words, e.g. terms written without their diacritics'),
  sources: z
    .array(source)
    .default([])
    .describe("where the page's facts come from; listed in a Sources section at the end of the page"),
  service: z
    .enum(['bedrock', 'sagemaker', 'both'])
    .default('both')
    .describe('which service the page is about; colours its link-preview image'),
});
