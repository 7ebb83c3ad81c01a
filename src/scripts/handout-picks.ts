/**
 * Choosing comparison rows for a handout: "Add to handout" on each row toggles it; the choice
 * lives in the page's address (`?rows=a,b`), so a reload or a shared link keeps it. While rows
 * are chosen, a bar at the bottom of the window counts them and offers Open handout, Copy link
 * and Clear.
 */
import { format } from '../lib/format';

const KEY = 'rows';
const strings = () => document.getElementById('site-strings')?.dataset ?? {};

export function picked(): string[] {
  return (new URLSearchParams(location.search).get(KEY) ?? '').split(',').filter(Boolean);
}

/** The search part of `url` with `rows` set to `ids` (commas left unescaped: ids are slugs). */
function withRows(url: URL, ids: string[]) {
  url.searchParams.delete(KEY);
  const rest = url.searchParams.toString();
  url.search = [rest, ids.length ? `${KEY}=${ids.join(',')}` : ''].filter(Boolean).join('&');
  return url;
}

function write(ids: string[]) {
  history.replaceState(history.state, '', withRows(new URL(location.href), ids));
}

export function toggle(button: HTMLElement) {
  const id = button.dataset.rowPick!;
  const ids = picked();
  write(ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]);
  sync();
}

function handoutUrl(ids: string[]) {
  return withRows(new URL(strings().handoutHref ?? '', location.href), ids).href;
}

function bar(ids: string[]) {
  let el = document.getElementById('handout-bar');
  if (!ids.length) {
    el?.remove();
    return;
  }
  const words = strings();
  if (!el) {
    el = document.createElement('div');
    el.id = 'handout-bar';
    el.className = 'handout-bar';
    el.setAttribute('role', 'region');
    el.setAttribute('aria-label', words.handoutTitle ?? '');
    const count = document.createElement('p');
    count.setAttribute('role', 'status');
    const open = document.createElement('a');
    open.className = 'handout-open';
    open.textContent = words.handoutOpen ?? '';
    const copy = document.createElement('a');
    copy.className = 'handout-copy';
    copy.dataset.copyLink = '';
    copy.textContent = words.handoutCopyLink ?? '';
    const clear = document.createElement('button');
    clear.type = 'button';
    clear.textContent = words.handoutClear ?? '';
    clear.addEventListener('click', () => {
      write([]);
      sync();
    });
    el.append(count, open, copy, clear);
    document.body.append(el);
  }
  el.querySelector('[role=status]')!.textContent = format(words.handoutCount ?? '', { n: ids.length });
  for (const link of el.querySelectorAll<HTMLAnchorElement>('a')) link.href = handoutUrl(ids);
}

/** Shows the choice in the URL on the row buttons and the bar. */
export function sync() {
  const ids = picked();
  for (const button of document.querySelectorAll<HTMLElement>('[data-row-pick]')) {
    button.setAttribute('aria-pressed', String(ids.includes(button.dataset.rowPick!)));
  }
  bar(ids);
}
