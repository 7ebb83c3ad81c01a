/**
 * `<site-search>`: the header search button and dialog. It stands in for the script of
 * Starlight's Search component (swapped in the build by src/integrations/starlight-search.ts;
 * why: src/components/overrides/Search.astro), over Starlight's markup and the form that
 * Search.astro adds. Pagefind and the search form's script (search-results.ts) are imported the
 * first time someone shows they are about to search, so pages that are only read never download
 * them.
 */
import type { Engine } from './search-results';

type Pagefind = Engine & { options(o: object): Promise<void>; init(): Promise<void> };

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

class SiteSearch extends HTMLElement {
  #ui: Promise<void> | undefined;
  /** The form, its strings and options: a template beside Starlight's markup (none in dev). */
  #form = document.querySelector<HTMLTemplateElement>('template#site-search-form');

  /** Loads Pagefind and brings the search form to life once; later calls get the same promise. */
  load(): Promise<void> {
    if (import.meta.env.DEV) return Promise.resolve();
    if (this.#ui) return this.#ui;
    const base = import.meta.env.BASE_URL;
    const bundlePath = `${base.replace(/\/$/, '')}/pagefind/`;
    const { debounceTimeoutMs, ...searchOptions } = JSON.parse(this.#form?.dataset.config || '{}');
    // The engine (its script, index and WebAssembly) and the form's script load side by side.
    // Without its shared worker the first search came back sooner in our measurements
    // (scripts/bench).
    const engine = import(/* @vite-ignore */ `${bundlePath}pagefind.js`).then(async (pagefind: Pagefind) => {
      await pagefind.options({ ...searchOptions, baseUrl: base, excerptLength: 12, noWorker: true });
      await pagefind.init();
      return pagefind;
    });
    // A failure shows as a message at the first search.
    void engine.catch(() => undefined);
    const root = this.querySelector<HTMLElement>('#starlight__search');
    this.#ui = import('./search-results').then(({ mountSearch }) => {
      if (!root) return;
      mountSearch(root, engine, JSON.parse(this.#form?.dataset.strings || '{}'), {
        lang: document.documentElement.lang,
        debounceMs: Number(debounceTimeoutMs) || 0,
      });
    });
    return this.#ui;
  }

  connectedCallback() {
    const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
    const closeBtn = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
    const dialog = this.querySelector('dialog')!;
    const frame = this.querySelector('.dialog-frame')!;
    const results = this.querySelector('#starlight__search');
    if (this.#form && results && !results.firstElementChild)
      results.append(this.#form.content.cloneNode(true));
    // Starlight names the button "Search" (aria-label) while it shows "Search Ctrl K": its shown
    // text becomes its name (WCAG 2.5.3, label in name; on phones the label is visually hidden,
    // by Search.astro's styles, not removed). "/" opens search too.
    openBtn.removeAttribute('aria-label');
    openBtn.querySelector('span[aria-hidden]')?.removeAttribute('aria-hidden');
    openBtn.ariaKeyShortcuts += ' /';

    /** Closes the dialog on a click on a result link or outside it. */
    const onClick = (event: MouseEvent) => {
      const isLink = 'href' in (event.target || {});
      if (isLink || (document.body.contains(event.target as Node) && !frame.contains(event.target as Node))) {
        close();
      }
    };
    const open = (event?: Event) => {
      event?.stopPropagation();
      // Search's files are asked for first: they travel while the dialog is laid out.
      void this.load();
      dialog.showModal();
      window.addEventListener('click', onClick);
      this.querySelector('input')?.focus();
    };
    const close = () => dialog.close();

    // Intent: about to press the button, or a keyboard shortcut.
    const warm = () => void this.load();
    for (const type of ['pointerenter', 'focus', 'touchstart'] as const) {
      openBtn.addEventListener(type, warm, { once: true, passive: true });
    }
    openBtn.addEventListener('click', open);
    openBtn.disabled = false;
    closeBtn.addEventListener('click', close);
    dialog.addEventListener('close', () => {
      window.removeEventListener('click', onClick);
    });
    window.addEventListener('keydown', (event) => {
      const shortcut = (event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k';
      // The search box itself does not count as a field being typed in once its dialog has
      // closed: until the browser's next rendering step, focus can still be on it.
      const inClosedDialog = !dialog.open && dialog.contains(event.target as Node);
      const slash =
        event.key === '/' && !event.metaKey && !event.ctrlKey && (!isTyping(event.target) || inClosedDialog);
      if (shortcut) {
        event.preventDefault();
        if (dialog.open) close();
        else open();
      } else if (slash && !dialog.open) {
        event.preventDefault();
        open();
      }
    });
  }
}

export function defineSiteSearch() {
  if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
}
