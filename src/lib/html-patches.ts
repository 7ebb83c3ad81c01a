/**
 * Small fixes to Starlight's markup, applied to the built HTML.
 *
 * Search button: it is named "Search" (aria-label) but visibly reads "Search Ctrl K", so the
 * visible text is not part of its name (WCAG 2.5.3, label in name). The name becomes the
 * visible text, and spaces separate the words so both read "Search Ctrl K".
 */
export function patchSearchButtonLabel(html: string): string {
  return html.replace(
    /(<button data-open-modal[^>]*?aria-label=")([^"]*)("[^>]*>[\s\S]*?<\/span>)(<kbd[^>]*>)(<kbd[^>]*>)([^<]*)(<\/kbd>)(<kbd[^>]*>)([^<]*)(<\/kbd>)/,
    (...m: string[]) => {
      const [, start, label, middle, outer, open1, key1, close1, open2, key2, close2] = m;
      return `${start}${label} ${key1} ${key2}${middle} ${outer}${open1}${key1}${close1} ${open2}${key2}${close2}`;
    },
  );
}
