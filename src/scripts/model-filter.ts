/**
 * `<model-filter>`: narrows the rows of /models/ by provider, Region and the three switches, with
 * the same rules as the unit tests (src/lib/models/facts.ts). The filter lives in the address,
 * so a filtered view can be shared; a value the page does not offer is dropped with a message.
 */
import { format } from '../lib/format';
import {
  matches,
  parseFilter,
  serializeFilter,
  type FilterFacts,
  type ModelFilter,
} from '../lib/models/facts';

class ModelFilterElement extends HTMLElement {
  connectedCallback() {
    const regions = JSON.parse(this.dataset.regions!) as { code: string; geo: string }[];
    const status = this.querySelector<HTMLElement>('.cmp-filter-status')!;
    const rows = [...document.querySelectorAll<HTMLElement>('tr[data-facts]')];
    const facts = new Map(rows.map((row) => [row, JSON.parse(row.dataset.facts!) as FilterFacts]));
    const select = (name: string) => this.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
    const box = (name: string) => this.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
    const offered = {
      providers: [...select('provider').options].map((o) => o.value).filter(Boolean),
      regions: regions.map((r) => r.code),
    };
    const { filter, invalid } = parseFilter(location.search, offered);
    const read = (): ModelFilter => ({
      provider: select('provider').value,
      region: select('region').value,
      local: box('local').checked,
      eu: box('eu').checked,
      tune: box('tune').checked,
    });
    select('provider').value = filter.provider;
    select('region').value = filter.region;
    for (const key of ['local', 'eu', 'tune'] as const) box(key).checked = filter[key];

    const apply = (note = '') => {
      const current = read();
      let shown = 0;
      for (const row of rows) {
        const visible = matches(facts.get(row)!, current, regions);
        row.hidden = !visible;
        if (visible) shown++;
      }
      const filtering = serializeFilter(current) !== '';
      status.textContent = [
        note,
        !filtering
          ? ''
          : shown === 0
            ? this.dataset.templateNone!
            : format(this.dataset.templateShown!, { shown, total: rows.length }),
      ]
        .filter(Boolean)
        .join(' ');
    };
    const remember = () => {
      const url = new URL(location.href);
      for (const key of ['provider', 'region', 'local', 'eu', 'tune']) url.searchParams.delete(key);
      for (const [key, value] of new URLSearchParams(serializeFilter(read())))
        url.searchParams.set(key, value);
      history.replaceState(history.state, '', url);
    };
    this.addEventListener('change', () => {
      apply();
      remember();
    });
    if (invalid.length) {
      apply(format(this.dataset.templateReset!, { fields: invalid.join(', ') }));
      remember();
    } else if (serializeFilter(filter)) apply();
  }
}

export function defineModelFilter() {
  if (!customElements.get('model-filter')) customElements.define('model-filter', ModelFilterElement);
}
