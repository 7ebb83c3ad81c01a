/**
 * "On this page": marks the link of the section being read (src/components/overrides/
 * TableOfContents.astro and MobileTableOfContents.astro). Starlight's own script watches every
 * element of the page from load; this one waits for the first scroll, then on each frame of
 * scrolling finds the last heading above the top of the reading area. The mobile bar also shows
 * that section's name and closes on a choice, a click outside or Escape.
 */
class TableOfContents extends HTMLElement {
  #current: HTMLAnchorElement | null = null;

  protected set current(link: HTMLAnchorElement) {
    if (link === this.#current) return;
    this.#current?.removeAttribute('aria-current');
    link.setAttribute('aria-current', 'true');
    this.#current = link;
  }

  connectedCallback() {
    // Until the page moves, the first link (the page title) is current.
    const first = this.querySelector('a');
    if (first) this.current = first;
    addEventListener('scroll', () => this.start(), { passive: true, once: true });
    if (location.hash) requestAnimationFrame(() => this.start());
  }

  #started = false;
  start() {
    if (this.#started) return;
    this.#started = true;
    const links = [...this.querySelectorAll('a')];
    const targets = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
    let frame = 0;
    const update = () => {
      frame = 0;
      // The reading area starts below the page header (and the mobile bar), plus a margin.
      const header = document.querySelector('header')?.getBoundingClientRect().height ?? 0;
      const bar = this.matches('mobile-starlight-toc') ? this.getBoundingClientRect().height : 0;
      const top = header + bar + 48;
      let index = 0;
      targets.forEach((heading, i) => {
        if (heading?.getClientRects().length && heading.getBoundingClientRect().top <= top) index = i;
      });
      const link = links[index];
      if (link) this.current = link;
    };
    addEventListener('scroll', () => (frame ||= requestAnimationFrame(update)), { passive: true });
    update();
  }
}

class MobileTableOfContents extends TableOfContents {
  protected override set current(link: HTMLAnchorElement) {
    super.current = link;
    const display = this.querySelector<HTMLElement>('.display-current');
    if (display) display.textContent = link.textContent;
  }

  override connectedCallback() {
    super.connectedCallback();
    const details = this.querySelector('details');
    if (!details) return;
    const close = () => (details.open = false);
    details.querySelectorAll('a').forEach((a) => a.addEventListener('click', close));
    addEventListener('click', (event) => {
      if (!details.contains(event.target as Node)) close();
    });
    addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !details.open) return;
      const hadFocus = details.contains(document.activeElement);
      close();
      if (hadFocus) details.querySelector('summary')?.focus();
    });
  }
}

export function defineTableOfContents() {
  if (!customElements.get('starlight-toc')) customElements.define('starlight-toc', TableOfContents);
  if (!customElements.get('mobile-starlight-toc'))
    customElements.define('mobile-starlight-toc', MobileTableOfContents);
}
