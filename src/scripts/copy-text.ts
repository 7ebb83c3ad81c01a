/**
 * Copying text (a row, a summary, a page as Markdown) with the same feedback as the copy links:
 * "Copied" beside the control and in the live region. When the browser refuses the clipboard,
 * the text opens selected in a small dialog, so it can still be copied by hand.
 */
import { confirm } from './copy-link';

const strings = () => document.getElementById('site-strings')?.dataset ?? {};

function fallback(text: string) {
  const dialog = document.createElement('dialog');
  dialog.className = 'copy-fallback';
  const label = document.createElement('p');
  label.textContent = strings().copyManual ?? '';
  const area = document.createElement('textarea');
  area.readOnly = true;
  area.rows = 8;
  area.value = text;
  area.setAttribute('aria-label', label.textContent);
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = strings().close ?? 'Close';
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  dialog.append(label, area, close);
  document.body.append(dialog);
  dialog.showModal();
  area.select();
}

/**
 * Copies `text`, which may still be on its way (a fetch), keeping the click's permission.
 * `done` is the confirmation ("Copied" unless told, e.g. "Link copied").
 */
export async function copyText(control: HTMLElement, text: string | Promise<string>, done?: string) {
  const words = strings();
  try {
    if (typeof text === 'string') await navigator.clipboard.writeText(text);
    else {
      const blob = text.then((value) => new Blob([value], { type: 'text/plain' }));
      await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
    }
    confirm(control, done ?? words.textDone ?? '');
  } catch {
    confirm(control, words.textFailed ?? '');
    fallback(await text);
  }
}

/**
 * The text a `[data-copy-from]` control copies: the element its selector names (the closest
 * match around the control, else the first in the page), as plain text, then the page's link.
 */
export function textOf(control: HTMLElement): string {
  const row = control.hasAttribute('data-copy-row') ? control.closest('tr') : null;
  if (row) return rowText(row);
  const selector = control.dataset.copyFrom!;
  const source = control.closest(selector) ?? document.querySelector(selector);
  const text = (source as HTMLElement | null)?.innerText.trim() ?? '';
  return `${text}\n\n${control.dataset.copyLink ?? location.href}`;
}

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/**
 * A comparison row as one line of plain text: "Shadow testing: Amazon Bedrock: No, not offered.
 * Amazon SageMaker AI: Yes, mirrors live traffic to a shadow variant. <link>".
 */
export function rowText(row: HTMLTableRowElement): string {
  const heads = [...row.closest('table')!.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
  const aspect = row.querySelector('.cmp-aspect')!.textContent!.replace(/\s+/g, ' ').trim();
  const cells = [...row.querySelectorAll('td')].map((td, i) => {
    const level = td.querySelector('.level')?.textContent?.trim();
    const text = td.querySelector('.cmp-text')?.textContent?.trim() ?? '';
    return `${heads[i + 1]}: ${sentence(level ? `${level}, ${text.charAt(0).toLowerCase()}${text.slice(1)}` : text)}`;
  });
  const link = row.querySelector<HTMLAnchorElement>('a.copy-link')?.href ?? location.href;
  return `${aspect}: ${cells.join(' ')} ${link}`;
}
