/**
 * Small fixes to Starlight's and Expressive Code's markup, applied to the built HTML before
 * each page's Content-Security-Policy is computed (src/integrations/csp.ts). Each one is
 * checked by html-validate (`npm run test:html`) or axe, and has a unit test.
 */

/** A start tag whose quoted attribute values may contain ">". */
const startTag = (name: string) => new RegExp(`<${name}\\b((?:[^>"']|"[^"]*"|'[^']*')*)>`, 'gi');

/** Runs `patch` on the markup only, leaving the text of <script> and <style> elements alone. */
function outsideScriptsAndStyles(html: string, patch: (markup: string) => string): string {
  return html
    .split(/(<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>)/i)
    .map((part, i) => (i % 2 ? part : patch(part)))
    .join('');
}

/** True if the attribute text (values blanked) has an attribute of that name. */
const hasAttribute = (attributes: string, name: string) =>
  new RegExp(`(^|\\s)${name}(\\s*=|\\s|$)`, 'i').test(attributes.replace(/"[^"]*"|'[^']*'/g, '""'));

/**
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

/**
 * Button types: Starlight's and Expressive Code's buttons (search, menu, copy) have no type, so
 * each would submit a form if it were ever placed in one. They get type="button".
 */
export function addButtonTypes(html: string): string {
  return outsideScriptsAndStyles(html, (markup) =>
    markup.replace(startTag('button'), (tag, attributes: string) =>
      hasAttribute(attributes, 'type') ? tag : `<button type="button"${attributes}>`,
    ),
  );
}

/**
 * Code blocks: Expressive Code writes each line as <div>s inside <code>, which only allows
 * phrasing content, so they become <span>s; its styles select them by class and set their
 * display, so they look the same. Its copy button, named only by a title, gets the same
 * aria-label, and the <div> that draws its hover background becomes a <span> (styled in
 * src/styles/theme.css).
 */
export function patchCodeBlocks(html: string): string {
  return outsideScriptsAndStyles(html, (markup) =>
    markup
      .replace(
        /(<code\b[^>]*>)([\s\S]*?)(<\/code>)/gi,
        (_, open: string, body: string, close: string) =>
          `${open}${body.replace(/<(\/?)div\b/gi, '<$1span')}${close}`,
      )
      .replace(
        /<button\b((?:[^>"']|"[^"]*"|'[^']*')*)><div><\/div><\/button>/gi,
        (tag, attributes: string) => {
          if (!hasAttribute(attributes, 'data-code')) return tag;
          const title = /\stitle="([^"]*)"/.exec(attributes)?.[1];
          const label = title && !hasAttribute(attributes, 'aria-label') ? ` aria-label="${title}"` : '';
          return `<button${attributes}${label}><span></span></button>`;
        },
      ),
  );
}

/** Every patch, in order. */
export function patchHtml(html: string): string {
  return addButtonTypes(patchCodeBlocks(patchSearchButtonLabel(html)));
}
