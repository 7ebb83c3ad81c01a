import { z } from 'zod';
import { sourceKinds, sourceProblem } from './source-rules.ts';

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
    kind: z
      .enum(sourceKinds, { error: () => `kind is required: one of ${sourceKinds.join(', ')}` })
      .describe('what sort of page it is; checked against the address'),
    why: z.string().trim().min(10).optional().describe('for a third-party source: what no AWS page states'),
  })
  .strict()
  .superRefine((value, ctx) => {
    const problem = sourceProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['url'] });
  });
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
    .array(source, { error: 'sources is required: one or more { title, url, kind }' })
    .min(1, 'sources needs at least one { title, url, kind }')
    .superRefine((sources, ctx) => {
      for (const message of repeatedUrls(sources)) ctx.addIssue({ code: 'custom', message });
    })
    .describe('where the facts come from'),
  checked: checkedDate,
};

/** The same address twice in one entry: a problem message per repeat. */
export function repeatedUrls(sources: readonly { url: string }[]): string[] {
  const seen = new Set<string>();
  const repeats: string[] = [];
  for (const { url } of sources) {
    if (seen.has(url)) repeats.push(`${url} is cited twice in this entry`);
    seen.add(url);
  }
  return repeats;
}

/** Days from a check date to `now`. */
export function ageInDays(checked: string, now = new Date()): number {
  return Math.floor((now.getTime() - Date.parse(`${checked}T00:00:00Z`)) / 86_400_000);
}
