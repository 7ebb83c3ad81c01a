import { z } from 'zod';
import { localized, slugId } from './common.ts';
import { checkedDate, source } from './sources.ts';

/**
 * Prices for the cost calculator, in three files:
 * - content/data/models.yaml: the Bedrock models the site covers, and how the Price List names them;
 * - content/data/instances.yaml: the SageMaker AI hosting instances, with their accelerators;
 * - content/data/prices.yaml: the Regions, the defaults and every price figure. Its `files` and
 *   `prices` are written by `npm run prices:update` from AWS's Price List; a figure AWS published
 *   elsewhere can be entered by hand (`hand`) until the Price List has it.
 */

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

/** The Price List offers the site reads. */
export const OFFERS = ['AmazonBedrock', 'AmazonBedrockFoundationModels', 'AmazonSageMaker'] as const;
export const offerCode = z.enum(OFFERS, { error: `must be one of ${OFFERS.join(', ')}` });

/** What a token figure prices. */
export const KINDS = ['input', 'output', 'cache-read', 'cache-write'] as const;
/** Where the prompt is processed: the Region called, any Region of its geography, any commercial Region. */
export const ROUTES = ['in-region', 'geo', 'global'] as const;
/** How the request is served. */
export const TIERS = ['standard', 'batch', 'flex', 'priority'] as const;

/** What a model takes in and gives back. */
export const MODALITIES = ['text', 'image', 'document', 'video', 'audio', 'speech', 'embedding'] as const;
/** Ways Bedrock itself can customize a model. */
export const CUSTOMIZATIONS = [
  'fine-tuning',
  'continued-pre-training',
  'distillation',
  'reinforcement-fine-tuning',
] as const;
/** Bedrock's data-retention modes, set per Region. */
export const RETENTION_MODES = ['none', 'default', 'aws_review', 'provider_data_share', 'inherit'] as const;

const regionCode = z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be a Region code such as "us-east-1"');

/**
 * Facts of a model on Bedrock for /models/. `null` means no AWS page the site could read states
 * it either way; the page then says "not stated" rather than guessing.
 */
const modelFacts = {
  launched: date.optional().describe('the day the model came to Bedrock'),
  modalities: z
    .object({ input: z.array(z.enum(MODALITIES)).min(1), output: z.array(z.enum(MODALITIES)).min(1) })
    .strict()
    .nullable(),
  inRegion: z
    .array(regionCode)
    .nullable()
    .describe('Regions of prices.yaml where the model can be called without a cross-Region profile'),
  geo: z
    .array(z.string().regex(/^[A-Z]{2,4}$/, 'a geography such as "US", "EU", "APAC", "JP"'))
    .nullable()
    .describe('geographies with a cross-Region inference profile for the model'),
  global: z.boolean().nullable().describe('whether a global cross-Region profile exists'),
  batch: z.boolean().nullable(),
  caching: z.boolean().nullable().describe('prompt caching'),
  customization: z.array(z.enum(CUSTOMIZATIONS)).nullable().describe('methods Bedrock offers; [] = none'),
  retention: z
    .enum(RETENTION_MODES)
    .nullable()
    .default(null)
    .describe('the data-retention mode the model requires, if any'),
  jumpstart: z.boolean().nullable().describe('whether the same model family is in SageMaker AI JumpStart'),
};

export const modelEntry = z
  .object({
    id: slugId,
    name: z.string().trim().min(1, 'a model needs a name'),
    provider: z.string().trim().min(1, 'a model needs its provider'),
    ...modelFacts,
    priceList: z
      .object({
        offer: offerCode.exclude(['AmazonSageMaker']),
        model: z
          .array(z.string().trim().min(1))
          .min(1)
          .describe("the Price List's `model` attribute values that price this model"),
      })
      .strict(),
    lifecycle: z
      .object({
        status: z.enum(['active', 'legacy']),
        legacySince: date.optional(),
        endOfLife: date.optional(),
        successor: slugId.optional(),
      })
      .strict()
      .default({ status: 'active' }),
    sources: z.array(source).min(1, 'sources needs at least one { title, url } for the model and its dates'),
    checked: checkedDate,
  })
  .strict();

/** A model past its end of life on Bedrock: listed apart, so an old link still explains itself. */
export const retiredModel = z
  .object({
    id: slugId,
    name: z.string().trim().min(1),
    provider: z.string().trim().min(1),
    endOfLife: date,
    successor: slugId.optional().describe('the model AWS suggests instead, an id of models'),
    sources: z.array(source).min(1),
    checked: checkedDate,
  })
  .strict();

export const modelsFile = z
  .object({ models: z.array(modelEntry).min(1), retired: z.array(retiredModel).default([]) })
  .strict();

export const instanceEntry = z
  .object({
    id: z
      .string()
      .regex(/^ml\.[a-z0-9]+\.[a-z0-9]+$/, 'must be a SageMaker AI instance type such as "ml.g5.2xlarge"'),
    accelerator: z.string().trim().min(1, 'name the accelerator, e.g. "NVIDIA A10G"'),
    count: z.number().int().min(1).max(64).describe('accelerators in one instance'),
    memory: z.number().positive().max(10_000).describe('accelerator memory of the whole instance, GB'),
    estimate: z
      .object({
        tps: z
          .number()
          .int()
          .min(1)
          .max(100_000)
          .describe('sustained output tokens per second of one instance'),
        basis: localized.describe('what the estimate rests on'),
        sources: z.array(source).min(1, 'an estimate needs at least one { title, url }'),
      })
      .strict()
      .optional()
      .describe('an output tokens-per-second estimate; without one the user enters it'),
    sources: z.array(source).min(1, 'sources needs at least one { title, url } for the hardware'),
    checked: checkedDate,
  })
  .strict();

export const instancesFile = z.object({ instances: z.array(instanceEntry).min(1) }).strict();

/** An earlier value of a figure, and the day it stopped applying. */
const pastValue = z.object({ usd: z.number().nonnegative(), until: date }).strict();

/**
 * One price figure: a model's token price (USD per 1M tokens) for a kind, route and tier, or an
 * instance's hourly rate (kind `hour`), in one Region. Either `sku` (read from the Price List
 * file of its offer and Region, listed in `files`) or `hand` (AWS published it elsewhere).
 */
export const priceFigure = z
  .object({
    item: z.string().min(1).describe('a model id (models.yaml) or an instance type (instances.yaml)'),
    region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be a Region code such as "us-east-1"'),
    kind: z.enum([...KINDS, 'hour']),
    route: z.enum(ROUTES).optional(),
    tier: z.enum(TIERS).optional(),
    usd: z.number().nonnegative().max(10_000),
    sku: z.string().min(1).optional().describe('the Price List SKU the figure was read from'),
    since: date.optional().describe('the day this value was first read from the Price List'),
    hand: z
      .object({
        title: z.string().trim().min(1),
        url: z
          .string()
          .trim()
          .regex(/^https:\/\/\S+$/, 'must be an https:// URL'),
      })
      .strict()
      .optional()
      .describe('the AWS page or table the figure was entered from by hand, until a refresh replaces it'),
    read: date.optional().describe('the day a hand-entered figure was read from its page'),
    history: z.array(pastValue).optional().describe('earlier values, newest first'),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.kind === 'hour' ? p.route || p.tier : !p.route || !p.tier)
      ctx.addIssue({
        code: 'custom',
        path: ['kind'],
        message: 'a token figure needs route and tier; an hourly rate (kind: hour) has neither',
      });
    if (p.sku ? !p.since || p.hand || p.read : !p.hand || !p.read)
      ctx.addIssue({
        code: 'custom',
        path: ['sku'],
        message: 'a figure has either sku and since (from the Price List) or hand and read (entered by hand)',
      });
  });

/** A Price List file the figures were read from: its offer, Region, version, date, URL and digest. */
export const priceFile = z
  .object({
    offer: offerCode,
    region: z.string(),
    version: z.string().min(1),
    published: z.string().min(1).describe("the file's publicationDate"),
    read: date,
    url: z.url(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

export const region = z
  .object({
    code: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be a Region code such as "us-east-1"'),
    name: z.string().min(1).describe("AWS's name for the Region, e.g. US East (N. Virginia)"),
    geo: z.string().min(1).describe('the geography of its cross-Region profiles: US, EU, APAC, JP'),
  })
  .strict();

export const pricesFile = z
  .object({
    currency: z.literal('USD', 'currency must be "USD"'),
    hoursPerMonth: z.literal(730, 'hoursPerMonth is 730, the convention of AWS pricing'),
    hoursSources: z.array(source).min(1, 'hoursSources needs at least one { title, url }'),
    regions: z.array(region).min(1).describe('the Regions prices are read for, in picker order'),
    defaults: z.object({ region: z.string(), model: slugId, instance: z.string() }).strict(),
    batchDiscount: z
      .number()
      .min(1)
      .max(99)
      .describe('percent off on-demand for batch inference, applied to prices the user types in'),
    batchSources: z.array(source).min(1, 'batchSources needs at least one { title, url }'),
    routesSources: z
      .array(source)
      .min(1)
      .describe('where AWS explains where each cross-Region route processes a prompt'),
    files: z.array(priceFile).default([]),
    prices: z.array(priceFigure).min(1),
  })
  .strict();

export type ModelEntry = z.infer<typeof modelEntry>;
export type RetiredModel = z.infer<typeof retiredModel>;
export type InstanceEntry = z.infer<typeof instanceEntry>;
export type PriceFigure = z.infer<typeof priceFigure>;
export type PriceFile = z.infer<typeof priceFile>;
export type Prices = z.infer<typeof pricesFile>;
export type Kind = (typeof KINDS)[number];
export type Route = (typeof ROUTES)[number];
export type Tier = (typeof TIERS)[number];
