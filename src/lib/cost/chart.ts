/**
 * The calculator's chart as an SVG string: monthly cost against monthly tokens, both on log
 * scales, Bedrock as a straight line and SageMaker AI as steps (one per added instance), with
 * markers at the reader's volume and at the break-even. The same function renders the page's
 * default and examples at build time and redraws the island's chart in the browser.
 */
import { bedrockAt, sagemakerAt, tokensPerInstance, type Inputs, type Result } from './engine';

export interface ChartText {
  title: string;
  desc: string;
  bedrock: string;
  sagemaker: string;
  you: string;
  breakEven: string;
  capacity: string;
  money: (value: number) => string;
  tokens: (value: number) => string;
}

const W = 400;
const H = 260;
const PAD = { left: 52, right: 18, top: 14, bottom: 34 };
/** About the width of one character of a 14 px tick label. */
const CHAR = 7.6;

const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const decade = (value: number, up: boolean) =>
  10 ** (up ? Math.ceil(Math.log10(value)) : Math.floor(Math.log10(value)));
const n1 = (value: number) => Math.round(value * 10) / 10;

/** The x range: a decade either side of the volumes that matter, 3 to 7 decades in all. */
function xRange(i: Inputs, r: Result): [number, number] {
  const marks = [
    i.tin + i.tout,
    r.breakEven.tokens ?? r.breakEven.atFull.tokens,
    tokensPerInstance(i),
  ].filter((v) => Number.isFinite(v) && v >= 1);
  if (!marks.length) return [1e6, 1e11];
  let lo = decade(Math.min(...marks), false) / 10;
  let hi = decade(Math.max(...marks), true) * 10;
  if (hi / lo < 1e3) hi = lo * 1e3;
  if (hi / lo > 1e7) lo = hi / 1e7;
  return [Math.max(lo, 1), hi];
}

export function chartSvg(i: Inputs, r: Result, t: ChartText, id: string): string {
  const [lo, hi] = xRange(i, r);
  // Tokens at every step of the SageMaker AI line inside the range, or samples when steps are
  // closer than a pixel; the ends of the range and the marks are always points.
  const per = tokensPerInstance(i);
  const xs = new Set<number>([lo, hi]);
  const firstStep = Math.ceil(lo / per);
  if (i.n === null && Number.isFinite(per) && hi / per - firstStep < 160) {
    for (let k = Math.max(1, firstStep); k * per < hi; k++) xs.add(k * per);
  } else {
    for (let s = 0; s <= 160; s++) xs.add(lo * (hi / lo) ** (s / 160));
  }
  const cap = i.n === null ? hi : Math.min(hi, i.n * per);
  const points = [...xs].filter((x) => x <= cap).sort((a, b) => a - b);
  const sm = points.map((x) => sagemakerAt(i, x));
  const costs = [bedrockAt(i, lo), bedrockAt(i, hi), ...sm].filter((v) => v > 0);
  const yHi = decade(Math.max(...costs, 1), true);
  const yLo = Math.max(decade(Math.min(...costs, yHi), false), yHi / 1e5, 0.01);
  // Room on the left for the longest cost label ("1 N US$" is longer than "$1K").
  const yLabels: string[] = [];
  for (let y = yLo; y <= yHi * 1.0001; y *= 10) yLabels.push(t.money(y));
  const P = {
    ...PAD,
    left: Math.max(PAD.left, Math.ceil(Math.max(...yLabels.map((l) => l.length)) * CHAR) + 10),
  };
  const px = (x: number) =>
    n1(P.left + ((Math.log10(x) - Math.log10(lo)) / Math.log10(hi / lo)) * (W - P.left - P.right));
  const py = (y: number) =>
    n1(
      H -
        P.bottom -
        ((Math.log10(Math.max(y, yLo / 100)) - Math.log10(yLo)) / Math.log10(yHi / yLo)) *
          (H - P.top - P.bottom),
    );

  // Grid under the data, the data clipped to the plot, words on top.
  const grid: string[] = [];
  const data: string[] = [];
  const parts: string[] = [];
  for (let x = lo; x <= hi * 1.0001; x *= 10) {
    grid.push(`<line class="cc-grid" x1="${px(x)}" x2="${px(x)}" y1="${P.top}" y2="${H - P.bottom}"/>`);
    const anchor = x * 10 > hi * 1.0001 ? 'end' : x === lo ? 'start' : 'middle';
    parts.push(
      `<text class="cc-tick" x="${px(x)}" y="${H - P.bottom + 16}" text-anchor="${anchor}">${esc(t.tokens(x))}</text>`,
    );
  }
  for (let y = yLo; y <= yHi * 1.0001; y *= 10) {
    grid.push(`<line class="cc-grid" x1="${P.left}" x2="${W - P.right}" y1="${py(y)}" y2="${py(y)}"/>`);
    parts.push(
      `<text class="cc-tick" x="${P.left - 6}" y="${py(y) + 4}" text-anchor="end">${esc(t.money(y))}</text>`,
    );
  }
  // Bedrock is proportional to tokens: a straight line on log–log axes.
  data.push(
    `<path class="cc-bedrock" d="M${px(lo)} ${py(bedrockAt(i, lo))}L${px(hi)} ${py(bedrockAt(i, hi))}"/>`,
  );
  let d = `M${px(points[0]!)} ${py(sm[0]!)}`;
  for (let k = 1; k < points.length; k++) d += `H${px(points[k]!)}V${py(sm[k]!)}`;
  if (i.n === null) d += `H${px(hi)}`;
  data.push(`<path class="cc-sagemaker" d="${d}"/>`);
  if (i.n !== null && cap < hi) {
    parts.push(
      `<line class="cc-cap" x1="${px(cap)}" x2="${px(cap)}" y1="${py(sm.at(-1)!) - 8}" y2="${py(sm.at(-1)!) + 8}"/>`,
      `<text class="cc-note" x="${px(cap) + 4}" y="${py(sm.at(-1)!) + 18}" text-anchor="start">${esc(t.capacity)}</text>`,
    );
  }
  const total = i.tin + i.tout;
  if (total >= lo && total <= hi) {
    const x = px(total);
    grid.push(`<line class="cc-you" x1="${x}" x2="${x}" y1="${P.top}" y2="${H - P.bottom}"/>`);
    data.push(
      `<circle class="cc-dot cc-dot-bedrock" cx="${x}" cy="${py(r.bedrock)}" r="4"/>`,
      `<circle class="cc-dot cc-dot-sagemaker" cx="${x}" cy="${py(r.sagemaker)}" r="4"/>`,
    );
    parts.push(
      `<text class="cc-note" x="${x + (x > W / 2 ? -4 : 4)}" y="${H - P.bottom - 6}" text-anchor="${x > W / 2 ? 'end' : 'start'}">${esc(t.you)}</text>`,
    );
  }
  const even = r.breakEven.tokens;
  if (even !== null && even >= lo && even <= hi) {
    const x = px(even);
    const y = py(bedrockAt(i, even));
    data.push(`<circle class="cc-even" cx="${x}" cy="${y}" r="6"/>`);
    parts.push(
      // Above and to the left of the point: the Bedrock line rises to the right, so that corner is clear.
      `<text class="cc-note" x="${x - 9}" y="${y - 10}" text-anchor="end">${esc(t.breakEven)}</text>`,
    );
  }
  // Direct labels at the right edge, so the lines are told apart without colour.
  const labelB = py(bedrockAt(i, hi));
  const labelS = py(sagemakerAt(i, cap));
  const apart = Math.abs(labelB - labelS) < 14 ? (labelB < labelS ? -7 : 7) : 0;
  parts.push(
    `<text class="cc-label cc-label-bedrock" x="${W - P.right - 2}" y="${Math.max(P.top + 10, labelB - 6 + apart)}" text-anchor="end">${esc(t.bedrock)}</text>`,
    // A set number of instances is a flat line that ends at its capacity: its name goes under
    // its start, away from the capacity and break-even marks.
    i.n === null
      ? `<text class="cc-label cc-label-sagemaker" x="${px(cap) - 2}" y="${Math.max(P.top + 10, labelS - 6 - apart)}" text-anchor="end">${esc(t.sagemaker)}</text>`
      : `<text class="cc-label cc-label-sagemaker" x="${P.left + 4}" y="${Math.min(H - P.bottom - 22, py(sm[0]!) + 18)}" text-anchor="start">${esc(t.sagemaker)}</text>`,
  );
  return (
    `<svg viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-title ${id}-desc" class="cc-svg">` +
    `<title id="${id}-title">${esc(t.title)}</title><desc id="${id}-desc">${esc(t.desc)}</desc>` +
    `<clipPath id="${id}-clip"><rect x="${P.left}" y="${P.top - 4}" width="${W - P.left - P.right + 4}" height="${H - P.top - P.bottom + 4}"/></clipPath>` +
    grid.join('') +
    `<g clip-path="url(#${id}-clip)">${data.join('')}</g>` +
    parts.join('') +
    `</svg>`
  );
}
