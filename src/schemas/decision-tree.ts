import { z } from 'zod';
import { internalHref, localized, slugId } from './common';

export const outcomeKinds = [
  'bedrock',
  'sagemaker',
  'sagemaker-to-bedrock',
  'side-by-side',
  'agentcore',
  'progression',
] as const;
export type OutcomeKind = (typeof outcomeKinds)[number];

const answer = z
  .object({
    id: slugId.describe('short id used in shared URLs; unique within its question'),
    label: localized,
    next: slugId.describe('id of the next question or outcome'),
    reason: localized.describe('why this answer points where it does; shown on the outcome'),
  })
  .strict();

export const questionNode = z
  .object({
    id: slugId,
    type: z.literal('question'),
    question: localized,
    help: localized,
    answers: z.array(answer).min(2, 'a question needs two or more answers'),
  })
  .strict();

export const outcomeNode = z
  .object({
    id: slugId,
    type: z.literal('outcome'),
    recommendation: z.enum(outcomeKinds),
    title: localized,
    summary: localized.describe('two or three sentences that explain the recommendation'),
    nextSteps: z
      .array(z.object({ label: localized, href: internalHref }).strict())
      .min(1)
      .describe('links to guides and comparison rows'),
    rows: z
      .array(slugId)
      .min(1, 'an outcome needs the comparison rows it rests on')
      .describe('ids of the comparison rows the recommendation rests on, linked as its reasons'),
  })
  .strict();

export const treeNode = z.discriminatedUnion('type', [questionNode, outcomeNode], {
  error: () => 'type must be "question" or "outcome"',
});

export const decisionTreeFile = z
  .object({
    root: slugId.describe('id of the first question'),
    nodes: z.array(treeNode).min(2),
    moved: z
      .array(
        z
          .object({
            from: z.array(slugId).min(1).describe('answer ids of an old link, from the first question'),
            to: z.array(slugId).describe('the same answers in the current tree ([] = start again)'),
          })
          .strict(),
      )
      .default([])
      .describe('answers that moved: old shared links are rewritten to their new place'),
  })
  .strict();

export type QuestionNode = z.infer<typeof questionNode>;
export type OutcomeNode = z.infer<typeof outcomeNode>;
export type TreeNode = z.infer<typeof treeNode>;
export type DecisionTreeData = z.infer<typeof decisionTreeFile>;
