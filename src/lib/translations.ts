/**
 * The translation report: every text of a data file, or UI string, that a language still lacks.
 * A text is an object whose keys are languages and whose default-language value is a string
 * (`{ en: "...", vi: "..." }`); per-language lists such as search synonyms are optional by
 * design and are not texts. Pure: scripts/translations.ts reads the files and prints the report.
 */

/** Where a text is (`rows[3] "lora-peft".aspect`) and the languages it lacks. */
export interface MissingTranslation {
  path: string;
  missing: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every text under `value` that lacks one of `languages` (the default one is `languages[0]`). */
export function missingTranslations(
  value: unknown,
  languages: readonly string[],
  path = '',
): MissingTranslation[] {
  const [source] = languages;
  if (Array.isArray(value))
    return value.flatMap((item, i) => {
      const id = isRecord(item) && typeof item.id === 'string' ? ` "${item.id}"` : '';
      return missingTranslations(item, languages, `${path}[${i}]${id}`);
    });
  if (!isRecord(value)) return [];
  const keys = Object.keys(value);
  if (typeof value[source!] === 'string' && keys.every((k) => languages.includes(k))) {
    const missing = languages.filter((l) => typeof value[l] !== 'string' || !(value[l] as string).trim());
    return missing.length ? [{ path, missing }] : [];
  }
  return keys.flatMap((key) => missingTranslations(value[key], languages, path ? `${path}.${key}` : key));
}

/** The UI string keys of the default language that another language's file lacks. */
export function missingStrings(
  defaults: Record<string, unknown>,
  strings: Record<string, unknown>,
): string[] {
  return Object.keys(defaults).filter(
    (key) => typeof strings[key] !== 'string' || !String(strings[key]).trim(),
  );
}

/**
 * The whole report, one line per text or string a language lacks: `file: path (lacks vi)`.
 * `locales` starts with the default language; `strings` holds each language's UI strings.
 */
export function translationReport({
  dataFiles,
  strings,
  locales,
}: {
  dataFiles: { file: string; data: unknown }[];
  strings: { file: string; locale: string; values: Record<string, unknown> }[];
  locales: readonly string[];
}): string[] {
  const lines = dataFiles.flatMap(({ file, data }) =>
    missingTranslations(data, locales).map((m) => `${file}: ${m.path} (lacks ${m.missing.join(', ')})`),
  );
  const defaults = strings.find((s) => s.locale === locales[0]);
  for (const s of strings) {
    if (!defaults || s === defaults) continue;
    lines.push(
      ...missingStrings(defaults.values, s.values).map((key) => `${s.file}: "${key}" (lacks ${s.locale})`),
    );
  }
  return lines;
}
