import { z } from 'zod';

/** The site's languages. English is the default and lives at the root. */
export const locales = ['en', 'vi'] as const;
export type Locale = (typeof locales)[number];

const text = z.string().trim().min(1, 'must not be empty');

/**
 * A piece of text in every language of the site, side by side in one data file so ids never
 * drift apart. Both languages are required: a missing translation fails the build.
 */
export const localized = z
  .object({
    en: text.describe('English text'),
    vi: z
      .string({ error: 'the Vietnamese translation (vi) is missing' })
      .trim()
      .min(1, 'the Vietnamese translation (vi) must not be empty')
      .describe('Vietnamese text'),
  })
  .strict()
  .describe('text per language: { en: "...", vi: "..." }');
export type Localized = z.infer<typeof localized>;

/** A stable ASCII id: used as an anchor in URLs, so it never changes once published. */
export const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase ASCII slug such as "train-from-scratch"')
  .describe('stable anchor id, lowercase ASCII words joined by hyphens');

/** A site-internal link such as "/compare/#spot-training" (locale prefix added when rendered). */
export const internalHref = z
  .string()
  .regex(
    /^\/[a-z0-9\-/]*\/(#[a-z0-9-]+)?$|^\/#[a-z0-9-]+$|^\/$/,
    'must be a site path such as "/cost/" or "/compare/#row-id"',
  )
  .describe('site-internal path with trailing slash, optional #anchor');
