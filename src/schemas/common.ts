import { z } from 'zod';
import { defaultLocale, localeConfig, locales, type Locale } from '../config/locales.ts';

export type { Locale };

/** A text in one language; an empty one fails the build naming the language. */
const textIn = (locale: Locale) => {
  const what =
    locale === defaultLocale
      ? `the ${localeConfig[locale].name} text (${locale})`
      : `the ${localeConfig[locale].name} translation (${locale})`;
  const text = z
    .string({ error: `${what} is missing` })
    .trim()
    .min(1, `${what} must not be empty`)
    .describe(`${localeConfig[locale].name} text`);
  return locale === defaultLocale ? text : text.optional();
};

/**
 * A piece of text in the languages of the site (src/config/locales.ts), side by side in one data
 * file so ids never drift apart. The default language's text is required; a translation may be
 * missing while a language is being added: the site then shows the default language's text in
 * its place, and the translation report (`npm run translations`, run by the unit tests) lists
 * it, so a missing translation never builds unnoticed.
 */
export const localized = z
  .object(Object.fromEntries(locales.map((l) => [l, textIn(l)])) as Record<Locale, ReturnType<typeof textIn>>)
  .strict()
  .transform(
    (text) =>
      Object.fromEntries(
        locales.map((l) => [l, (text as Partial<Record<Locale, string>>)[l] ?? text[defaultLocale]!]),
      ) as Record<Locale, string>,
  )
  .describe(`text per language: { ${locales.map((l) => `${l}: "..."`).join(', ')} }`);
export type Localized = z.infer<typeof localized>;

/**
 * Other words readers search with, per language (e.g. the term practitioners use in their own
 * language for an English feature name): indexed by search, not shown.
 */
export const synonyms = z
  .object(
    Object.fromEntries(
      locales.map((l) => [l, z.array(z.string().trim().min(2)).min(1).optional()]),
    ) as Record<Locale, z.ZodOptional<z.ZodArray<z.ZodString>>>,
  )
  .strict()
  .optional()
  .describe(`search words per language, not shown: { ${locales.map((l) => `${l}: ["..."]`).join(', ')} }`);

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
