import type { Plugin } from 'vite';

/**
 * Starlight's search box waits Pagefind's default 300 ms after the last keystroke before it
 * searches, and its settings cannot change that. This adds Pagefind UI's own
 * `debounceTimeoutMs` option to the config Starlight hands to the search box, so results show
 * sooner while fast typing still runs one search.
 */
export function searchDelay(ms: number): Plugin {
  return {
    name: 'site:search-delay',
    enforce: 'post',
    transform(code, id) {
      if (!id.includes('virtual:starlight/pagefind-config')) return undefined;
      return { code: `${code}\npagefindUserConfig.debounceTimeoutMs = ${ms};\n`, map: null };
    },
  };
}
