import { z } from 'zod';

/** A document a fact rests on: AWS documentation or announcements first. */
export const source = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, 'a source needs a title')
      .describe('the page title, as the page gives it'),
    url: z
      .string()
      .trim()
      .regex(/^https:\/\/[^\s/]+\.[^\s/]+\/\S*$/, 'must be an https:// URL')
      .describe('where a reader can open it'),
  })
  .strict();
export type Source = z.infer<typeof source>;

/** Today in UTC as YYYY-MM-DD: a check date after this is a typing mistake. */
const today = () => new Date().toISOString().slice(0, 10);

/** The date a fact was last verified against its sources. */
export const checkedDate = z
  .string({ error: 'checked is required: the date the facts were last verified, as YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((date) => !Number.isNaN(Date.parse(date)), 'must be a real date')
  .refine((date) => date <= today(), { error: (issue) => `${issue.input} is in the future` })
  .describe('date the entry was last verified against its sources');

/** The fields every sourced entry (comparison row, glossary term, scenario) carries. */
export const sourced = {
  sources: z
    .array(source, { error: 'sources is required: one or more { title, url }' })
    .min(1, 'sources needs at least one { title, url }')
    .describe('where the facts come from'),
  checked: checkedDate,
};

/** Days from a check date to `now`. */
export function ageInDays(checked: string, now = new Date()): number {
  return Math.floor((now.getTime() - Date.parse(`${checked}T00:00:00Z`)) / 86_400_000);
}
