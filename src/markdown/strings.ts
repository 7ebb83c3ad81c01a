import type { Locale } from '../config/i18n';
import type { UiKey } from '../data/ui';

/**
 * How a Markdown plugin gets a UI string: handed to it by astro.config.mjs, which reads the
 * strings and the data the plugins need in one place, so no plugin reads a file itself.
 */
export type UiStrings = (locale: Locale, key: UiKey) => string;
