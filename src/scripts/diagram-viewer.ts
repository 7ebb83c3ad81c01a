/**
 * A diagram's full-screen view and its SVG download, loaded the first time a reader asks for
 * either (src/scripts/site.ts). The view is a modal dialog holding a copy of the diagram, which
 * the reader zooms with the buttons or + and − and pans by scrolling (or with the arrow keys,
 * the canvas taking focus); Escape closes it and focus returns to the button that opened it.
 * The download is a standalone SVG file with the colours of the page written into it.
 */
const ZOOMS = [1, 1.5, 2, 3, 4];

/** The diagram with every id renamed, so the copy's arrowheads and labels point at its own parts. */
function copyOf(svg: SVGSVGElement, suffix: string): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const ids = new Map<string, string>();
  for (const el of copy.querySelectorAll('[id]')) {
    ids.set(el.id, `${el.id}-${suffix}`);
    el.id = `${el.id}-${suffix}`;
  }
  if (copy.id) copy.id = `${copy.id}-${suffix}`;
  for (const el of copy.querySelectorAll('*')) {
    for (const attr of [...el.attributes]) {
      if (!attr.value.includes('#')) continue;
      const value = attr.value.replace(/#([\w-]+)/g, (all, id: string) =>
        ids.has(id) ? `#${ids.get(id)}` : all,
      );
      if (value !== attr.value) el.setAttribute(attr.name, value);
    }
  }
  return copy;
}

function button(label: string, text: string, action: string) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.setAttribute('aria-label', label);
  b.dataset.viewer = action;
  return b;
}

export function openDiagram(figure: HTMLElement, trigger: HTMLElement) {
  const strings = figure.querySelector<HTMLElement>('.diagram-tools')!.dataset;
  const svg = figure.querySelector<SVGSVGElement>('svg');
  if (!svg) return;
  const dialog = document.createElement('dialog');
  dialog.className = 'diagram-viewer';
  const bar = document.createElement('div');
  bar.className = 'diagram-viewer-bar';
  const title = document.createElement('h2');
  title.id = 'diagram-viewer-title';
  title.textContent = svg.querySelector('title')?.textContent ?? '';
  dialog.setAttribute('aria-labelledby', title.id);
  const out = button(strings.zoomOut!, '−', 'out');
  const level = document.createElement('span');
  level.className = 'diagram-viewer-level';
  level.setAttribute('aria-live', 'polite');
  const into = button(strings.zoomIn!, '+', 'in');
  const close = button(strings.close!, strings.close!, 'close');
  bar.append(title, out, level, into, close);
  const canvas = document.createElement('div');
  canvas.className = 'diagram diagram-viewer-canvas';
  canvas.tabIndex = 0;
  canvas.setAttribute('role', 'group');
  canvas.setAttribute('aria-label', title.textContent);
  const copy = copyOf(svg, 'view');
  canvas.append(copy);
  dialog.append(bar, canvas);
  document.body.append(dialog);

  const natural = svg.viewBox.baseVal.width || svg.getBoundingClientRect().width;
  // Starts at the size that fits the screen, but never smaller than the diagram's own size.
  const fit = Math.max(1, Math.min(canvas.clientWidth / natural, 1));
  let step = 0;
  const zoom = (to: number) => {
    step = Math.min(Math.max(to, 0), ZOOMS.length - 1);
    copy.style.width = `${Math.round(natural * fit * ZOOMS[step]!)}px`;
    copy.style.maxWidth = 'none';
    copy.style.height = 'auto';
    level.textContent = `${Math.round(ZOOMS[step]! * 100)}%`;
    out.disabled = step === 0;
    into.disabled = step === ZOOMS.length - 1;
  };
  bar.addEventListener('click', (event) => {
    const action = (event.target as HTMLElement).closest<HTMLElement>('[data-viewer]')?.dataset.viewer;
    if (action === 'in') zoom(step + 1);
    if (action === 'out') zoom(step - 1);
    if (action === 'close') dialog.close();
  });
  dialog.addEventListener('keydown', (event) => {
    if (event.key === '+' || event.key === '=') zoom(step + 1);
    else if (event.key === '-' || event.key === '−') zoom(step - 1);
    else if (event.key === '0') zoom(0);
  });
  dialog.addEventListener('close', () => {
    dialog.remove();
    trigger.focus();
  });
  dialog.showModal();
  zoom(0);
  canvas.focus();
}

/** Properties the site's stylesheet gives the diagram, written into the downloaded file. */
const PAINT = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
];

export function downloadDiagram(figure: HTMLElement) {
  const svg = figure.querySelector<SVGSVGElement>('svg');
  if (!svg) return;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const live = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  live.forEach((el, i) => {
    const style = getComputedStyle(el);
    const target = copies[i] as Element;
    for (const prop of PAINT) target.setAttribute(prop, style.getPropertyValue(prop));
  });
  const background = getComputedStyle(figure.querySelector('.diagram-scroll') ?? figure).backgroundColor;
  copy.setAttribute('style', `background:${background}`);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const file = new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' });
  const url = URL.createObjectURL(file);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${figure.dataset.name || 'diagram'}.svg`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
