import { rowMatches } from '../lib/filter';
import { format } from '../lib/format';

/**
 * `<cmp-filter>`: narrows the items of the page (comparison rows, glossary terms) by text and,
 * where there is the switch, to differences only. A group (a comparison table, a glossary
 * letter) with nothing left in it is hidden, with the section heading before it. The filter
 * lives in the address (`?q=lora&diff=1`), so a filtered view can be shared. The markup is
 * server-rendered (src/components/ListFilter.astro); CSS hides it when scripting is off.
 */
class ListFilter extends HTMLElement {
  connectedCallback() {
    const text = this.querySelector<HTMLInputElement>('input[name="q"]')!;
    const diff = this.querySelector<HTMLInputElement>('input[name="diff"]');
    const status = this.querySelector<HTMLElement>('.cmp-filter-status')!;
    const items = [...document.querySelectorAll<HTMLElement>(this.dataset.items!)];
    const groups = [...document.querySelectorAll<HTMLElement>(this.dataset.groups!)];
    const params = new URLSearchParams(location.search);
    // Bounded, as every value read from an address is.
    text.value = (params.get('q') ?? '').slice(0, 100);
    if (diff) diff.checked = params.get('diff') === '1';

    const apply = () => {
      let shown = 0;
      for (const item of items) {
        const visible = rowMatches(
          item.textContent ?? '',
          item.dataset.same === 'true',
          text.value,
          diff?.checked ?? false,
        );
        item.hidden = !visible;
        if (visible) shown++;
      }
      for (const group of groups) {
        const empty = !items.some((item) => !item.hidden && group.contains(item));
        group.hidden = empty;
        const heading = group.previousElementSibling;
        if (heading instanceof HTMLElement && heading.matches('.sl-heading-wrapper, h2, h3'))
          heading.hidden = empty;
      }
      const filtering = text.value.trim() !== '' || !!diff?.checked;
      status.textContent = !filtering
        ? ''
        : shown === 0
          ? this.dataset.templateNone!
          : format(this.dataset.templateShown!, { shown, total: items.length });
    };
    const remember = () => {
      const url = new URL(location.href);
      if (text.value.trim()) url.searchParams.set('q', text.value.trim());
      else url.searchParams.delete('q');
      if (diff?.checked) url.searchParams.set('diff', '1');
      else url.searchParams.delete('diff');
      history.replaceState(history.state, '', url);
    };
    const update = () => {
      apply();
      remember();
    };
    text.addEventListener('input', update);
    diff?.addEventListener('change', update);
    // Everything is shown as built; only a filter from the address needs a first pass. A link
    // to an item (#row-id) that its own filter would hide gets the item: the filter is lifted,
    // with a line saying so, rather than opening on a page without the row it was sent for.
    if (text.value.trim() || diff?.checked) {
      apply();
      const id = decodeURIComponent(location.hash.slice(1));
      const target = id ? document.getElementById(id) : null;
      if (target && items.some((item) => item.hidden && item.contains(target))) {
        text.value = '';
        if (diff) diff.checked = false;
        update();
        status.textContent = this.dataset.templateLifted!;
        target.scrollIntoView();
      }
    }
  }
}

export function defineListFilter() {
  if (!customElements.get('cmp-filter')) customElements.define('cmp-filter', ListFilter);
}
