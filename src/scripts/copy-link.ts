/**
 * Copy-link behaviour for every `a[data-copy-link]` (rows, terms, results) and every heading's
 * anchor link: one delegated listener copies the link's absolute URL, shows "Link copied" beside it
 * and announces it to screen readers. Without JavaScript each is an ordinary link to its anchor.
 */
const STATUS_ID = 'copy-link-status';
let installed = false;

function statusRegion(): HTMLElement {
  let region = document.getElementById(STATUS_ID);
  if (!region) {
    region = document.createElement('p');
    region.id = STATUS_ID;
    region.className = 'sr-only';
    region.setAttribute('role', 'status');
    document.body.append(region);
  }
  return region;
}

/** Says that a copy worked (or not) beside the control and in the page's live region. */
export function confirm(link: HTMLElement, message: string) {
  statusRegion().textContent = message;
  link.dataset.copied = message;
  window.setTimeout(() => {
    delete link.dataset.copied;
  }, 2000);
}

export function setupCopyLinks() {
  if (installed) return;
  installed = true;
  // The messages are the page's UI strings, handed over by the Footer override.
  const strings = document.getElementById('site-strings')?.dataset ?? {};
  const words = { ok: strings.copyDone ?? '', fail: strings.copyFailed ?? '' };
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>(
      'a[data-copy-link], a.sl-anchor-link',
    );
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    const url = link.href;
    const samePage = link.pathname === location.pathname;
    if (samePage) history.replaceState(history.state, '', link.hash);
    navigator.clipboard.writeText(url).then(
      () => confirm(link, words.ok),
      () => {
        if (!samePage) location.href = url;
        confirm(link, words.fail);
      },
    );
  });
}
