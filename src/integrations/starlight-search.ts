/**
 * Swaps two parts of Starlight's Search component in the build, so that the component itself is
 * used as it is (src/components/overrides/Search.astro wraps it; why: there):
 * - its script module becomes the site's (src/scripts/site-search.ts);
 * - the Pagefind UI stylesheet its styles import becomes src/styles/search.css.
 * The build fails if Starlight's script is no longer where this looks for it, rather than ship
 * both scripts.
 */
import { fileURLToPath } from 'node:url';
import type { AliasOptions, Plugin } from 'vite';

const siteScript = fileURLToPath(new URL('../scripts/site-search.ts', import.meta.url));
const starlightScript =
  /\/@astrojs\/starlight\/dist\/components\/Search\.astro\?astro&type=script&index=0&lang\.ts$/;

export const searchStylesheetAlias: Extract<AliasOptions, readonly unknown[]>[number] = {
  find: '@pagefind/default-ui/css/ui.css',
  replacement: fileURLToPath(new URL('../styles/search.css', import.meta.url)),
};

export function starlightSearchScript(): Plugin {
  let swapped = false;
  return {
    name: 'site:starlight-search-script',
    enforce: 'post',
    transform(_code, id) {
      if (this.environment.name !== 'client' || !starlightScript.test(id)) return;
      swapped = true;
      return {
        code: `import { defineSiteSearch } from ${JSON.stringify(siteScript)};\ndefineSiteSearch();\n`,
        map: null,
      };
    },
    generateBundle() {
      if (this.environment.name === 'client' && !swapped) {
        this.error(
          "Starlight's Search script (Search.astro, script 0) was not found, so the site's search script did not replace it: see src/integrations/starlight-search.ts.",
        );
      }
    },
  };
}
