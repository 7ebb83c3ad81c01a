/**
 * The search box's form and results, drawn over Pagefind's engine (pagefind.js) without its
 * prebuilt UI. The markup keeps the Pagefind UI's class names, so its stylesheet and
 * Starlight's search styles apply unchanged. Drawing
 * the results ourselves ships about a tenth of the UI's JavaScript, shows the first result
 * as soon as its data arrives, and lets every string come from the site's own UI strings.
 */
import { format } from '../lib/format';

/** The UI strings the search box uses, handed over by Search.astro (keys of content/i18n). */
export interface SearchStrings {
  /** Words a question is made of but pages are not found by ("how", "can", "the"), space-separated. */
  stopWords: string;
  searching: string;
  zero: string;
  one: string;
  many: string;
  failed: string;
}

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: SubResult[];
}
interface Result {
  id: string;
  data(): Promise<ResultData>;
}
export interface Engine {
  search(term: string): Promise<{ results: Result[] } | null>;
}

/** Results shown at first, and added by each "more results". */
const PAGE_SIZE = 5;
/** Sections shown under a page. */
const MAX_SUB_RESULTS = 3;
/** Metadata that is part of the result itself, never shown as a tag. */
const HIDDEN_META = new Set(['title', 'image', 'image_alt', 'url', 'keywords']);

/**
 * The words of a query that can find a page: a question such as "can bedrock do lora fine
 * tuning" becomes "bedrock lora fine tuning" (Pagefind finds pages with every word). A query of
 * filler words only is kept as it is.
 */
export function keywords(query: string, stopWords: string): string {
  const skip = new Set(stopWords.toLocaleLowerCase().split(/\s+/).filter(Boolean));
  const words = query.trim().split(/\s+/).filter(Boolean);
  const kept = words.filter((word) => !skip.has(word.toLocaleLowerCase().replace(/[?!.,;:]+$/, '')));
  return (kept.length ? kept : words).join(' ').replace(/[?!.]+$/, '');
}

/**
 * At most `limit` sections, those with the most matches, kept in page order. The page itself and
 * its top (Starlight's `#_top`, the title and the page's search terms) are not sections: the
 * result's own link already goes there.
 */
export function pickSubResults(data: ResultData, limit = MAX_SUB_RESULTS, words: string[] = []): SubResult[] {
  const subs = data.sub_results ?? [];
  const pageUrl = data.meta.url || data.url;
  const sections = subs.filter((s) => s.url !== pageUrl && !s.url.endsWith('#_top'));
  if (sections.length <= limit) return sections;
  // A section titled with every word of the query is always among them; then the most matches.
  const top = new Set(
    [...sections]
      .sort(
        (a, b) =>
          Number(titleHolds(b.title, words)) - Number(titleHolds(a.title, words)) ||
          b.locations.length - a.locations.length,
      )
      .slice(0, limit)
      .map((s) => s.url),
  );
  return sections.filter((s) => top.has(s.url));
}

/** Lower case without diacritics, so "Lưu trú" and "luu tru" compare equal. */
export const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLocaleLowerCase();

/** Whether a title holds every word of a query (none: false). */
export function titleHolds(title: string, words: string[]): boolean {
  const folded = fold(title);
  return words.length > 0 && words.every((w) => folded.includes(fold(w)));
}

/**
 * Among the first `window` results, the pages with a section titled with every word of the query
 * come first, each group in Pagefind's order. A heading that names the whole query is a stronger
 * sign than many scattered matches, which Pagefind's ranking weighs more in long pages.
 */
export function promoteTitleMatches<T>(items: T[], hit: (item: T) => boolean, window = 8): T[] {
  const head = items.slice(0, window);
  return [...head.filter(hit), ...head.filter((x) => !hit(x)), ...items.slice(window)];
}

/**
 * The part of promoteTitleMatches' order that is already certain while the first `window` items
 * are still being looked at: `known[i]` says whether item i has a section titled with the query
 * (undefined: its data has not arrived). The hits in the known run at the start come first
 * whatever the rest holds; everything is certain once the whole window is known. Drawing this
 * part as data arrives shows the first result without waiting for the slowest of the window.
 */
export function settledHead<T>(items: T[], known: readonly (boolean | undefined)[], window = 8): T[] {
  const head = items.slice(0, window);
  const firstUnknown = head.findIndex((_, i) => known[i] === undefined);
  if (firstUnknown === -1) {
    const hits = new Set(head.filter((_, i) => known[i]));
    return promoteTitleMatches(items, (x) => hits.has(x), window);
  }
  return head.slice(0, firstUnknown).filter((_, i) => known[i]);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A title line with its link: the page's, or a section's under it. */
function titleLink(href: string, title: string) {
  const p = el('p', 'pagefind-ui__result-title');
  const a = el('a', 'pagefind-ui__result-link', title);
  a.href = href;
  p.append(a);
  return p;
}

/** Pagefind's excerpts are built from the indexed text, escaped, with <mark> around matches. */
function excerpt(html: string) {
  const p = el('p', 'pagefind-ui__result-excerpt');
  p.innerHTML = html;
  return p;
}

function renderResult(li: HTMLLIElement, data: ResultData, words: string[]) {
  const inner = el('div', 'pagefind-ui__result-inner');
  const subs = pickSubResults(data, MAX_SUB_RESULTS, words);
  inner.append(titleLink(data.meta.url || data.url, data.meta.title ?? data.url));
  if (!subs.length) inner.append(excerpt(data.excerpt));
  for (const sub of subs) {
    const nested = el('div', 'pagefind-ui__result-nested');
    nested.append(titleLink(sub.url, sub.title), excerpt(sub.excerpt));
    inner.append(nested);
  }
  const tags = Object.entries(data.meta).filter(([key, value]) => !HIDDEN_META.has(key) && value);
  if (tags.length) {
    const ul = el('ul', 'pagefind-ui__result-tags');
    for (const [key, value] of tags) {
      const tag = el(
        'li',
        'pagefind-ui__result-tag',
        `${key.replace(/^\w/, (c) => c.toUpperCase())}: ${value}`,
      );
      tag.dataset.pagefindUiMeta = key;
      ul.append(tag);
    }
    inner.append(ul);
  }
  li.replaceChildren(inner);
}

/** A result's place before its result is known: Pagefind's grey loading bars, hidden from
 * assistive technology (the results area is marked busy meanwhile). */
function placeholder() {
  const li = el('li', 'pagefind-ui__result');
  const inner = el('div', 'pagefind-ui__result-inner');
  inner.setAttribute('aria-hidden', 'true');
  inner.append(
    el('p', 'pagefind-ui__result-title pagefind-ui__loading', '…'),
    el('p', 'pagefind-ui__result-excerpt pagefind-ui__loading', '…'),
  );
  li.append(inner);
  return li;
}

/** The form's parts, rendered by Search.astro with these class names. */
function part<T extends HTMLElement>(root: HTMLElement, className: string): T {
  const found = root.querySelector<T>(`.${className}`);
  if (!found) throw new Error(`search form: .${className} is missing`);
  return found;
}

/**
 * Brings the search form in `root` (rendered by Search.astro) to life: every change of the
 * query runs a search. `engine` resolves once Pagefind has loaded; until then a query waits for
 * it. A query typed before this ran is searched at once.
 */
export function mountSearch(
  root: HTMLElement,
  engine: Promise<Engine>,
  strings: SearchStrings,
  { lang, debounceMs }: { lang: string; debounceMs: number },
) {
  // A count under 1,000 is written the same in every language the site has, and making a
  // number format is slow the first time a page does it (tens of milliseconds, while the
  // first results wait), so one is made only for a larger count.
  let numbers: Intl.NumberFormat | undefined;
  const formatCount = (count: number) =>
    count < 1000 ? String(count) : (numbers ??= new Intl.NumberFormat(lang)).format(count);
  const input = part<HTMLInputElement>(root, 'pagefind-ui__search-input');
  const clear = part<HTMLButtonElement>(root, 'pagefind-ui__search-clear');
  const drawer = part(root, 'pagefind-ui__drawer');
  const area = part(root, 'pagefind-ui__results-area');
  const message = part(root, 'pagefind-ui__message');
  const list = part(root, 'pagefind-ui__results');
  const more = part<HTMLButtonElement>(root, 'pagefind-ui__button');

  let results: Result[] = [];
  let words: string[] = [];
  /** Each result's data, asked for once. */
  const dataOf = new Map<Result, Promise<ResultData>>();
  const load = (result: Result) => {
    if (!dataOf.has(result)) dataOf.set(result, result.data());
    return dataOf.get(result)!;
  };
  let shown = 0;
  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSearch = 0;

  /** Draws `items` from the next undrawn one up to `limit`, each in the next place of the list
   * (a placeholder drawn when the count arrived, or a new one); each fills in as its data arrives. */
  const draw = (items: Result[], limit: number) => {
    const current = run;
    for (const result of items.slice(shown, limit)) {
      let li = list.children[shown] as HTMLLIElement | undefined;
      if (!li) list.append((li = placeholder()));
      shown++;
      void load(result).then((data) => {
        if (current === run) renderResult(li, data, words);
      });
    }
  };
  /** Adds the next page of results. */
  const showMore = () => {
    draw(results, shown + PAGE_SIZE);
    more.hidden = shown >= results.length;
  };

  const search = async (term: string) => {
    const current = ++run;
    dataOf.clear();
    lastSearch = performance.now();
    drawer.classList.toggle('pagefind-ui__hidden', !term);
    clear.hidden = !term;
    if (!term) {
      list.replaceChildren();
      message.textContent = '';
      more.hidden = true;
      return;
    }
    area.setAttribute('aria-busy', 'true');
    let found: { results: Result[] } | null;
    try {
      const pagefind = await engine;
      const query = keywords(term, strings.stopWords);
      found = await pagefind.search(query);
      // A page must have every word. When that leaves fewer than three pages, the pages that
      // have all words but the rarest one follow them (a question's odd word, such as "myself",
      // should not hide the page that answers it).
      const words = query.split(' ');
      if (found && found.results.length < 3 && words.length > 1) {
        const alone = await Promise.all(words.map((word) => pagefind.search(word)));
        const counts = alone.map((r) => r?.results.length ?? 0);
        const rarest = counts.indexOf(Math.min(...counts));
        const relaxed = await pagefind.search(words.filter((_, i) => i !== rarest).join(' '));
        const seen = new Set(found.results.map((r) => r.id));
        found = { results: [...found.results, ...(relaxed?.results ?? []).filter((r) => !seen.has(r.id))] };
      }
    } catch {
      if (current !== run) return;
      area.removeAttribute('aria-busy');
      message.textContent = strings.failed;
      list.replaceChildren();
      return;
    }
    if (current !== run || !found) return;
    words = keywords(term, strings.stopWords).split(' ');
    const all = found.results;
    const count = all.length;
    const template = count === 0 ? strings.zero : count === 1 ? strings.one : strings.many;
    message.textContent = format(template, { term, count: formatCount(count) });
    // As in the Pagefind UI, the first page's places show at once, as placeholders; the first
    // results' section titles decide their order (settledHead), and each result fills its place
    // as soon as that place is certain, so the first one does not wait for the slowest.
    list.replaceChildren(...Array.from({ length: Math.min(PAGE_SIZE, count) }, placeholder));
    shown = 0;
    results = [];
    more.hidden = true;
    if (!count) return area.removeAttribute('aria-busy');
    const head = all.slice(0, 8);
    const known: (boolean | undefined)[] = head.map(() => undefined);
    head.forEach((result, i) => {
      void load(result).then((data) => {
        if (current !== run) return;
        known[i] = (data.sub_results ?? []).some(
          (s) => !s.url.endsWith('#_top') && titleHolds(s.title, words),
        );
        const settled = settledHead(all, known);
        if (settled.length < all.length) return draw(settled, PAGE_SIZE);
        area.removeAttribute('aria-busy');
        results = settled;
        draw(results, PAGE_SIZE);
        more.hidden = shown >= results.length;
      });
    });
  };

  // The first keystroke after a pause searches at once; a burst of typing searches when it stops.
  const onInput = () => {
    clearTimeout(timer);
    const term = input.value.trim();
    if (performance.now() - lastSearch > debounceMs) void search(term);
    else timer = setTimeout(() => void search(term), debounceMs);
    if (term && !message.textContent) message.textContent = format(strings.searching, { term });
  };
  input.addEventListener('input', onInput);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') event.preventDefault();
  });
  clear.addEventListener('click', () => {
    input.value = '';
    void search('');
    input.focus();
  });
  more.addEventListener('click', showMore);
  if (input.value.trim()) onInput();
}
