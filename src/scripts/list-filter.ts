import { rowMatches } from '../lib/filter';
import { format } from '../lib/format';

/**
 * `<cmp-filter>`: narrows the comparison rows on the page by text and to differences only.
 * The markup is server-rendered; CSS hides it when scripting is off (it could not work then).
 */
class ComparisonFilter extends HTMLElement {
  connectedCallback() {
    const text = this.querySelector<HTMLInputElement>('input[name="q"]')!;
    const diff = this.querySelector<HTMLInputElement>('input[name="diff"]')!;
    const status = this.querySelector<HTMLElement>('.cmp-filter-status')!;
    const rows = [...document.querySelectorAll<HTMLTableRowElement>('tr[data-row]')];
    const blocks = [...document.querySelectorAll<HTMLElement>('[data-comparison]')];
    const apply = () => {
      let shown = 0;
      for (const row of rows) {
        const visible = rowMatches(
          row.textContent ?? '',
          row.dataset.same === 'true',
          text.value,
          diff.checked,
        );
        row.hidden = !visible;
        if (visible) shown++;
      }
      for (const block of blocks) {
        block.classList.toggle('is-empty', !block.querySelector('tr[data-row]:not([hidden])'));
      }
      const filtering = text.value.trim() !== '' || diff.checked;
      status.textContent = !filtering
        ? ''
        : shown === 0
          ? this.dataset.templateNone!
          : format(this.dataset.templateShown!, { shown, total: rows.length });
    };
    text.addEventListener('input', apply);
    diff.addEventListener('change', apply);
    apply();
  }
}

export function defineComparisonFilter() {
  if (!customElements.get('cmp-filter')) customElements.define('cmp-filter', ComparisonFilter);
}
