/**
 * The cost calculator's island: a thin custom element over the engine (src/lib/cost/). It reads
 * the inputs from the URL, keeps them there as they change (replaceState, so Back leaves the
 * page), and redraws the server-rendered result in place.
 */
import { format } from '../lib/format';
import { routesOf, type PriceBook } from '../lib/cost/catalog';
import {
  changesSince,
  priceNotes,
  routeOptions,
  sourcesOf,
  staleNotice,
  tierOptions,
  type Option,
} from '../lib/cost/options';
import {
  BOUNDS,
  defaultState,
  formatAmount,
  inBounds,
  parseAmount,
  parseState,
  regionOf,
  serializeState,
  toInputs,
  type State,
} from '../lib/cost/state';
import { view, type ViewStrings } from '../lib/cost/view';

interface Config {
  lang: string;
  /** How the page writes dates (src/config/locales.ts), so the island writes them the same way. */
  dateFormat: Intl.DateTimeFormatOptions;
  book: PriceBook;
  strings: ViewStrings & Record<string, string>;
}

type Key = keyof typeof BOUNDS;

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

class CostCalculator extends HTMLElement {
  config!: Config;
  state!: State;
  form!: HTMLElement;

  /** The day of the prices a link carries: the link's own until the reader changes something. */
  asof: string | null = null;
  date!: (day: string) => string;

  connectedCallback() {
    this.config = JSON.parse(this.dataset.config!);
    this.form = this.querySelector('.cc-form')!;
    const day = new Intl.DateTimeFormat(this.config.lang, { ...this.config.dateFormat, timeZone: 'UTC' });
    this.date = (d) => day.format(new Date(`${d}T00:00:00Z`));
    const { state, invalid } = parseState(location.search, this.config.book);
    this.asof = state.asof;
    this.state = state;
    const notice = this.querySelector<HTMLElement>('.cc-notice')!;
    if (invalid.length) {
      notice.hidden = false;
      notice.textContent = format(this.config.strings['cost.reset']!, { fields: invalid.join(', ') });
    }
    this.fill();
    this.form.addEventListener('input', (event) => this.onInput(event.target as HTMLInputElement));
    this.update(invalid.length > 0 || location.search !== '');
  }

  field(name: string) {
    return this.form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  }

  /** Replaces a select's options, keeping the chosen value where it is still offered. */
  options(name: string, list: Option[], chosen: string) {
    const select = this.field(name) as unknown as HTMLSelectElement;
    select.replaceChildren(...list.map((o) => new Option(o.label, o.value, false, o.value === chosen)));
    select.disabled = list.length < 2;
  }

  /** Puts the state into the form: the price book's values where no custom value is set. */
  fill() {
    const s = this.state;
    const { book, strings, lang } = this.config;
    const region = regionOf(s, book);
    const i = toInputs(s, book);
    const set = (name: string, value: string | number) => {
      this.field(name).value = Number.isNaN(value) ? '' : String(value);
    };
    set('tin', formatAmount(s.tin));
    set('tout', formatAmount(s.tout));
    set('region', region);
    for (const option of (this.field('model') as unknown as HTMLSelectElement).options) {
      const model = book.models.find((m) => m.id === option.value);
      if (model) option.dataset.base ??= option.text.replace(` (${strings['cost.noPriceOption']})`, '');
      if (model)
        option.text = `${option.dataset.base}${routesOf(book, region, model.id).length ? '' : ` (${strings['cost.noPriceOption']})`}`;
    }
    set('model', s.in === null && s.out === null ? s.model : '');
    const routes = routeOptions(book, s, strings, lang);
    this.options('route', routes, i.missing.includes('price') ? '' : (s.route ?? routes[0]?.value ?? ''));
    this.options('tier', tierOptions(book, s, strings, lang), s.tier);
    set('in', i.inPrice);
    set('out', i.outPrice);
    set('batch', s.batch);
    set('cache', s.cache);
    set('inst', s.rate === null ? s.inst : '');
    set('rate', i.rate);
    set('tps', i.tps);
    set('hours', s.hours);
    set('disc', s.disc);
    set('people', s.people);
    (
      this.form.querySelector(`[name=count][value=${s.n === null ? 'auto' : 'set'}]`) as HTMLInputElement
    ).checked = true;
    if (s.n !== null) set('n', s.n);
    if (s.req !== null) set('req', formatAmount(s.req));
    this.showMode(s.req !== null);
    this.syncRequests();
  }

  /** Shows the monthly-totals fields or the requests × tokens-per-request fields. */
  showMode(requests: boolean) {
    for (const group of this.querySelectorAll<HTMLElement>('[data-mode]'))
      group.hidden = group.dataset.mode !== (requests ? 'requests' : 'totals');
    (
      this.form.querySelector(`[name=mode][value=${requests ? 'requests' : 'totals'}]`) as HTMLInputElement
    ).checked = true;
  }

  /** Keeps the requests view's fields in line with the totals. */
  syncRequests() {
    const req = parseAmount(this.field('req').value, this.config.lang) || 1e6;
    this.field('avgin').value = String(Math.round((this.state.tin / req) * 100) / 100);
    this.field('avgout').value = String(Math.round((this.state.tout / req) * 100) / 100);
  }

  /** Marks a field valid or not; an invalid one keeps the last valid value in the state. */
  check(input: HTMLInputElement, ok: boolean, message: string) {
    const error = input.parentElement!.querySelector<HTMLElement>('.cc-error')!;
    input.setAttribute('aria-invalid', String(!ok));
    error.hidden = ok;
    error.textContent = ok ? '' : message;
    if (error.id === '') error.id = `cc-error-${input.name}`;
    const described = (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((id) => id && id !== error.id);
    if (!ok) described.push(error.id);
    if (described.length) input.setAttribute('aria-describedby', described.join(' '));
    else input.removeAttribute('aria-describedby');
    return ok;
  }

  onInput(input: HTMLInputElement) {
    const { book, strings } = this.config;
    const s = this.state;
    const name = input.name;
    const initial = defaultState(book);
    this.asof = null;
    if (name === 'mode') {
      this.showMode(input.value === 'requests');
      s.req =
        input.value === 'requests' ? parseAmount(this.field('req').value, this.config.lang) || 1e6 : null;
      this.syncRequests();
      this.update(true);
      return;
    }
    if (name === 'model') {
      if (input.value)
        Object.assign(s, { model: input.value, in: null, out: null, route: null, tier: 'standard' });
      this.fill();
    } else if (name === 'region') {
      Object.assign(s, { region: input.value, route: null, tier: 'standard' });
      this.fill();
    } else if (name === 'route') {
      Object.assign(s, { route: input.value, tier: 'standard', in: null, out: null });
      this.fill();
    } else if (name === 'tier') {
      Object.assign(s, { tier: input.value, in: null, out: null });
      this.fill();
    } else if (name === 'inst') {
      if (input.value) Object.assign(s, { inst: input.value, rate: null, tps: null });
      this.fill();
    } else if (name === 'count') {
      const set = input.value === 'set';
      this.field('n').disabled = !set;
      s.n = set ? Number(this.field('n').value) || this.last?.result.instances || 1 : null;
      if (set) this.field('n').value = String(s.n);
    } else if (name === 'tin' || name === 'tout' || name === 'req') {
      const value = parseAmount(input.value, this.config.lang);
      // Requests are checked against the token bound, as they become token counts.
      const ok = this.check(
        input,
        inBounds(name === 'req' ? 'tin' : name, value),
        strings['cost.invalidAmount']!,
      );
      if (!ok) return;
      if (name === 'req') {
        s.req = value;
        s.tin = Math.round(value * Number(this.field('avgin').value || 0));
        s.tout = Math.round(value * Number(this.field('avgout').value || 0));
      } else {
        s[name] = value;
      }
    } else if (name === 'avgin' || name === 'avgout') {
      const value = Number(input.value);
      const ok = this.check(
        input,
        input.value !== '' && value >= 0 && value <= 1e7,
        format(strings['cost.invalid']!, { min: 0, max: 1e7 }),
      );
      if (!ok) return;
      const req = parseAmount(this.field('req').value, this.config.lang);
      if (!(req >= 0)) return;
      s[name === 'avgin' ? 'tin' : 'tout'] = Math.min(BOUNDS.tin[1], Math.round(req * value));
    } else if (name in BOUNDS) {
      const key = name as Key;
      const value = Number(input.value);
      const [min, max] = BOUNDS[key];
      const ok = input.value !== '' && inBounds(key, value);
      if (!this.check(input, ok, format(strings['cost.invalid']!, { min, max }))) return;
      if (key === 'in' || key === 'out') {
        // Editing a price turns the book's pair into custom prices.
        const i = toInputs(s, book);
        s.in ??= Number.isNaN(i.inPrice) ? 0 : i.inPrice;
        s.out ??= Number.isNaN(i.outPrice) ? 0 : i.outPrice;
        this.field('model').value = '';
      }
      if (key === 'rate') this.field('inst').value = '';
      (s as unknown as Record<Key, number | null>)[key] = value;
      if (key === 'tps' && value === book.instances.find((i) => i.id === s.inst)!.tps) s.tps = initial.tps;
    }
    this.update(true);
  }

  last: ReturnType<typeof view> | undefined;

  /** Recomputes and redraws; `write` also puts the state into the URL. */
  update(write: boolean) {
    const start = performance.now();
    const { book, strings, lang } = this.config;
    const s = this.state;
    const inputs = toInputs(s, book);
    const out = view(inputs, strings, lang, 'cc-chart');
    this.last = out;
    const text = (key: string, value: string) => {
      const el = this.querySelector<HTMLElement>(`[data-out="${key}"]`)!;
      if (el.textContent !== value) el.textContent = value;
      el.hidden = value === '' && el.hasAttribute('role');
    };
    text('bedrock', out.bedrock);
    text('sagemaker', out.sagemaker);
    text('parts', out.parts);
    text('difference', out.difference);
    text('load', out.load);
    text('verdict', out.verdict);
    text('summary', out.summary);
    this.querySelector('[data-out="chart"]')!.innerHTML = out.chart;
    this.querySelector('[data-out="points"]')!.innerHTML = out.points
      .map(([a, b, c]) => `<tr><th scope="row">${esc(a)}</th><td>${esc(b)}</td><td>${esc(c)}</td></tr>`)
      .join('');
    if (s.n === null) this.field('n').value = String(out.result.instances);
    const link = this.querySelector<HTMLAnchorElement>('[data-out="model-link"]')!;
    link.hidden = s.in !== null || s.out !== null;
    link.hash = s.model;
    const notes = priceNotes(book, s, strings, lang);
    text('batch-note', notes.batch);
    text('cache-note', notes.cache);
    const inst = book.instances.find((i) => i.id === s.inst)!;
    const region = regionOf(s, book);
    text(
      'rate-note',
      inputs.missing.includes('rate')
        ? format(strings['cost.rateMissing']!, {
            inst: inst.id,
            region: book.regions.find((r) => r.code === region)!.name,
          })
        : strings[s.rate === null ? 'cost.rateNote' : 'cost.rateCustom']!,
    );
    text(
      'tps-note',
      s.tps !== null
        ? strings['cost.tpsCustom']!
        : inst.basis
          ? format(strings['cost.tpsNote']!, { basis: inst.basis })
          : strings['cost.tpsMissing']!,
    );
    text(
      'month-note',
      format(strings['cost.month']!, {
        hours: s.hours,
        monthly: Math.round(((s.hours * 365) / 12) * 10) / 10,
      }),
    );
    text(
      'asof',
      format(strings['cost.asOf']!, {
        date: this.date(book.asOf),
        sources: sourcesOf(book, s)
          .map(([title, day]) => format(strings['cost.sourceLine']!, { title, date: this.date(day) }))
          .join('; '),
      }),
    );
    text('stale', staleNotice(book, new Date().toISOString().slice(0, 10), strings, this.date));
    const since = changesSince(book, { ...s, asof: this.asof }, strings, lang);
    text(
      'since',
      since.length
        ? format(strings['cost.since']!, { date: this.date(this.asof!), list: since.join('; ') })
        : '',
    );
    const query = serializeState(s, book, this.asof ?? book.asOf);
    const url = new URL(location.href);
    url.search = query;
    url.hash = '';
    if (write && url.href !== location.href) history.replaceState(history.state, '', url);
    this.querySelector<HTMLAnchorElement>('[data-out="share"]')!.href = url.href;
    text('url', url.href);
    performance.measure('cost-recompute', { start });
  }
}

export function defineCostCalculator() {
  if (!customElements.get('cost-calculator')) customElements.define('cost-calculator', CostCalculator);
}
