import { z } from 'zod';
import en from '../../content/i18n/en.json';
import type { UiKey } from '../data/ui';

/**
 * The site's own UI strings, added to Starlight's i18n schema so `Astro.locals.t()` knows
 * (and types) every key. content/i18n/en.json is the list of keys; another language may leave
 * a key out while it is being translated (Starlight then shows the English text), and a unit
 * test lists what each language still lacks.
 */
export const uiStringsSchema = z.object(
  Object.fromEntries(Object.keys(en).map((key) => [key, z.string().optional()])) as Record<
    UiKey,
    z.ZodOptional<z.ZodString>
  >,
);
