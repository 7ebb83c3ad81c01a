import { z } from 'zod';
import { internalHref, localized, slugId } from './common';

export const outcomeKinds = ['bedrock', 'sagemaker', 'sagemaker-to-bedrock', 'side-by-side'] as const;
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
  })
  .strict();

export const treeNode = z.discriminatedUnion('type', [questionNode, outcomeNode], {
  error: () => 'type must be "question" or "outcome"',
});

export const decisionTreeFile = z
  .object({
    root: slugId.describe('id of the first question'),
    nodes: z.array(treeNode).min(2),
  })
  .strict();

export type QuestionNode = z.infer<typeof questionNode>;
export type OutcomeNode = z.infer<typeof outcomeNode>;
export type TreeNode = z.infer<typeof treeNode>;
export type DecisionTreeData = z.infer<typeof decisionTreeFile>;
