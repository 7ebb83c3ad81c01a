/**
 * `<site-search>`: the header search button and dialog (markup in
 * src/components/overrides/Search.astro). The Pagefind UI is imported the first time someone
 * shows they are about to search, so pages that are only read never download it.
 */
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

class SiteSearch extends HTMLElement {
  #ui: Promise<void> | undefined;

  /** Loads and starts the Pagefind UI once; later calls wait for the same promise. */
  load(): Promise<void> {
    if (import.meta.env.DEV) return Promise.resolve();
    if (this.#ui) return this.#ui;
    const base = import.meta.env.BASE_URL;
    const bundlePath = `${base.replace(/\/$/, '')}/pagefind/`;
    const { debounceTimeoutMs, ...searchOptions } = JSON.parse(this.dataset.config || '{}');
    // The UI starts Pagefind only at the first keystroke. Starting it now, in parallel with the
    // UI's own download, means its index and WebAssembly are ready sooner; the UI then finds
    // the same, already started, instance (pagefind.js keeps one per page). Without its shared
    // worker the first search came back sooner in our measurements (scripts/bench).
    const engine = import(/* @vite-ignore */ `${bundlePath}pagefind.js`).then(
      async (pagefind: { options(o: object): Promise<void>; init(): Promise<void> }) => {
        await pagefind.options({ ...searchOptions, baseUrl: base, excerptLength: 12, noWorker: true });
        await pagefind.init();
      },
    );
    this.#ui = import('@pagefind/default-ui').then(({ PagefindUI }) => {
      new PagefindUI({
        ...searchOptions,
        debounceTimeoutMs,
        element: '#starlight__search',
        baseUrl: base,
        bundlePath,
        showImages: false,
        translations: JSON.parse(this.dataset.translations || '{}'),
        showSubResults: true,
      });
    });
    void engine.catch(() => {
      // The UI loads Pagefind itself too, and reports any failure in its own way.
    });
    return this.#ui;
  }

  connectedCallback() {
    const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
    const closeBtn = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
    const dialog = this.querySelector('dialog')!;
    const frame = this.querySelector('.dialog-frame')!;

    /** Closes the dialog on a click on a result link or outside it. */
    const onClick = (event: MouseEvent) => {
      const isLink = 'href' in (event.target || {});
      if (isLink || (document.body.contains(event.target as Node) && !frame.contains(event.target as Node))) {
        close();
      }
    };
    const open = (event?: Event) => {
      event?.stopPropagation();
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      window.addEventListener('click', onClick);
      void this.load().then(() => {
        if (dialog.open) this.querySelector('input')?.focus();
      });
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
      document.body.toggleAttribute('data-search-modal-open', false);
      window.removeEventListener('click', onClick);
    });
    window.addEventListener('keydown', (event) => {
      const shortcut = (event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k';
      const slash = event.key === '/' && !event.metaKey && !event.ctrlKey && !isTyping(event.target);
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
