import { z } from 'zod';
import { internalHref, localized, slugId, synonyms } from './common';
import { sourced } from './sources';

/** Which service a scenario or a stage points to. */
export const choices = ['bedrock', 'sagemaker', 'both', 'either'] as const;
export type Choice = (typeof choices)[number];
const choice = z.enum(choices, { error: () => `must be one of ${choices.join(', ')}` });

/** "When to use which" scenarios and the decision matrix. */
export const scenario = z
  .object({
    id: slugId,
    set: z.array(slugId).min(1).describe('tables the scenario appears in, e.g. when-to-use, decision-matrix'),
    scenario: localized,
    choice,
    detail: localized
      .optional()
      .describe(
        'what the recommendation adds to the service `choice` names (left out when it is just that service)',
      ),
    why: localized.optional(),
    link: internalHref.optional().describe('where to read more'),
    treePaths: z
      .array(z.array(slugId).min(1))
      .optional()
      .describe('how a reader in this scenario answers the decision tree: answer ids, one list per path'),
    ...sourced,
  })
  .strict();

/** Stages of the adoption journey. */
export const stage = z
  .object({
    id: slugId,
    stage: localized,
    choice,
    detail: localized,
  })
  .strict();

/** Analogies that make the difference concrete. */
export const analogy = z
  .object({
    id: slugId,
    persona: localized.describe('who the analogy speaks to'),
    sagemaker: localized,
    bedrock: localized,
  })
  .strict();

/** Glossary terms. */
export const glossaryTerm = z
  .object({
    id: slugId,
    term: localized,
    definition: localized,
    service: z.enum(['bedrock', 'sagemaker', 'both', 'general']).default('general'),
    seeAlso: z.array(slugId).default([]).describe('ids of related terms'),
    synonyms,
    link: internalHref.optional().describe('page that explains the term in context'),
    ...sourced,
  })
  .strict();

export const scenarioFile = z.object({ scenarios: z.array(scenario).min(1) }).strict();
export const journeyFile = z.object({ stages: z.array(stage).min(1) }).strict();
export const analogyFile = z.object({ analogies: z.array(analogy).min(1) }).strict();
export const glossaryFile = z.object({ terms: z.array(glossaryTerm).min(1) }).strict();

export type Scenario = z.infer<typeof scenario>;
export type Stage = z.infer<typeof stage>;
export type Analogy = z.infer<typeof analogy>;
export type GlossaryTerm = z.infer<typeof glossaryTerm>;
