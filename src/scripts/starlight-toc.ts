/**
 * "On this page": marks the link of the section being read. This module stands in for
 * Starlight's own `starlight-toc` script (astro.config.mjs aliases
 * `components-internals/TableOfContents/starlight-toc` here; written against Starlight 0.42.4),
 * so Starlight's TableOfContents and MobileTableOfContents components are used as they are,
 * markup and styles included, and its mobile bar extends this class as it extends its own.
 *
 * Why: Starlight's script watches every element of the page with an IntersectionObserver from
 * load; on /decide/ that measured 215–526 ms of blocking time in Lighthouse (docs/PERFORMANCE.md).
 * This one does nothing until the page scrolls (or opens at an anchor); then, once per frame of
 * scrolling, it finds the last heading above the top of the reading area.
 */
export class StarlightTOC extends HTMLElement {
  #current?: HTMLAnchorElement;

  set current(link: HTMLAnchorElement) {
    this.#current?.removeAttribute('aria-current');
    link.setAttribute('aria-current', 'true');
    this.#current = link;
  }

  connectedCallback() {
    const links = [...this.querySelectorAll('a')];
    // Until the page moves, the first link (the page title) is current.
    if (links[0]) this.current = links[0];
    let frame = 0;
    let targets: (HTMLElement | null)[] | undefined;
    const update = () => {
      frame = 0;
      // The reading area starts below the page header (and the mobile bar: the element itself is
      // inline, its <nav> has the height), plus a margin.
      const top =
        (document.querySelector('header')?.offsetHeight ?? 0) +
        (this.matches('mobile-starlight-toc')
          ? ((this.firstElementChild as HTMLElement | null)?.offsetHeight ?? 0)
          : 0) +
        48;
      // The headings are looked up once, at the first update, not on every frame.
      targets ??= links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
      let current = links[0];
      targets.forEach((heading, i) => {
        if (heading?.getClientRects().length && heading.getBoundingClientRect().top <= top)
          current = links[i];
      });
      if (current && current !== this.#current) this.current = current;
    };
    addEventListener('scroll', () => (frame ||= requestAnimationFrame(update)), { passive: true });
    if (location.hash) requestAnimationFrame(update);
  }
}

if (!customElements.get('starlight-toc')) customElements.define('starlight-toc', StarlightTOC);
