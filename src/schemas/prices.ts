import { z } from 'zod';
import { localized, slugId } from './common';
import { checkedDate, source } from './sources';

const usd = (what: string, max: number) =>
  z
    .number({ error: `${what} is required, a number in US dollars` })
    .positive(`${what} must be more than 0`)
    .max(max, `${what} must be at most ${max}`)
    .describe(what);

const sourcedPrice = {
  sources: z
    .array(source, { error: 'sources is required: one or more { title, url } where the price was read' })
    .min(1, 'sources needs at least one { title, url }'),
  checked: checkedDate,
  note: localized.optional().describe('what the source showed, or a caveat, in every language'),
};

/** A Bedrock model billed on demand per token. */
export const modelPrice = z
  .object({
    id: slugId,
    name: z.string().trim().min(1, 'a model needs a name'),
    provider: z.string().trim().min(1, 'a model needs its provider'),
    input: usd('input, USD per 1M input tokens', 1000),
    output: usd('output, USD per 1M output tokens', 1000),
    batch: z.boolean({
      error: 'batch is required: true if batch inference is priced at the batch discount for this model',
    }),
    ...sourcedPrice,
  })
  .strict();

/** A SageMaker AI instance type for a real-time endpoint, billed per instance-hour. */
export const instancePrice = z
  .object({
    id: z
      .string()
      .regex(/^ml\.[a-z0-9]+\.[a-z0-9]+$/, 'must be a SageMaker AI instance type such as "ml.g5.2xlarge"'),
    accelerators: z.string().trim().min(1, 'say which accelerators the instance has'),
    rate: usd('rate, USD per instance-hour', 1000),
    tps: z
      .number({ error: 'tps is required: the estimated sustained output tokens per second of one instance' })
      .int()
      .min(1)
      .max(100_000),
    tpsBasis: localized.describe('what the tokens-per-second estimate rests on'),
    tpsSources: z.array(source).min(1, 'tpsSources needs at least one { title, url }'),
    ...sourcedPrice,
  })
  .strict();

export const pricesFile = z
  .object({
    region: z.literal('us-east-1', 'region must be "us-east-1": every price in the file is for it'),
    currency: z.literal('USD', 'currency must be "USD"'),
    hoursPerMonth: z.literal(730, 'hoursPerMonth is 730, the convention of AWS pricing'),
    hoursSources: z.array(source).min(1, 'hoursSources needs at least one { title, url }'),
    batchDiscount: z.number().min(1).max(99).describe('percent off on-demand for batch inference'),
    batchSources: z.array(source).min(1, 'batchSources needs at least one { title, url }'),
    checked: checkedDate,
    defaults: z.object({ model: slugId, instance: z.string() }).strict(),
    models: z.array(modelPrice).min(1),
    instances: z.array(instancePrice).min(1),
  })
  .strict();

export type ModelPrice = z.infer<typeof modelPrice>;
export type InstancePrice = z.infer<typeof instancePrice>;
export type Prices = z.infer<typeof pricesFile>;
