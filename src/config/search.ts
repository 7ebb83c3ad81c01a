/**
 * Search settings, shared by Starlight's index build (astro.config.mjs, `pagefind`) and the
 * search box (src/components/overrides/Search.astro).
 */
export const pagefindOptions = {
  ranking: {
    // Starlight's defaults, written out: the search box gets exactly this object.
    pageLength: 0.1,
    termFrequency: 0.1,
    termSaturation: 2,
    termSimilarity: 9,
    diacriticSimilarity: 0.8,
    // Page titles weigh more than body text, so the page that answers a query ranks first; a
    // page's search terms (frontmatter `keywords`, a metadata field) weigh like its description.
    metaWeights: { title: 8, keywords: 3 },
  },
};

/** While the reader is typing, the search box waits this long after the last keystroke. */
export const searchDebounceMs = 100;
