import { z } from 'zod';
import { internalHref, localized, slugId } from './common.ts';
import { checkedDate, source } from './sources.ts';

/** One dated change of a fact on the site, or of AWS's offer that the site now reflects. */
export const change = z
  .object({
    id: slugId.describe('stable anchor on /changes/: /changes/#<id>'),
    date: checkedDate.describe('when the fact changed (the AWS date, or the day the site was corrected)'),
    title: localized.describe('what changed, in a few words'),
    summary: localized.describe('one or two sentences: what was said before and what is true now'),
    affects: z
      .array(internalHref)
      .default([])
      .describe(
        'rows and sections that changed, e.g. /compare/#real-time-endpoints; they show an "Updated" badge',
      ),
    sources: z.array(source).min(1, 'a change needs at least one source'),
  })
  .strict();

export const changesFile = z.object({ changes: z.array(change).min(1) }).strict();

export type Change = z.infer<typeof change>;
